/** Every built HTML page passes html-validate with the repo's .htmlvalidate.json (recommended preset). */
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { DIST, htmlFiles, report, requireDist, validator } from './dist';

test('every HTML page in dist/ passes html-validate', async () => {
  requireDist();
  const files = htmlFiles();
  expect(files.length, 'HTML pages in dist/').toBeGreaterThan(0);
  const problems: string[] = [];
  for (const rel of files) {
    const result = await validator.validateFile(join(DIST, rel));
    for (const r of result.results)
      for (const m of r.messages) problems.push(`${rel}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
  }
  expect(problems.length, report(problems, 'html-validate errors')).toBe(0);
});
