import { describe, expect, it } from 'vitest';
import type { CurrencyRate } from '../schema/currency';
import { routeSchema, type Route } from '../schema/model';
import { DEFAULT_PRICING, estimateCost, providerOwners, UNSOURCED_PRICE_FILES, type PricingCatalog, type PricedModel } from './estimate';

const W = { input_tokens_per_month: 800_000_000, output_tokens_per_month: 250_000_000 };
/** A route priced input/output, parsed by the real schema. */
const r = (provider: string, input: number | undefined, output: number | undefined, extra: Partial<Route> = {}): Route =>
  routeSchema.parse({ provider, model_id: `${provider}/m`, input, output, source: `https://example.com/${provider}`, as_of: '2026-07-01', ...extra });
const CNY: CurrencyRate = { code: 'CNY', usd_per_unit: 0.1435, source: 'https://example.com/rate', as_of: '2026-07-01' };

/** Providers: `lab-api` is lab-x's own API; `lab-cn` its CNY-billed API; the rest are resellers. */
function catalog(models: PricedModel[], pricing = DEFAULT_PRICING): PricingCatalog {
  const p = (name: string, kind: string, currency = 'USD') => ({ name, kind, currency });
  return {
    providers: new Map([
      ['lab-api', p('Lab API', 'first-party')],
      ['lab-cn', p('Lab China', 'first-party', 'CNY')],
      ['other-lab-api', p('Other API', 'first-party')],
      ['a', p('A', 'aggregator')],
      ['b', p('B', 'host')],
      ['c', p('C', 'host')],
      ['d', p('D', 'cloud')],
      ['cn-host', p('CN host', 'host', 'CNY')],
    ]),
    models,
    labs: new Map([['lab-x', { name: 'Lab X' }]]),
    site: { pricing },
    currencies: new Map([['CNY', CNY]]),
  };
}
const model = (routes: Route[], extra: Partial<PricedModel> = {}): PricedModel => ({ lab: 'lab-x', routes, ...extra });
const est = (m: PricedModel, cat = catalog([m])) => estimateCost(m, cat, W);
const status = (m: PricedModel, cat = catalog([m])) => Object.fromEntries(est(m, cat).routes.map((a) => [a.provider, a.status]));

describe('the monthly estimate', () => {
  it('is the cheapest counted route: 800M × $1 + 250M × $5 = $2,050.00', () => {
    const e = est(model([r('lab-api', 1, 5), r('a', 1.2, 6)]));
    expect(e.usd).toBe(2050);
    expect(e.route?.provider).toBe('lab-api');
    expect(e.excludedText).toBeNull();
  });
});

describe('suspect: below the lab\'s own price', () => {
  it('fires under half of the first-party price and leaves the route out, with a badge naming the lab', () => {
    // QiHang-like: $0.14/$0.71 = $289.50 against $2,050.00 (14%).
    const m = model([r('lab-api', 1, 5), r('a', 0.14, 0.71), r('b', 0.9, 4.5)]);
    const e = est(m);
    expect(status(m)).toEqual({ 'lab-api': 'counted', a: 'suspect', b: 'counted' });
    expect(e.route?.provider).toBe('b');
    expect(e.usd).toBe(1845);
    const a = e.routes.find((x) => x.provider === 'a')!;
    expect(a.note).toBe("below half of Lab X's own price — left out of the estimate");
    expect(a.reference).toMatchObject({ kind: 'first-party', usd: 2050 });
    expect(a.shareOfReference).toBeCloseTo(289.5 / 2050, 9);
    expect(e.excluded.suspect).toBe(1);
    expect(e.excludedText).toBe('1 route left out: 1 suspect');
    expect(e.labReference?.usd).toBe(2050);
  });
  it('does not fire at or above half ($1,025.00 exactly is not below half of $2,050.00)', () => {
    expect(status(model([r('lab-api', 1, 5), r('a', 0.5, 2.5)]))).toEqual({ 'lab-api': 'counted', a: 'counted' });
  });
  it('uses the lab\'s own API even when the model has many resellers (no median then)', () => {
    // Median of the others would be $1,845; the lab's $2,050 is the reference.
    const e = est(model([r('lab-api', 1, 5), r('a', 0.9, 4.5), r('b', 0.9, 4.5), r('c', 0.9, 4.5), r('d', 0.5, 1)]));
    expect(e.routes.find((x) => x.provider === 'd')).toMatchObject({ status: 'suspect', reference: { kind: 'first-party' } });
  });
  it('ignores a first-party provider that belongs to another lab (it resells this model)', () => {
    // other-lab-api serves two lab-y models and this one: it is lab-y's, so it is no reference.
    const m = model([r('other-lab-api', 10, 50), r('a', 1, 5), r('b', 1, 5)]);
    const lab = (id: string): PricedModel => ({ lab: 'lab-y', routes: [r('other-lab-api', 1, 1, { model_id: id })] });
    const cat = catalog([m, lab('y1'), lab('y2')]);
    expect(providerOwners(cat)?.get('other-lab-api')).toBe('lab-y');
    expect(est(m, cat).labReference).toBeNull();
    expect(status(m, cat)).toEqual({ 'other-lab-api': 'counted', a: 'counted', b: 'counted' });
  });
  it('gives a first-party provider no owner when no lab has more than half its models', () => {
    const cat = catalog([model([r('other-lab-api', 1, 1)]), { lab: 'lab-y', routes: [r('other-lab-api', 1, 1)] }]);
    expect(providerOwners(cat)?.has('other-lab-api')).toBe(false);
  });
  it('does not take a lab API billed in another currency as the reference', () => {
    const e = est(model([r('lab-cn', 0.172, 1.72), r('a', 0.1, 0.4), r('b', 0.1, 0.4)]));
    expect(e.labReference).toBeNull();
    expect(e.route?.provider).toBe('a');
  });
});

