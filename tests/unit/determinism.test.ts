/**
 * Two builds of the same data give byte-identical sites: the seed fixture is built twice into two
 * temporary folders and every file compared. A difference (a timestamp, a random id, an order that
 * depends on a Map's insertion or the file system) would make every deploy re-upload and every
 * diff of the output meaningless.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { afterAll, expect, test } from 'vitest';

const DATA = 'tests/fixtures/seed';
const work = mkdtempSync(join(tmpdir(), 'llm-versus-determinism-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function build(out: string): void {
  const r = spawnSync('astro', ['build'], {
    env: { ...process.env, DATA_DIR: DATA, OUT_DIR: out, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`astro build into ${out} failed (status ${r.status}):\n${r.stderr}\n${r.stdout}`.slice(0, 4000));
}

function files(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const f of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort())
    if (statSync(join(dir, f)).isFile()) out.set(f.split(sep).join('/'), readFileSync(join(dir, f)));
  return out;
}

test('two builds of the seed fixture are byte-identical', () => {
  const [a, b] = [join(work, 'a'), join(work, 'b')];
  build(a);
  build(b);
  const fa = files(a);
  const fb = files(b);
  expect(fa.size, 'files built').toBeGreaterThan(10);
  const differing = [...new Set([...fa.keys(), ...fb.keys()])].filter((f) => !fa.get(f) || !fb.get(f) || !fa.get(f)!.equals(fb.get(f)!));
  expect(differing, `files that differ between two builds:\n${differing.join('\n')}`).toEqual([]);
}, 300_000);
