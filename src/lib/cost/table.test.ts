import { describe, expect, it } from 'vitest';
import { routeSchema, type Route } from '../schema/model';
import { estimateCost, type PricingCatalog } from './estimate';
import { disagreementTexts, keyPricingRows, pricingNote, pricingRows } from './table';

const W = { input_tokens_per_month: 800_000_000, output_tokens_per_month: 250_000_000 };
const r = (provider: string, input: number | undefined, output: number | undefined, extra: Partial<Route> = {}): Route =>
  routeSchema.parse({ provider, model_id: `${provider}/m`, input, output, source: `https://example.com/${provider}`, as_of: '2026-07-01', ...extra });
const cat: PricingCatalog = {
  providers: new Map([
    ['lab', { name: 'Lab', kind: 'first-party', currency: 'USD' }],
    ['cheap', { name: 'Cheap', kind: 'aggregator', currency: 'USD' }],
    ['cn', { name: 'CN', kind: 'host', currency: 'CNY' }],
    ['host', { name: 'Host', kind: 'host', currency: 'USD' }],
  ]),
  labs: new Map([['x', { name: 'Lab X' }]]),
};
const model = {
  lab: 'x',
  routes: [
    r('cheap', 0.1, 0.5),
    r('cn', 0.8, 3),
    r('host', 0, 0),
    r('lab', 1, 5, { price_disagreements: [{ input: 0.8, output: 4, source: 'https://github.com/BerriAI/litellm/x.json', as_of: '2026-07-24' }] }),
  ],
};
const e = estimateCost(model, cat, W);
const rows = pricingRows(model.routes.map((x) => ({ provider: x.provider, modelId: x.model_id })), e);

describe('pricing rows', () => {
  it('puts routes that count first, then priced routes left out, then free tiers', () => {
    expect(rows.map((x) => x.provider)).toEqual(['lab', 'cheap', 'cn', 'host']);
  });
  it('badges each route with why it is left out', () => {
    const label = (p: string) => rows.find((x) => x.provider === p)!.badges.map((b) => b.label);
    expect(label('cheap')).toEqual(['Left out: suspect price']);
    expect(label('cn')).toEqual(['Billed in CNY: left out']);
    expect(label('lab')).toEqual(['Sources disagree']);
    expect(label('host')).toEqual([]);
  });
  it('shows the other source\'s figures', () => {
    expect(disagreementTexts(rows[0]!.assessment)).toEqual([
      { host: 'github.com', source: 'https://github.com/BerriAI/litellm/x.json', text: 'lists $0.80 in / $4.00 out (24 Jul 2026)' },
    ]);
  });
  it('notes what was left out and the reference', () => {
    expect(pricingNote(e)).toBe("3 routes left out: 1 suspect, 1 billed in CNY, 1 free tier. Low prices are judged against Lab X's own price, $2,050.00 a month.");
  });
});

describe('the pricing rows a pair page keeps', () => {
  // Ten hosts at rising prices, the lab's own API the dearest, and a suspect route under them all.
  const hosts = Array.from({ length: 10 }, (_, i) => `h${i}`);
  const big: PricingCatalog = {
    providers: new Map([
      ['lab', { name: 'Lab', kind: 'first-party', currency: 'USD' }],
      ['odd', { name: 'Odd', kind: 'aggregator', currency: 'USD' }],
      ...hosts.map((h): [string, { name: string; kind: 'host'; currency: string }] => [h, { name: h, kind: 'host', currency: 'USD' }]),
    ]),
    labs: new Map([['x', { name: 'Lab X' }]]),
  };
  const m = { lab: 'x', routes: [r('lab', 3, 15), r('odd', 0.1, 0.1), r('free', 0, 0, { free: true }), ...hosts.map((h, i) => r(h, 2 + i * 0.01, 10))] };
  const est = estimateCost(m, big, W);
  const kinds = new Map([...big.providers].map(([id, p]) => [id, p.kind as string]));
  const all = pricingRows(
    m.routes.map((x) => ({ provider: x.provider, modelId: x.model_id, providerKind: kinds.get(x.provider) ?? 'host', cheapest: est.route?.provider === x.provider })),
    est,
  );
  const { shown, hidden } = keyPricingRows(all, 5);

  it('keeps the estimate\'s route, the lab\'s own API and a cheaper suspect price, then the next cheapest up to the limit', () => {
    expect(est.route?.provider).toBe('h0');
    expect(shown.map((x) => x.provider)).toEqual(['h0', 'h1', 'h2', 'lab', 'odd']);
  });
  it('counts what it leaves out, and leaves out nothing when all fit', () => {
    expect(hidden).toBe(all.length - 5);
    expect(keyPricingRows(all, all.length)).toEqual({ shown: all, hidden: 0 });
  });
  it('keeps the rows that must be seen even past the limit', () => {
    expect(keyPricingRows(all, 1).shown.map((x) => x.provider)).toEqual(['h0', 'lab', 'odd']);
  });
});
