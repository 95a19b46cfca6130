import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../data/load';
import { buildComparison } from './index';
import { clip, DESCRIPTION_MAX, fitTitle, TITLE_MAX } from './meta';

const seed = loadCatalog('tests/fixtures/seed');

describe('pair meta', () => {
  it('titles the seed pair with its own figures, within the title limit', () => {
    const m = buildComparison(seed, 'phi-4', 'qwen3.5-flash').meta;
    expect(m.title).toBe('Phi-4 vs Qwen3.5-Flash: $87.00 vs $121.00 a month, 16K vs 1M context');
    expect(m.title.length).toBeLessThanOrEqual(TITLE_MAX);
    expect(m.path).toBe('/compare/phi-4-vs-qwen3.5-flash/');
    expect(m.jsonPath).toBe('/compare/phi-4-vs-qwen3.5-flash.json');
  });
  it('describes with the verdict and fits the description limit', () => {
    const m = buildComparison(seed, 'phi-4', 'qwen3.5-flash').meta;
    expect(m.description.startsWith('Phi-4 vs Qwen3.5-Flash: Phi-4 costs 28% less;')).toBe(true);
    expect(m.description.length).toBeLessThanOrEqual(DESCRIPTION_MAX);
  });
  it('dates the page by the later of the two data dates', () => {
    const m = buildComparison(seed, 'phi-4', 'qwen3.5-flash').meta;
    expect(m.dataAsOf).toBe([seed.modelsById.get('phi-4')!.data_as_of, seed.modelsById.get('qwen3.5-flash')!.data_as_of].sort().at(-1));
  });
  it('clips at a word and falls back to the shortest title', () => {
    expect(clip('one two three', 9)).toBe('one two…');
    expect(fitTitle(['x'.repeat(80)], 'short')).toBe('short');
  });
});
