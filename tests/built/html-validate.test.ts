/**
 * Every built page passes html-validate with the repo's .htmlvalidate.json (recommended preset).
 * Validated through skeletons (skeleton.ts): each distinct page structure once, with the blocks of a
 * page that earlier pages already showed replaced by what they add to page-wide rules; a structure
 * that fails is re-checked on its real pages, whose messages are the ones reported.
 */
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { DIST, htmlFiles, readDist, report, requireDist } from './dist';
import { validateSite } from './skeleton';

test('every HTML page in dist/ passes html-validate', async () => {
  requireDist();
  const files = htmlFiles();
  expect(files.length, 'HTML pages in dist/').toBeGreaterThan(0);
  const r = await validateSite(files, readDist);
  console.log(`html-validate: ${r.pages} pages in ${join(DIST)} → ${r.documents} distinct documents validated (${r.blocks} distinct blocks)`);
  expect(r.problems.length, report(r.problems, 'html-validate errors')).toBe(0);
});
