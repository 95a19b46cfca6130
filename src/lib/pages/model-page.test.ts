import { describe, expect, it } from 'vitest';
import { getPairPlan } from '../compare/pairs';
import { loadCatalog } from '../data/load';
import { formatOtherValue, modelPage } from './model-page';
import { resolveModel } from '../views/model';

const seed = loadCatalog('tests/fixtures/seed');
const page = (id: string) => {
  const m = seed.modelsById.get(id)!;
  return modelPage(seed, getPairPlan(seed), resolveModel(seed, m), m.license ?? null);
};

describe('model page view', () => {
  it('formats another source’s value like the page’s own', () => {
    expect(formatOtherValue('context_window', '128000')).toBe('128K tokens');
    expect(formatOtherValue('parameters', '14700000000')).toBe('14.7B');
    expect(formatOtherValue('released', '2024-12-13')).toBe('13 Dec 2024');
    expect(formatOtherValue('open_weights', 'false')).toBe('No');
    expect(formatOtherValue('license', 'Apache-2.0')).toBe('Apache-2.0');
  });
  it('puts the kept value beside the other one', () => {
    const rows = page('phi-4').disagreements;
    const released = rows.find((r) => r.label === 'Released');
    expect(released).toMatchObject({ kept: '12 Dec 2024', other: '13 Dec 2024' });
  });
  it('links every pair page of the model and states the cheapest route', () => {
    const p = page('phi-4');
    expect(p.pairs).toHaveLength(6);
    expect(p.pricingSummary).toMatch(/^Cheapest: OpenRouter at \$87\.00 a month for 800M input \+ 250M output tokens\./);
    expect(p.stats.find((s) => s.label === 'Open weights')).toMatchObject({ value: 'Yes', detail: 'MIT' });
  });
  it('says why a free-only model has no estimate', () => {
    const p = page('qwen3.5-4b');
    expect(p.stats.find((s) => s.label === 'Cheapest a month')?.value).toBe('Free tier only');
    expect(p.description).toContain('free tier only, so no monthly estimate');
  });
  it('keeps titles within 70 characters', () => {
    for (const m of seed.models) expect(page(m.id).title.length).toBeLessThanOrEqual(70);
  });
});
