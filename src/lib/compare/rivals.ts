/**
 * How close two models are as rivals: the score that picks which pairs get pages under the
 * `related` strategy and which pairs a page offers under "Related comparisons".
 *
 * Components (all symmetric, so score(a, b) === score(b, a)):
 * - same family: +RIVAL_WEIGHTS.family; same lab: +RIVAL_WEIGHTS.lab
 * - price band: up to +RIVAL_WEIGHTS.price when the monthly estimates are equal, falling to 0 at a 100× gap
 * - context: up to +RIVAL_WEIGHTS.context when equal, 0 at a 16× gap
 * - shared capabilities (both documented yes): +RIVAL_WEIGHTS.capability each
 * - shared benchmarks: +RIVAL_WEIGHTS.benchmark each, at most RIVAL_MAX_SHARED_BENCHMARKS counted
 * - release recency: up to +RIVAL_WEIGHTS.recency when released the same month, 0 at 24 months apart
 */
import type { Catalog, Model } from '../data/load';
import { CAPABILITIES } from '../schema/constants';
import { getModelView } from '../views/model';

export const RIVAL_WEIGHTS = { family: 3, lab: 2, price: 2, context: 1, capability: 0.5, benchmark: 0.5, recency: 1 } as const;
/** Shared benchmarks beyond this many add nothing more to a rival score. */
export const RIVAL_MAX_SHARED_BENCHMARKS = 4;

export interface RivalFacts {
  id: string;
  lab: string;
  family: string | null;
  usd: number | null;
  context: number | null;
  caps: Set<string>;
  benchmarks: Set<string>;
  /** Months since year 0, for recency. */
  month: number;
}

export function rivalFacts(cat: Catalog, m: Model): RivalFacts {
  const [y, mo] = m.released.split('-').map(Number);
  return {
    id: m.id,
    lab: m.lab,
    family: m.family ?? null,
    usd: getModelView(cat, m.id).cost.usd,
    context: m.context_window ?? null,
    caps: new Set(CAPABILITIES.filter((c) => m.capabilities[c] === true)),
    benchmarks: new Set(m.benchmarks.map((b) => b.id)),
    month: (y ?? 0) * 12 + (mo ?? 1),
  };
}

const factsCache = new WeakMap<Catalog, Map<string, RivalFacts>>();

/** A model's rival facts, computed once per catalog (the pair plan and every related list share them). */
export function getRivalFacts(cat: Catalog, id: string): RivalFacts {
  let byId = factsCache.get(cat);
  if (!byId) factsCache.set(cat, (byId = new Map()));
  let f = byId.get(id);
  if (!f) byId.set(id, (f = rivalFacts(cat, cat.modelsById.get(id)!)));
  return f;
}

const closeness = (x: number, y: number, span: number) => Math.max(0, 1 - Math.abs(Math.log10(x / y)) / span);

export function rivalScore(a: RivalFacts, b: RivalFacts): number {
  let s = 0;
  if (a.family !== null && a.family === b.family) s += RIVAL_WEIGHTS.family;
  if (a.lab === b.lab) s += RIVAL_WEIGHTS.lab;
  if (a.usd !== null && b.usd !== null && a.usd > 0 && b.usd > 0) s += RIVAL_WEIGHTS.price * closeness(a.usd, b.usd, 2);
  if (a.context !== null && b.context !== null) s += RIVAL_WEIGHTS.context * closeness(a.context, b.context, Math.log10(16));
  for (const c of a.caps) if (b.caps.has(c)) s += RIVAL_WEIGHTS.capability;
  let shared = 0;
  for (const x of a.benchmarks) if (b.benchmarks.has(x)) shared++;
  s += RIVAL_WEIGHTS.benchmark * Math.min(shared, RIVAL_MAX_SHARED_BENCHMARKS);
  s += RIVAL_WEIGHTS.recency * Math.max(0, 1 - Math.abs(a.month - b.month) / 24);
  return Math.round(s * 1000) / 1000;
}
