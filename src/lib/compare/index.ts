/**
 * The comparison engine's entry point: two model ids in, one plain view-model out.
 * Pure: no Astro, no file system beyond the catalog it is given. Each model is read through its
 * model view (src/lib/views/), resolved once per build; each pair's comparison is built when its
 * page (getComparison) or its JSON twin (src/integrations/twins.ts) is written, and then dropped.
 */
import { finishTwin, twinFactorer, type Json, type TwinFactorer } from './twin';
import type { Catalog } from '../data/load';
import { roundMoney, roundRatio, roundScore } from '../format';
import type { ModelView } from '../views/model';
import { benchmarkSection } from './benchmarks';
import { pairContext } from './context';
import { costSection } from './cost-section';
import { deepDive } from './deepdive';
import { faq } from './faq';
import { friction } from './friction';
import { pairMeta } from './meta';
import { getPairPlan, pairSlug, type PairPlan } from './pairs';
import { related } from './related';
import { scorecard } from './scorecard';
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
  return {
    ids: [ida, idb],
    models: { a: pairSummary(ctx.v.a), b: pairSummary(ctx.v.b) },
    meta: pairMeta(ctx, cat.site.title, planned, v, t),
    verdict: v,
    scorecard: scorecard(ctx, bench),
    tradeoffs: t,
    cost: costSection(ctx),
    friction: friction(ctx),
    specs: specs(ctx),
    pricing: { a: ctx.v.a.routes, b: ctx.v.b.routes },
    capabilities: capabilities(ctx),
    benchmarks: bench,
    deepDive: deepDive(ctx, bench),
    faq: faq(ctx, bench),
    related: related(ctx, plan),
  };
}

const summaries = new WeakMap<ModelView, Comparison['models']['a']>();

/** The slice of a model view a pair page's header and JSON twin carry, made once per model. */
function pairSummary(v: ModelView): Comparison['models']['a'] {
  let s = summaries.get(v);
  if (!s) {
    const { facts: _f, caps: _c, capabilities: _cs, routes: _r, providers: _p, providerIds: _pi, providersText: _pt, scores: _s, scoresByBenchmark: _sb, tags: _t, body: _b, sources: _so, disagreements: _d, maxOutputTokens: _mo, knowledgeCutoff: _k, license: _l, dataAsOf: _da, ...summary } = v;
    summaries.set(v, (s = summary));
  }
  return s;
}

/**
 * The pair's comparison, for the pair page. Not memoised: the page is its only reader during a build
 * (the JSON twin is written by src/integrations/twins.ts, which builds its own and drops it), and a
 * per-pair memo held every view for the whole build (18 KB of heap per pair, ~1 GB with every pair
 * of the real catalogue). Building one costs ~0.4 ms; a page renders once.
 */
export function getComparison(cat: Catalog, x: string, y: string): Comparison {
  return buildComparison(cat, x, y);
}

/** Keys whose numbers are money (USD), ratios/shares, or benchmark scores, for rounding in JSON. */
const MONEY_KEYS = new Set(['usd', 'monthlyUsd', 'gapUsd']);
const RATIO_KEYS = new Set(['ratio', 'fractionLess', 'shareOfReference']);
/**
 * Any other fractional number keeps this many significant digits: enough for every sourced price
 * ($0.0375, a CNY price converted to USD) and none of the binary noise arithmetic adds.
 */
const OTHER_SIGNIFICANT_DIGITS = 6;
const tidy = (x: number) => (Number.isInteger(x) || !Number.isFinite(x) ? x : Number(x.toPrecision(OTHER_SIGNIFICANT_DIGITS)));

const NO_FACTORING: Pick<TwinFactorer, 'node'> = { node: () => {} };

/**
 * Rounds what a JSON twin publishes: money to cents, ratios to four decimals, scores and gaps to
 * their unit's precision (SCORE_DECIMALS), anything else to six significant digits, so no binary
 * float noise ("879.0000000000001") leaks. Sourced prices per 1M tokens keep their precision.
 * With a factorer, each rounded object is also factored (twin.ts) as soon as it is built.
 */
export function roundForJson(value: unknown, unit: 'percent' | 'elo' | 'index' = 'percent', factor: Pick<TwinFactorer, 'node'> = NO_FACTORING): unknown {
  if (Array.isArray(value)) return value.map((x) => roundForJson(x, unit, factor));
  if (value === null || typeof value !== 'object') return value;
  if (value instanceof Map) return undefined;
  const o = value as Record<string, unknown>;
  const u = (typeof o['unit'] === 'string' ? o['unit'] : unit) as 'percent' | 'elo' | 'index';
  const out: Record<string, unknown> = {};
  // for…in: Object.entries' keys and order without an array per key (runs over every node of every twin).
  for (const k in o) {
    const x = o[k];
    if (typeof x === 'number') out[k] = MONEY_KEYS.has(k) ? roundMoney(x) : RATIO_KEYS.has(k) ? roundRatio(x) : k === 'score' || k === 'gap' ? roundScore(x, u) : tidy(x);
    else if (k === 'reading') continue; // the parsed variant: an engine detail, the variant text is published
    else out[k] = roundForJson(x, u, factor);
  }
  // Factored here, bottom-up, rather than in a second walk over the rounded copy (twin.ts).
  factor.node(out as Record<string, Json>);
  return out;
}

/** The JSON twin of a pair page: the documented keys first, then the whole view-model. */
export function comparisonJson(c: Comparison) {
  const [a, b] = c.ids;
  const factor = twinFactorer();
  const comparison: unknown = finishTwin(roundForJson(c, 'percent', factor) as Json);
  const tables = factor.tables();
  const cheap = c.cost.comparison.cheaper;
  const usd = (x: number | null) => (x === null ? null : roundMoney(x));
  return {
    models: [a, b],
    workload: c.cost.workload,
    monthly_cost: {
      [a]: { usd: usd(c.cost.estimates.a.usd), provider: c.cost.estimates.a.route?.provider ?? null },
      [b]: { usd: usd(c.cost.estimates.b.usd), provider: c.cost.estimates.b.route?.provider ?? null },
    },
    cheaper: cheap === 'a' ? a : cheap === 'b' ? b : cheap,
    verdict: { rule: c.verdict.rule, pick: c.verdict.pick === null ? null : c.ids[c.verdict.pick === 'a' ? 0 : 1] },
    // The view-model with each benchmark's, data set's and provider's repeated fields in the tables above (twin.ts).
    ...tables,
    comparison,
  };
}
