/**
 * Two builds of the same data give byte-identical sites: `npm test` builds the seed fixture twice
 * (dist-seed/ and dist-seed-again/, `npm run build:seed` and `npm run build:seed-again`) and this
 * compares every file. A difference (a timestamp, a random id, an order that depends on a Map's
 * insertion or the file system) would make every deploy re-upload and every diff of the output
 * meaningless. Runs in the `seed` project only (vitest.built.config.ts).
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { expect, test } from 'vitest';
import { DIST, requireDist } from './dist';

const AGAIN = `${DIST}-again`;

function files(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const f of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort())
    if (statSync(join(dir, f)).isFile()) out.set(f.split(sep).join('/'), readFileSync(join(dir, f)));
  return out;
}

test('two builds of the same data are byte-identical', () => {
  requireDist();
  if (!existsSync(join(AGAIN, 'index.html'))) throw new Error(`${AGAIN} is missing: build the same data a second time into it (npm run build:seed-again)`);
  const fa = files(DIST);
  const fb = files(AGAIN);
  expect(fa.size, 'files built').toBeGreaterThan(10);
  const differing = [...new Set([...fa.keys(), ...fb.keys()])].filter((f) => !fa.get(f) || !fb.get(f) || !fa.get(f)!.equals(fb.get(f)!));
  expect(differing, `files that differ between two builds:\n${differing.join('\n')}`).toEqual([]);
});
