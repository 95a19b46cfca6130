import { describe, expect, it } from 'vitest';
import { parseVectara, parseVectaraTable, splitVectaraEffort } from './vectara.ts';

const README = `# Hallucination leaderboard
intro
<!-- LEADERBOARD_START -->
Last updated on March 10, 2026

|Model|Hallucination Rate|Factual Consistency Rate|Answer Rate|Average Summary Length (Words)|
|----|----:|----:|----:|----:|
|google/gemini-2.5-flash-lite|3.3 %|96.7 %|99.5 %|95.7|
|openai/gpt-5.2-high-2025-12-11|10.8 %|89.2 %|100.0 %|100.1|
|antgroup/finix_s1_32b|1.8 %|98.2 %|99.5 %|172.4|
<!-- LEADERBOARD_END -->
more`;

describe('Vectara hallucination leaderboard', () => {
  it('reads the table between the markers and its date', () => {
    const t = parseVectaraTable(README);
    expect(t.updated).toBe('2026-03-10');
    expect(t.rows).toEqual([
      { model: 'google/gemini-2.5-flash-lite', hallucinationRate: 3.3 },
      { model: 'openai/gpt-5.2-high-2025-12-11', hallucinationRate: 10.8 },
      { model: 'antgroup/finix_s1_32b', hallucinationRate: 1.8 },
    ]);
  });
  it('fails with the reason when the table is missing', () => {
    expect(() => parseVectaraTable('no table')).toThrow(/markers/);
    expect(() => parseVectaraTable('<!-- LEADERBOARD_START -->\n|Model|x|\n<!-- LEADERBOARD_END -->')).toThrow(/Last updated/);
  });
  it('moves an OpenAI effort from the name to the variant', () => {
    expect(splitVectaraEffort('openai/gpt-5.2-high-2025-12-11')).toEqual({ name: 'openai/gpt-5.2-2025-12-11', variant: 'reasoning effort high' });
    expect(splitVectaraEffort('openai/o4-mini-high')).toEqual({ name: 'openai/o4-mini-high' });
  });
  it('rate as the score, independent, unmatched names reported', () => {
    const resolve = (n: string) => ({ 'google/gemini-2.5-flash-lite': 'gemini-2.5-flash-lite', 'openai/gpt-5.2-2025-12-11': 'gpt-5.2' })[n];
    const r = parseVectara(parseVectaraTable(README), resolve, 'abc');
    expect(r.scores).toEqual([
      { model: 'gemini-2.5-flash-lite', id: 'vectara-hallucination-rate', score: 3.3, self_reported: false, variant: undefined, source: 'https://github.com/vectara/hallucination-leaderboard/blob/abc/README.md', as_of: '2026-03-10', dataset: 'vectara-hhem' },
      { model: 'gpt-5.2', id: 'vectara-hallucination-rate', score: 10.8, self_reported: false, variant: 'reasoning effort high', source: 'https://github.com/vectara/hallucination-leaderboard/blob/abc/README.md', as_of: '2026-03-10', dataset: 'vectara-hhem' },
    ]);
    expect(r.unmatched.map((u) => u.name)).toEqual(['antgroup/finix_s1_32b']);
  });
});
