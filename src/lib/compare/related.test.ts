import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../data/load';
import { buildComparison } from './index';
import { RELATED_PER_MODEL, rivalReason } from './related';
import { getRivalFacts } from './rivals';

const seed = loadCatalog('tests/fixtures/seed');

describe('related comparisons', () => {
  it("links each model's rivals with pages, never the pair itself, at most RELATED_PER_MODEL each", () => {
    const c = buildComparison(seed, 'phi-4', 'qwen3.5-flash');
    for (const s of ['a', 'b'] as const) {
      expect(c.related[s].length).toBeLessThanOrEqual(RELATED_PER_MODEL);
      expect(c.related[s].map((l) => l.rival)).not.toContain(c.ids[s === 'a' ? 1 : 0]);
      for (const l of c.related[s]) expect(l.path).toMatch(/^\/compare\/[^/]+-vs-[^/]+\/$/);
    }
  });
  it('gives the reason two models are close, from shared facts only', () => {
    expect(rivalReason(getRivalFacts(seed, 'phi-4'), getRivalFacts(seed, 'phi-4-mini'))).toContain('same family');
  });
  it('is the same list on every page of a model (computed once per model)', () => {
    const x = buildComparison(seed, 'phi-4', 'qwen3.5-flash').related.a;
    const y = buildComparison(seed, 'gpt-4.1', 'phi-4').related.b;
    const drop = (l: typeof x, id: string) => l.filter((r) => r.rival !== id).slice(0, RELATED_PER_MODEL - 1);
    expect(drop(x, 'gpt-4.1')).toEqual(drop(y, 'qwen3.5-flash'));
  });
});