describe('suspect: below the median of the other paid routes (no lab API)', () => {
  it('fires under half of the median of three or more other paid USD routes', () => {
    const m = model([r('a', 1, 5), r('b', 1, 5), r('c', 1.2, 6), r('d', 0.2, 1)]);
    const e = est(m);
    const d = e.routes.find((x) => x.provider === 'd')!;
    expect(d.status).toBe('suspect');
    expect(d.reference).toEqual({ kind: 'median', usd: 2050, routes: 3, labName: null });
    expect(d.note).toBe('below half of the median price of 3 other providers — left out of the estimate');
    expect(e.usd).toBe(2050);
  });
  it('does not fire at half of the median or more ($1,110.00 against $2,050.00)', () => {
    expect(status(model([r('a', 1, 5), r('b', 1, 5), r('c', 1, 5), r('d', 0.7, 2.2)]))['d']).toBe('counted');
  });
  it('has no median with fewer than three other paid routes, so nothing is suspect', () => {
    const e = est(model([r('a', 1, 5), r('b', 1, 5), r('d', 0.01, 0.01)]));
    expect(e.routes.every((x) => x.reference === null && x.status === 'counted')).toBe(true);
    expect(e.route?.provider).toBe('d');
  });
  it('counts only paid, current, USD-billed routes towards the three', () => {
    const m = model([r('a', 1, 5), r('b', 1, 5), r('c', 0, 0), r('cn-host', 1, 5), r('lab-api', 1, 5, { status: 'deprecated' }), r('d', 0.01, 0.01)]);
    expect(est(m).routes.find((x) => x.provider === 'd')?.reference).toBeNull();
  });
  it('follows suspect_min_routes from the site settings', () => {
    const m = model([r('a', 1, 5), r('b', 1, 5), r('d', 0.01, 0.01)]);
    expect(status(m, catalog([m], { ...DEFAULT_PRICING, suspect_min_routes: 2 }))['d']).toBe('suspect');
  });
  it('follows suspect_fraction from the site settings', () => {
    const m = model([r('lab-api', 1, 5), r('a', 0.6, 3)]); // 60% of the lab's price
    expect(status(m)['a']).toBe('counted');
    expect(status(m, catalog([m], { ...DEFAULT_PRICING, suspect_fraction: 0.7 }))['a']).toBe('suspect');
    expect(est(m, catalog([m], { ...DEFAULT_PRICING, suspect_fraction: 0.7 })).routes[1]?.note).toBe("below 70% of Lab X's own price — left out of the estimate");
  });
});

describe('cleared routes and open weights', () => {
  it('never treats a route with a cleared price review as suspect', () => {
    const review = { verdict: 'cleared' as const, source: 'https://example.com/a/pricing', note: 'A sells it at cost during a launch offer.' };
    const e = est(model([r('lab-api', 1, 5), r('a', 0.14, 0.71, { price_review: review })]));
    const a = e.routes.find((x) => x.provider === 'a')!;
    expect(a.status).toBe('counted');
    expect(a.cleared).toEqual({ source: review.source, note: review.note });
    expect(a.note).toBe("below half of Lab X's own price — checked by hand and found real, so it counts");
    expect(e.route?.provider).toBe('a');
  });
  it('does not judge open-weight models: hosts undercut the lab as a matter of course', () => {
    const m = model([r('lab-api', 1, 5), r('a', 0.14, 0.71)], { open_weights: true });
    expect(status(m)).toEqual({ 'lab-api': 'counted', a: 'counted' });
    expect(est(m).route?.provider).toBe('a');
  });
  it('judges an open-weight model\'s route whose price has no source of its own', () => {
    const unsourced = r('b', 0.1, 0.1, { source: UNSOURCED_PRICE_FILES[0]! });
    const m = model([r('a', 0.55, 2.2), r('c', 0.55, 2.2), r('d', 0.6, 2.4), unsourced], { open_weights: true });
    // MiniMax M1 80K: $0.10/$0.10 from an unsourced LiteLLM entry against a $990.00 median.
    expect(status(m)).toEqual({ a: 'counted', c: 'counted', d: 'counted', b: 'suspect' });
    expect(est(m).usd).toBe(990);
  });
  it('judges models whose weights are not documented', () => {
    expect(status(model([r('lab-api', 1, 5), r('a', 0.14, 0.71)], { open_weights: undefined }))['a']).toBe('suspect');
  });
});

