/**
 * What a reader sees on every built pair page (issue 7): the saving phrase at most twice, no
 * internal token (rule ids, raw tag ids) in visible text, and no float noise in JSON twins.
 */
import { expect, test } from 'vitest';
import { distFiles, readDist, report, requireDist } from './dist';
import { floatNoise, internalTokens, SAVING_PHRASE_MAX, savingPhraseCount, visibleText } from './words';

const PAGE = /^compare\/([^/]+-vs-[^/]+)\/index\.html$/;

test('pair pages: the saving phrase at most twice, no internal token in visible text', () => {
  requireDist();
  const problems: string[] = [];
  let pages = 0;
  for (const f of distFiles()) {
    if (!PAGE.test(f)) continue;
    pages++;
    const text = visibleText(readDist(f));
    const n = savingPhraseCount(text);
    if (n > SAVING_PHRASE_MAX) problems.push(`${f}: saving phrase ${n} times`);
    for (const t of internalTokens(text)) problems.push(`${f}: ${t}`);
  }
  expect(pages).toBeGreaterThan(0);
  expect(problems.length, report(problems, 'pages with repeated or internal wording')).toBe(0);
});

test('JSON twins: no float noise', () => {
  requireDist();
  const problems: string[] = [];
  for (const f of distFiles()) {
    if (!/^compare\/[^/]+-vs-[^/]+\.json$/.test(f)) continue;
    const noise = floatNoise(readDist(f));
    if (noise.length) problems.push(`${f}: ${noise.slice(0, 3).join(', ')}`);
  }
  expect(problems.length, report(problems, 'JSON twins with float noise')).toBe(0);
});
