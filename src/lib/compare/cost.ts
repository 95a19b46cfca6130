/**
 * Monthly cost at the site's workload: the one definition of "cheaper" used everywhere
 * (verdict, scorecard, tradeoffs, friction, FAQ, deep dive). Pure: reads records only; the pair
 * page's cost section and its wording live in cost-section.ts.
 *
 * A route's cost is `input × input_tokens/1e6 + output × output_tokens/1e6`. A model's estimate is
 * its cheapest route that lists both prices and is not a free tier (free tiers are rate-limited, so
 * they cannot carry production traffic); ties go to the provider id that sorts first.
 */
import type { Catalog, Model } from '../data/load';
import type { Route } from '../schema/model';
import type { Workload } from '../schema/site';

/** Two estimates closer than this share of the dearer one read as "about the same". */
export const COST_TIE_THRESHOLD = 0.05;
/** From this ratio on, a gap is worded as "N× cheaper" instead of "N% less". */
export const COST_RATIO_WORDING = 2;

export interface PricedRoute {
  provider: string;
  providerName: string;
  modelId: string;
  input: number;
  output: number;
  usd: number;
}

export interface CostEstimate {
  /** Cheapest monthly cost in USD, or null when no paid route lists both prices. */
  usd: number | null;
  /** The route that gives `usd`. */
  route: PricedRoute | null;
  /** Why there is no estimate, in words; null when there is one. */
  reason: string | null;
  /** Providers offering a free (0/0 or flagged) tier, which the estimate leaves out. */
  freeTiers: { provider: string; providerName: string; modelId: string }[];
  /** Number of paid routes with both prices. */
  pricedRoutes: number;
}

export function isFreeRoute(r: Route): boolean {
  return r.free === true || (r.input === 0 && r.output === 0);
}

/** Cost of one route at the workload, or null when a price is missing or the route is free/deprecated. */
export function routeMonthlyCost(r: Route, w: Workload): number | null {
  if (isFreeRoute(r) || r.status === 'deprecated' || r.input === undefined || r.output === undefined) return null;
  return (r.input * w.input_tokens_per_month) / 1e6 + (r.output * w.output_tokens_per_month) / 1e6;
}

export function estimateCost(model: Model, cat: Pick<Catalog, 'providers'>, w: Workload): CostEstimate {
  const name = (id: string) => cat.providers.get(id)?.name ?? id;
  const priced: PricedRoute[] = [];
  const freeTiers: CostEstimate['freeTiers'] = [];
  for (const r of model.routes) {
    if (isFreeRoute(r)) {
      freeTiers.push({ provider: r.provider, providerName: name(r.provider), modelId: r.model_id });
      continue;
    }
    const usd = routeMonthlyCost(r, w);
    if (usd !== null && r.input !== undefined && r.output !== undefined)
      priced.push({ provider: r.provider, providerName: name(r.provider), modelId: r.model_id, input: r.input, output: r.output, usd });
  }
  priced.sort((x, y) => x.usd - y.usd || x.provider.localeCompare(y.provider) || x.modelId.localeCompare(y.modelId));
  const best = priced[0] ?? null;
  let reason: string | null = null;
  if (!best) {
    if (model.routes.length === 0) reason = 'no provider route is sourced';
    else if (freeTiers.length === model.routes.length) reason = 'only free, rate-limited tiers are sourced';
    else reason = 'no paid route lists both an input and an output price';
  }
  return { usd: best?.usd ?? null, route: best, reason, freeTiers, pricedRoutes: priced.length };
}

export interface CostComparison {
  /** 'a' or 'b' for the cheaper side, 'tie' under the threshold, null when either is unknown. */
  cheaper: 'a' | 'b' | 'tie' | null;
  /** Absolute gap in USD a month. */
  gapUsd: number | null;
  /** How much less the cheaper one costs, as a share of the dearer one (0–1). */
  fractionLess: number | null;
  /** Dearer ÷ cheaper. */
  ratio: number | null;
}

export function compareCost(a: number | null, b: number | null): CostComparison {
  if (a === null || b === null) return { cheaper: null, gapUsd: null, fractionLess: null, ratio: null };
  const hi = Math.max(a, b);
  const lo = Math.min(a, b);
  const gapUsd = hi - lo;
  const fractionLess = hi === 0 ? 0 : gapUsd / hi;
  const ratio = lo === 0 ? Infinity : hi / lo;
  const cheaper = fractionLess < COST_TIE_THRESHOLD ? 'tie' : a < b ? 'a' : 'b';
  return { cheaper, gapUsd, fractionLess, ratio };
}
