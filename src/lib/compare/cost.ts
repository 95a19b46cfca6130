/**
 * Monthly cost at the site's workload: the one definition of "cheaper" used everywhere
 * (verdict, scorecard, tradeoffs, friction, FAQ, deep dive).
 *
 * A route's cost is `input × input_tokens/1e6 + output × output_tokens/1e6`. A model's estimate is
 * its cheapest route that lists both prices and is not a free tier (free tiers are rate-limited, so
 * they cannot carry production traffic); ties go to the provider id that sorts first.
 */
import type { Catalog, Model } from '../data/load';
import type { Route } from '../schema/model';
import type { Workload } from '../schema/site';
import { formatMoney, formatPercent, formatRatio, formatVolume } from '../format';
import type { PairContext } from './context';
import type { CostSection } from './types';

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

/** "costs 28% less" or "is 13.8× cheaper" — never a percentage of 100 or more. */
export function savingPhrase(c: CostComparison): string {
  if (c.fractionLess === null || c.ratio === null) return '';
  if (c.ratio >= COST_RATIO_WORDING) return `is ${formatRatio(c.ratio)} cheaper`;
  return `costs ${formatPercent(c.fractionLess)} less`;
}

/** "800M input + 250M output tokens". */
export function workloadTokens(w: Workload): string {
  return `${formatVolume(w.input_tokens_per_month)} input + ${formatVolume(w.output_tokens_per_month)} output tokens`;
}

/** "800M input + 250M output tokens a month": how every page states the workload. */
export function workloadText(w: Workload): string {
  return `${workloadTokens(w)} a month`;
}

/** The cost section of a pair page. */
export function costSection(ctx: PairContext): CostSection {
  const { est, cmp, name } = ctx;
  const w = ctx.cat.site.workload;
  const text = (e: CostEstimate) => (e.usd !== null ? formatMoney(e.usd) : null);
  let summary: string;
  if (cmp.cheaper === 'a' || cmp.cheaper === 'b') {
    const cheap = cmp.cheaper;
    const dear = cheap === 'a' ? 'b' : 'a';
    summary = `${name[cheap]} ${savingPhrase(cmp)} than ${name[dear]} at this workload: ${formatMoney(est[cheap].usd!)} against ${formatMoney(est[dear].usd!)} a month.`;
  } else if (cmp.cheaper === 'tie') {
    summary = `${name.a} and ${name.b} cost about the same at this workload (${formatMoney(est.a.usd!)} and ${formatMoney(est.b.usd!)} a month, within ${formatPercent(COST_TIE_THRESHOLD)}).`;
  } else {
    const missing = (['a', 'b'] as const).filter((s) => est[s].usd === null);
    summary =
      missing.length === 2
        ? `No estimate can be made for either model: ${name.a} has ${est.a.reason}, and ${name.b} has ${est.b.reason}.`
        : `The costs cannot be compared: for ${name[missing[0]!]}, ${est[missing[0]!].reason}.`;
  }
  return {
    workload: w,
    workloadText: workloadText(w),
    estimates: { a: { ...est.a, text: text(est.a) }, b: { ...est.b, text: text(est.b) } },
    comparison: cmp,
    summary,
    gapText: cmp.gapUsd !== null ? `${formatMoney(cmp.gapUsd)} a month` : null,
  };
}
