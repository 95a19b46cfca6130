/**
 * The calculator recomputes estimates in the browser from a page's slice of the catalogue: over every
 * model of the real data/, at every preset and at a few custom workloads, the slice (after a JSON
 * round trip, as the page carries it) must give exactly the estimate the full catalogue gives.
 */
import { describe, expect, it } from 'vitest';
import { getCatalog } from '../data/load';
import { estimateCost, type CostEstimate } from './estimate';
import { pricingSlice, sliceCatalog } from './slice';
import { presetWorkload, WORKLOAD_PRESETS } from './workloads';
import type { Workload } from '../schema/site';

const cat = getCatalog('data');
const workloads: [string, Workload][] = [
  ...WORKLOAD_PRESETS.map((p): [string, Workload] => [p.id, presetWorkload(p.id, cat.site.workload)]),
  ['input only', { input_tokens_per_month: 1_000_000, output_tokens_per_month: 0 }],
  ['output only', { input_tokens_per_month: 0, output_tokens_per_month: 1_000_000_000 }],
  ['odd', { input_tokens_per_month: 123_456_789, output_tokens_per_month: 987_654_321 }],
  ['largest allowed', { input_tokens_per_month: 10_000_000_000_000, output_tokens_per_month: 10_000_000_000_000 }],
];

/**
 * The slice leaves out other sources' prices and a currency rate's own source and note (only the
 * static tables show them); everything else must match.
 */
const comparable = (e: CostEstimate) => ({
  ...e,
  routes: e.routes.map(({ disagreements: _d, ...r }) => ({
    ...r,
    currency: r.currency && { code: r.currency.code, rate: r.currency.rate && { code: r.currency.rate.code, usd_per_unit: r.currency.rate.usd_per_unit, as_of: r.currency.rate.as_of } },
  })),
});

describe('a pricing slice estimates like the whole catalogue', () => {
  it('for every model, alone and paired, at every preset and custom workload', { timeout: 120_000 }, () => {
    expect(cat.models.length).toBeGreaterThan(100);
    let checked = 0;
    const ids = cat.models.map((m) => m.id);
    for (const [i, m] of cat.models.entries()) {
      // Alone (a model page) and beside a neighbour (a pair page's slice holds two models).
      for (const sliceIds of [[m.id], [m.id, ids[(i + 1) % ids.length]!]]) {
        const slice = sliceCatalog(JSON.parse(JSON.stringify(pricingSlice(cat, sliceIds))));
        const sliced = slice.modelsById.get(m.id)!;
        for (const [name, w] of workloads) {
          expect(comparable(estimateCost(sliced, slice, w)), `${m.id} at ${name}`).toEqual(comparable(estimateCost(m, cat, w)));
          checked++;
        }
      }
    }
    expect(checked).toBe(cat.models.length * 2 * workloads.length);
  });

  it('carries only the providers, labs and currencies the models use', () => {
    const withCny = cat.models.find((m) => m.routes.some((r) => cat.providers.get(r.provider)?.currency !== 'USD'));
    const m = withCny ?? cat.models[0]!;
    const s = pricingSlice(cat, [m.id]);
    expect(s.providers.map(([p]) => p).sort()).toEqual([...new Set(m.routes.map((r) => r.provider))].sort());
    expect(s.providers.every(([, p]) => p.currency !== 'USD')).toBe(true);
    expect(s.labs.map(([l]) => l)).toEqual([m.lab]);
    expect(s.currencies.every(([code]) => s.providers.some(([, p]) => p.currency === code))).toBe(true);
    expect(s.models[0]![1].routes.every((r) => !('price_disagreements' in (r[4] ?? {})))).toBe(true);
  });
});
