import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../data/load';
import { route, testCatalog, testModel } from '../testing/catalog';
import { compareCost, estimateCost, routeMonthlyCost } from './cost';
import { savingPhrase } from './cost-section';
import { buildComparison, comparisonJson } from './index';

/** The fixture made from the seed pages; its figures must reproduce the seeds' cost cards. */
const seed = loadCatalog('tests/fixtures/seed');
const usd = (id: string) => estimateCost(seed.modelsById.get(id)!, seed, seed.site.workload).usd;

describe('seed figures at 800M input + 250M output tokens a month', () => {
  it('Phi-4 87.00 vs Qwen3.5-Flash 121.00, gap 34.00', () => {
    expect(usd('phi-4')).toBeCloseTo(87, 6);
    expect(usd('qwen3.5-flash')).toBeCloseTo(121, 6);
    const c = buildComparison(seed, 'phi-4', 'qwen3.5-flash');
    expect(c.cost.comparison.gapUsd).toBeCloseTo(34, 6);
    expect(c.cost.gapText).toBe('$34.00 a month');
    expect(c.cost.estimates.a.text).toBe('$87.00');
    expect(c.cost.estimates.a.route?.providerName).toBe('OpenRouter');
  });
  it('Phi-4 87.00 vs Qwen2-VL-72B 945.00', () => {
    expect(usd('qwen2-vl-72b-instruct')).toBeCloseTo(945, 6);
    const c = buildComparison(seed, 'qwen2-vl-72b-instruct', 'phi-4');
    expect(c.cost.comparison.cheaper).toBe('a'); // phi-4 sorts first
    expect(c.ids).toEqual(['phi-4', 'qwen2-vl-72b-instruct']);
  });
  it('Phi-2 102.50 vs Phi-4 Mini 77.50: Phi-4 Mini is the cheaper one everywhere on the page', () => {
    expect(usd('phi-2')).toBeCloseTo(102.5, 6);
    expect(usd('phi-4-mini')).toBeCloseTo(77.5, 6);
    const c = buildComparison(seed, 'phi-2', 'phi-4-mini');
    expect(comparisonJson(c).cheaper).toBe('phi-4-mini');
    expect(c.faq.find((f) => f.id === 'cheaper')?.answer).toMatch(/^Phi-4 Mini: \$77\.50 a month against \$102\.50/);
    expect(c.tradeoffs.b.some((t) => t.rule === 'cheaper')).toBe(true);
    expect(c.tradeoffs.a.some((t) => t.rule === 'cheaper')).toBe(false);
    expect(c.scorecard.find((r) => r.key === 'cost')?.b.better).toBe(true);
  });
  it('GPT-4.1 3,600.00 and Qwen3.5-4B unpriced (free tier only)', () => {
    expect(usd('gpt-4.1')).toBeCloseTo(3600, 6);
    expect(usd('qwen3.5-4b')).toBeNull();
    const c = buildComparison(seed, 'gpt-4.1', 'qwen3.5-4b');
    expect(c.cost.estimates.a.text).toBe('$3,600.00');
    expect(c.cost.estimates.b.text).toBeNull();
    expect(c.cost.estimates.b.reason).toBe('only free, rate-limited tiers are sourced');
    expect(c.cost.estimates.b.freeTiers.length).toBeGreaterThan(0);
    expect(comparisonJson(c).cheaper).toBeNull();
    expect(comparisonJson(c).monthly_cost['qwen3.5-4b']).toEqual({ usd: null, provider: null });
  });
});

describe('estimateCost', () => {
  const w = { input_tokens_per_month: 800_000_000, output_tokens_per_month: 250_000_000 };
  it('uses the formula input × in/1e6 + output × out/1e6', () => {
    expect(routeMonthlyCost(testModel({ id: 'x', routes: [route('p', 1, 2)] }).routes[0]!, w)).toBe(800 + 500);
  });
  it('picks the cheapest paid route and breaks ties by provider id', () => {
    const cat = testCatalog([{ id: 'x', routes: [route('zeta', 1, 1), route('alpha', 1, 1), route('mid', 2, 2)] }]);
    expect(estimateCost(cat.models[0]!, cat, w).route?.provider).toBe('alpha');
  });
  it('leaves out free tiers (0/0 or flagged) and deprecated routes but lists the free ones', () => {
    const cat = testCatalog([
      { id: 'x', routes: [route('free', 0, 0), route('flag', 0.1, 0.1, { free: true }), route('old', 0.01, 0.01, { status: 'deprecated' }), route('paid', 1, 1)] },
    ]);
    const e = estimateCost(cat.models[0]!, cat, w);
    expect(e.route?.provider).toBe('paid');
    expect(e.freeTiers.map((f) => f.provider)).toEqual(['free', 'flag']);
  });
  it('says why there is no estimate', () => {
    const none = testCatalog([{ id: 'x' }]);
    expect(estimateCost(none.models[0]!, none, w).reason).toBe('no provider route is sourced');
    const half = testCatalog([{ id: 'x', routes: [{ ...route('p', 1, 1), output: undefined }] }]);
    expect(estimateCost(half.models[0]!, half, w).reason).toBe('no paid route lists both an input and an output price');
  });
});

describe('compareCost: one definition of cheaper', () => {
  it('calls gaps under 5% a tie', () => {
    expect(compareCost(100, 104).cheaper).toBe('tie');
    expect(compareCost(100, 106).cheaper).toBe('a');
    expect(compareCost(106, 100).cheaper).toBe('b');
  });
  it('is null when either side is unknown', () => {
    expect(compareCost(null, 5)).toEqual({ cheaper: null, gapUsd: null, fractionLess: null, ratio: null });
  });
  it('never words a saving as 100% or more', () => {
    expect(savingPhrase(compareCost(87, 945))).toBe('is 10.9× cheaper');
    expect(savingPhrase(compareCost(87, 121))).toBe('costs 28% less');
    expect(savingPhrase(compareCost(0.065, 0.9))).toBe('is 13.8× cheaper');
    expect(savingPhrase(compareCost(50, 99.9))).toBe('costs 50% less');
    for (const [a, b] of [[1, 1000], [1, 1.9], [3, 200000]] as const) expect(savingPhrase(compareCost(a, b))).not.toMatch(/\d{3,}%/);
  });
});
