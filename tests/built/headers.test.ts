/** dist/_headers is the one generated from src/headers.ts for this build's base path (not a hand-kept copy). */
import { expect, test } from 'vitest';
import { headersFile } from '../../src/headers';
import { basePath, readDist, requireDist } from './dist';

test('dist/_headers carries the headers of src/headers.ts under the base path', () => {
  requireDist();
  expect(readDist('_headers')).toBe(headersFile(basePath() || '/'));
});