describe('other currencies', () => {
  const m = model([r('lab-api', 1, 5), r('cn-host', 0.861, 3.441), r('b', 1.2, 6)]);
  it('leaves routes billed in CNY out by default and says so with the rate kept for it', () => {
    const e = est(m);
    const cn = e.routes.find((x) => x.provider === 'cn-host')!;
    expect(cn.status).toBe('other-currency');
    expect(cn.currency).toEqual({ code: 'CNY', rate: CNY });
    expect(cn.usd).toBeCloseTo(800 * 0.861 + 250 * 3.441, 9);
    expect(cn.note).toBe('billed in CNY — USD as converted by the source (rate not stated; 1 CNY ≈ $0.1435 on 1 Jul 2026), left out of the estimate');
    expect(e.route?.provider).toBe('lab-api');
    expect(e.excludedText).toBe('1 route left out: 1 billed in CNY');
  });
  it('lets them set the estimate when include_other_currencies is on', () => {
    const e = est(m, catalog([m], { ...DEFAULT_PRICING, include_other_currencies: true }));
    expect(e.route?.provider).toBe('cn-host');
    expect(e.routes.find((x) => x.provider === 'cn-host')?.note).toMatch(/included in the estimate by the site setting$/);
  });
  it('still judges an included other-currency route against the lab price', () => {
    const cheap = model([r('lab-api', 1, 5), r('cn-host', 0.1, 0.1)]);
    expect(status(cheap, catalog([cheap], { ...DEFAULT_PRICING, include_other_currencies: true }))['cn-host']).toBe('suspect');
  });
});

describe('free, deprecated and unpriced routes', () => {
  it('leaves out free tiers (0/0 or flagged) and deprecated routes, and counts them', () => {
    const e = est(model([r('a', 0, 0), r('b', 0.1, 0.1, { free: true }), r('c', 0.01, 0.01, { status: 'deprecated' }), r('d', 1, 1), r('lab-api', undefined, 2)]));
    expect(e.route?.provider).toBe('d');
    expect(e.freeTiers.map((f) => f.provider)).toEqual(['a', 'b']);
    expect(Object.fromEntries(e.routes.map((a) => [a.provider, a.status]))).toEqual({ a: 'free', b: 'free', c: 'deprecated', d: 'counted', 'lab-api': 'unpriced' });
    expect(e.excluded).toEqual({ suspect: 0, otherCurrency: 0, free: 2, deprecated: 1 });
    expect(e.excludedText).toBe('3 routes left out: 2 free tiers, 1 deprecated');
  });
  it('says why there is no estimate', () => {
    expect(est(model([])).reason).toBe('no provider route is sourced');
    expect(est(model([r('a', 0, 0)])).reason).toBe('only free, rate-limited tiers are sourced');
    expect(est(model([r('a', 1, undefined)])).reason).toBe('no paid route lists both an input and an output price');
    expect(est(model([r('cn-host', 1, 1)])).reason).toBe('every priced route is left out of the estimate (1 billed in CNY)');
  });
  it('words several reasons together: "3 routes left out: 2 suspect, 1 billed in CNY"', () => {
    const e = est(model([r('lab-api', 1, 5), r('a', 0.1, 0.1), r('b', 0.1, 0.2), r('cn-host', 1, 5)]));
    expect(e.excludedText).toBe('3 routes left out: 2 suspect, 1 billed in CNY');
  });
});

describe('price disagreements', () => {
  it('carries the other source\'s figures with the route', () => {
    const d = { input: 0.5, output: 2, source: 'https://example.com/other', as_of: '2026-07-24' };
    const e = est(model([r('a', 1, 5, { price_disagreements: [d] })]));
    expect(e.routes[0]?.disagreements).toEqual([{ input: 0.5, output: 2, inputText: '$0.50', outputText: '$2.00', source: d.source, asOf: d.as_of }]);
  });
});
