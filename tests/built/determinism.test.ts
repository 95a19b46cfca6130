/**
 * Two builds of the same data give byte-identical sites: `npm test` builds the seed fixture twice
 * (dist-seed/ and dist-seed-again/, `npm run build:seed` and `npm run build:seed-again`) and this
 * compares every file. A difference (a timestamp, a random id, an order that depends on a Map's
 * insertion or the file system) would make every deploy re-upload and every diff of the output
 * meaningless. Runs in the `seed` project only (vitest.built.config.ts).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { differingFiles, treeFiles } from '../tree';
import { DIST, requireDist } from './dist';

const AGAIN = `${DIST}-again`;

test('two builds of the same data are byte-identical', () => {
  requireDist();
  if (!existsSync(join(AGAIN, 'index.html'))) throw new Error(`${AGAIN} is missing: build the same data a second time into it (npm run build:seed-again)`);
  expect(treeFiles(DIST).size, 'files built').toBeGreaterThan(10);
  const differing = differingFiles(DIST, AGAIN);
  expect(differing, `files that differ between two builds:\n${differing.join('\n')}`).toEqual([]);
});
