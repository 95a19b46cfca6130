/**
 * `npx tsx scripts/audit-words.ts [dist]`: counts, over the built pair pages, what issue 7 measures
 * in words: pages with the saving phrase more than twice, pages with internal tokens, the
 * "Shared benchmarks led — not sourced" row where both models have scores, and JSON twins with
 * float noise. Measures; asserts nothing (tests/built/words.test.ts asserts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { floatNoise, internalTokens, SAVING_PHRASE_MAX, savingPhraseCount, visibleText } from '../tests/built/words';

const dist = process.argv[2] ?? 'dist';
const dir = join(dist, 'compare');
const slugs = readdirSync(dir).filter((f) => f.includes('-vs-') && !f.endsWith('.json'));
let repeated = 0;
let internal = 0;
const byToken = new Map<string, number>();
let notSourcedWithScores = 0;
let noisy = 0;
for (const slug of slugs) {
  const html = readFileSync(join(dir, slug, 'index.html'), 'utf8');
  const text = visibleText(html);
  if (savingPhraseCount(text) > SAVING_PHRASE_MAX) repeated++;
  const tokens = internalTokens(text);
  if (tokens.length) internal++;
  for (const t of tokens) byToken.set(t, (byToken.get(t) ?? 0) + 1);
  const json = readFileSync(join(dir, `${slug}.json`), 'utf8');
  if (floatNoise(json).length) noisy++;
  // "Shared benchmarks led: —" (read as "not sourced") for a model that has scores, none of them shared.
  const c = JSON.parse(json).comparison;
  const sharedRow = c.scorecard.find((r: { key: string }) => r.key === 'benchmarks');
  const scored = (side: 'a' | 'b') => c.benchmarks.only[side].length + (c.benchmarks.unlike?.length ?? 0) > 0;
  if (sharedRow && ((sharedRow.a.text === null && scored('a')) || (sharedRow.b.text === null && scored('b')))) notSourcedWithScores++;
}
const pct = (n: number) => `${n} (${((100 * n) / slugs.length).toFixed(1)}%)`;
console.log(
  JSON.stringify(
    {
      pages: slugs.length,
      saving_phrase_more_than_twice: pct(repeated),
      internal_tokens: pct(internal),
      internal_tokens_by_kind: Object.fromEntries(byToken),
      scorecard_not_sourced_though_scored: notSourcedWithScores,
      json_twins_with_float_noise: pct(noisy),
    },
    null,
    2,
  ),
);
