/**
 * Properties every seed pair must have, across sections: no filler, no invented facts, unknown
 * never shown as "No", and the same facts for a model on every page.
 */
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../data/load';
import { testCatalog } from '../testing/catalog';
import { buildComparison, comparisonJson } from './index';
import { deepDive } from './deepdive';
import { faq } from './faq';
import { benchmarkSection } from './benchmarks';
import { pairContext } from './context';

const seed = loadCatalog('tests/fixtures/seed');
const pairs: [string, string][] = [];
for (const a of seed.models) for (const b of seed.models) if (a.id < b.id) pairs.push([a.id, b.id]);

describe('every seed pair', () => {
  it.each(pairs)('%s vs %s: no NaN, undefined, null or [object Object] in any text', (a, b) => {
    const text = JSON.stringify(buildComparison(seed, a, b), (_k, v) => (typeof v === 'string' ? v : v));
    const strings: string[] = [];
    JSON.parse(text, (_k, v) => (typeof v === 'string' && strings.push(v), v));
    for (const s of strings) expect(s).not.toMatch(/\bNaN\b|\bundefined\b|\bnull\b|\[object Object\]|Infinity/);
  });

  it('unknown capabilities are "unknown", never "no"', () => {
    const c = buildComparison(seed, 'phi-4', 'qwen3.5-flash');
    for (const row of c.capabilities) {
      for (const s of ['a', 'b'] as const) {
        const m = seed.modelsById.get(c.ids[s === 'a' ? 0 : 1])!;
        const v = m.capabilities[row.key as keyof typeof m.capabilities];
        expect(row[s]).toBe(v === undefined ? 'unknown' : v ? 'yes' : 'no');
      }
    }
    expect(c.capabilities.some((r) => r.a === 'unknown' || r.b === 'unknown')).toBe(true);
  });

  it('a model shows the same specs on every page it appears on', () => {
    const seen = new Map<string, string>();
    for (const [a, b] of pairs) {
      const c = buildComparison(seed, a, b);
      for (const [i, s] of [[0, 'a'], [1, 'b']] as const) {
        const facts = JSON.stringify([c.specs.map((r) => r[s]), c.models[s].costText, c.capabilities.map((r) => r[s])]);
        const prev = seen.get(c.ids[i]);
        if (prev) expect(facts).toBe(prev);
        else seen.set(c.ids[i], facts);
      }
    }
  });

  it('the JSON twin carries the documented keys', () => {
    const j = comparisonJson(buildComparison(seed, 'phi-4', 'qwen3.5-flash'));
    expect(j.models).toEqual(['phi-4', 'qwen3.5-flash']);
    expect(j.workload).toEqual({ input_tokens_per_month: 800_000_000, output_tokens_per_month: 250_000_000 });
    expect(j.monthly_cost['phi-4']).toEqual({ usd: expect.closeTo(87, 6), provider: 'openrouter' });
    expect(j.cheaper).toBe('phi-4');
  });

  it('titles and descriptions differ between pairs', () => {
    const titles = new Set(pairs.map(([a, b]) => buildComparison(seed, a, b).meta.title));
    const descriptions = new Set(pairs.map(([a, b]) => buildComparison(seed, a, b).meta.description));
    expect(titles.size).toBe(pairs.length);
    expect(descriptions.size).toBe(pairs.length);
  });
});

describe('sections with nothing to say are left out', () => {
  const bare = testCatalog([{ id: 'a' }, { id: 'b' }]);
  const ctx = pairContext(bare, bare.modelsById.get('a')!, bare.modelsById.get('b')!);
  const bench = benchmarkSection(ctx);
  it('deep dive has no cost, benchmark, capability or context paragraph without facts', () => {
    expect(deepDive(ctx, bench).map((p) => p.heading)).toEqual([]);
  });
  it('FAQ asks nothing it cannot answer', () => {
    expect(faq(ctx, bench)).toEqual([]);
  });
});

describe('pair titles', () => {
  it('fit in 70 characters, dropping detail before the names', async () => {
    const { pairTitle } = await import('./meta');
    expect(pairTitle('Phi-4', 'Qwen3.5-Flash', ['$87.00 vs $121.00 a month', '16K vs 1M context'], 'LLM Versus')).toBe(
      'Phi-4 vs Qwen3.5-Flash: $87.00 vs $121.00 a month, 16K vs 1M context',
    );
    const long = pairTitle('Claude 3.7 Sonnet (20250219)', 'Llama 3.1 Nemotron Ultra 253B', ['$1.00 vs $2.00 a month'], 'LLM Versus');
    expect(long.length).toBeLessThanOrEqual(70);
    expect(long).toContain('Claude 3.7 Sonnet (20250219) vs Llama 3.1 Nemotron Ultra 253B');
    expect(pairTitle('A'.repeat(50), 'B'.repeat(50), [], 'X').length).toBeLessThanOrEqual(70);
  });
});

describe('JSON twins', () => {
  it('carry no float noise: money in cents, scores to their unit', async () => {
    const { floatNoise } = await import('../../../tests/built/words');
    for (const [a, b] of pairs) {
      const text = JSON.stringify(comparisonJson(buildComparison(seed, a, b)));
      expect(floatNoise(text), `${a} vs ${b}`).toEqual([]);
      for (const m of text.matchAll(/"(?:usd|monthlyUsd|gapUsd)":(-?\d+\.\d+)/g)) expect(m[1]!.split('.')[1]!.length).toBeLessThanOrEqual(2);
    }
  });
});
