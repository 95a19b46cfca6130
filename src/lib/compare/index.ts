/**
 * The comparison engine's entry point: two model records in, one plain view-model out.
 * Pure: no Astro, no file system beyond the catalog it is given.
 */
import type { Catalog } from '../data/load';
import { routeViews, summarize } from '../data/resolve';
import { benchmarkSection } from './benchmarks';
import { pairContext } from './context';
import { costSection } from './cost';
import { deepDive } from './deepdive';
import { faq } from './faq';
import { friction } from './friction';
import { pairMeta } from './meta';
import { getPairPlan, pairSlug, type PairPlan } from './pairs';
import { related } from './related';
import { bestFor, scorecard } from './scorecard';
import { capabilities, specs } from './specs';
import { tradeoffs } from './tradeoffs';
import type { Comparison } from './types';
import { verdict } from './verdict';

export function buildComparison(cat: Catalog, x: string, y: string, plan: PairPlan = getPairPlan(cat)): Comparison {
  const [ida, idb] = x < y ? [x, y] : [y, x];
  const a = cat.modelsById.get(ida);
  const b = cat.modelsById.get(idb);
  if (!a || !b) throw new Error(`Unknown model id in pair ${x} / ${y}`);
  const ctx = pairContext(cat, a, b);
  const bench = benchmarkSection(ctx);
  const v = verdict(ctx, bench);
  const t = tradeoffs(ctx, bench);
  const slug = pairSlug(ida, idb);
  const planned = plan.get(ida, idb) ?? { path: `/compare/${slug}/`, jsonPath: `/compare/${slug}.json`, noindex: false };
  const cost = costSection(ctx);
  const model = (m: typeof a) => ({ ...summarize(cat, m), labUrl: cat.labs.get(m.lab)?.url ?? '', bestFor: bestFor(m) });
  return {
    ids: [ida, idb],
    models: { a: model(a), b: model(b) },
    meta: pairMeta(ctx, cat.site.title, planned, v, t),
    verdict: v,
    scorecard: scorecard(ctx, bench),
    tradeoffs: t,
    cost,
    friction: friction(ctx),
    specs: specs(ctx),
    pricing: { a: routeViews(cat, a, ctx.est.a), b: routeViews(cat, b, ctx.est.b) },
    capabilities: capabilities(ctx),
    benchmarks: bench,
    deepDive: deepDive(ctx, bench),
    faq: faq(ctx, bench),
    related: related(ctx, plan),
  };
}

/** The JSON twin of a pair page: the documented keys first, then the whole view-model. */
export function comparisonJson(c: Comparison) {
  const [a, b] = c.ids;
  const cheap = c.cost.comparison.cheaper;
  return {
    models: [a, b],
    workload: c.cost.workload,
    monthly_cost: {
      [a]: { usd: c.cost.estimates.a.usd, provider: c.cost.estimates.a.route?.provider ?? null },
      [b]: { usd: c.cost.estimates.b.usd, provider: c.cost.estimates.b.route?.provider ?? null },
    },
    cheaper: cheap === 'a' ? a : cheap === 'b' ? b : cheap,
    verdict: { rule: c.verdict.rule, pick: c.verdict.pick === null ? null : c.ids[c.verdict.pick === 'a' ? 0 : 1] },
    comparison: c,
  };
}
