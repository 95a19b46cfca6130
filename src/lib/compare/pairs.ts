/**
 * Which unordered pairs get pages. A pair is always written with the smaller id first
 * (`/compare/<a>-vs-<b>/`); the reverse order is never emitted or linked.
 *
 * - `all`: every pair, up to the budget.
 * - `related`: each model's `per_model` best rivals (see rivals.ts), then the best remaining
 *   well-sourced pairs until the budget is used. The set is symmetric by construction: a pair is
 *   one page, linked from both models' pages.
 * - `always` pairs are kept whatever the budget.
 * A pair whose models share too little sourced data (see `isThin`) is built with noindex and left
 * out of the sitemap, and is never used to fill the budget.
 */
import type { Catalog } from '../data/load';
import { PAIR_SEPARATOR } from '../schema/constants';
import { fileBudget } from './budget';
import { getRivalFacts, rivalScore, type RivalFacts } from './rivals';

export interface PlannedPair {
  a: string;
  b: string;
  slug: string;
  path: string;
  jsonPath: string;
  /** Too little shared sourced data: noindex and out of the sitemap. */
  noindex: boolean;
  score: number;
}

export interface PairPlan {
  strategy: 'all' | 'related';
  pairs: PlannedPair[];
  /** Pairs per model id, best rival first. */
  byModel: Map<string, PlannedPair[]>;
  /** Candidate pairs that the budget left out. */
  cut: number;
  budgetPairs: number;
  get(a: string, b: string): PlannedPair | undefined;
}

export function pairSlug(x: string, y: string): string {
  const [a, b] = x < y ? [x, y] : [y, x];
  return `${a}${PAIR_SEPARATOR}${b}`;
}

export function pairPath(x: string, y: string): string {
  return `/compare/${pairSlug(x, y)}/`;
}

/**
 * Thin: the two models can be compared on neither cost (both need an estimate) nor any shared
 * benchmark. Such a page can only list facts side by side, so search engines should not index it.
 */
export function isThin(a: RivalFacts, b: RivalFacts): boolean {
  const bothPriced = a.usd !== null && b.usd !== null;
  let shared = false;
  for (const x of a.benchmarks) if (b.benchmarks.has(x)) shared = true;
  return !bothPriced && !shared;
}

/**
 * Only models of the same kind are compared: chat with chat, guard (safety classifier) with guard.
 * A guard's token cost or benchmarks say nothing about a chat model's, and the reverse.
 */
export function comparable(cat: Catalog, x: string, y: string): boolean {
  return cat.modelsById.get(x)?.kind === cat.modelsById.get(y)?.kind;
}

const cache = new WeakMap<Catalog, PairPlan>();

export function getPairPlan(cat: Catalog): PairPlan {
  const hit = cache.get(cat);
  if (hit) return hit;
  const plan = planPairs(cat);
  cache.set(cat, plan);
  return plan;
}

export function planPairs(cat: Catalog): PairPlan {
  const { strategy, per_model, always } = cat.site.pairs;
  const facts = new Map(cat.models.map((m) => [m.id, getRivalFacts(cat, m.id)]));
  const ids = cat.models.map((m) => m.id).sort();
  const make = (x: string, y: string): PlannedPair => {
    const [a, b] = x < y ? [x, y] : [y, x];
    const fa = facts.get(a)!;
    const fb = facts.get(b)!;
    const slug = `${a}${PAIR_SEPARATOR}${b}`;
    return { a, b, slug, path: `/compare/${slug}/`, jsonPath: `/compare/${slug}.json`, noindex: isThin(fa, fb), score: rivalScore(fa, fb) };
  };
  const all: PlannedPair[] = [];
  for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) if (comparable(cat, ids[i]!, ids[j]!)) all.push(make(ids[i]!, ids[j]!));
  const byScore = (x: PlannedPair, y: PlannedPair) => y.score - x.score || x.slug.localeCompare(y.slug);

  // Whatever the other pages, the JSON twins, the sitemaps and the search index leave of pairs.max_pages.
  const budgetPairs = fileBudget(cat).pairs;
  const chosen = new Map<string, PlannedPair>();
  for (const [x, y] of always) {
    if (!comparable(cat, x, y)) continue;
    const p = make(x, y);
    chosen.set(p.slug, p);
  }
  const forced = chosen.size;
  if (strategy === 'all') {
    for (const p of [...all].sort(byScore)) {
      if (chosen.size >= Math.max(budgetPairs, forced)) break;
      chosen.set(p.slug, p);
    }
  } else {
    // Each model's best rivals first, taken round by round so that a tight budget still gives
    // every model its closest rivals before anyone gets a tenth.
    const perModel = new Map<string, PlannedPair[]>();
    for (const p of all) {
      for (const id of [p.a, p.b]) {
        let l = perModel.get(id);
        if (!l) perModel.set(id, (l = []));
        l.push(p);
      }
    }
    for (const l of perModel.values()) l.sort(byScore);
    outer: for (let round = 0; round < per_model; round++) {
      for (const id of ids) {
        const p = perModel.get(id)?.[round];
        if (!p || chosen.has(p.slug)) continue;
        if (chosen.size >= budgetPairs) break outer;
        chosen.set(p.slug, p);
      }
    }
    for (const p of [...all].sort(byScore)) {
      if (chosen.size >= budgetPairs) break;
      if (!p.noindex) chosen.set(p.slug, p);
    }
  }
  const pairs = [...chosen.values()].sort((x, y) => x.slug.localeCompare(y.slug));
  const byModel = new Map<string, PlannedPair[]>(ids.map((id) => [id, []]));
  for (const p of pairs) {
    byModel.get(p.a)?.push(p);
    byModel.get(p.b)?.push(p);
  }
  for (const l of byModel.values()) l.sort(byScore);
  const index = new Map(pairs.map((p) => [p.slug, p]));
  return {
    strategy,
    pairs,
    byModel,
    cut: all.length - pairs.length,
    budgetPairs,
    get: (x, y) => index.get(pairSlug(x, y)),
  };
}
