/**
 * Related comparisons: for each model of the pair, its closest rivals (rivals.ts) among the pairs
 * that have pages, with the reason they are close.
 */
import { getRivalFacts, type RivalFacts } from './rivals';
import type { PairContext } from './context';
import type { PairPlan } from './pairs';
import type { PerSide, RelatedLink } from './types';

/** How many related comparisons each model of a pair links to. */
export const RELATED_PER_MODEL = 6;
/** Two estimates within this factor count as "a similar price". */
const SIMILAR_PRICE_FACTOR = 2;

export function rivalReason(x: RivalFacts, y: RivalFacts): string {
  const reasons: string[] = [];
  if (x.family !== null && x.family === y.family) reasons.push('same family');
  else if (x.lab === y.lab) reasons.push('same lab');
  if (x.usd !== null && y.usd !== null && Math.max(x.usd, y.usd) / Math.min(x.usd, y.usd) <= SIMILAR_PRICE_FACTOR) reasons.push('similar price');
  let shared = 0;
  for (const c of x.caps) if (y.caps.has(c)) shared++;
  if (shared >= 2) reasons.push(`${shared} shared capabilities`);
  if (x.context !== null && y.context !== null && Math.max(x.context, y.context) / Math.min(x.context, y.context) <= 1.5) reasons.push('similar context');
  return reasons.length ? reasons.join(', ') : 'next closest by overall rival score';
}

const linksCache = new WeakMap<PairPlan, Map<string, RelatedLink[]>>();

/**
 * A model's closest rivals with pages, with reasons: one more than shown, so the pair's own partner
 * can be dropped. Everything a pair page's related lists show of model `me` comes from here, which is
 * why the pair pages' incremental cache key hashes it (src/lib/pages/pair-cache-key.ts).
 */
export function candidateLinks(cat: PairContext['cat'], plan: PairPlan, me: string): RelatedLink[] {
  let byModel = linksCache.get(plan);
  if (!byModel) linksCache.set(plan, (byModel = new Map()));
  let links = byModel.get(me);
  if (!links) {
    const name = cat.modelsById.get(me)!.name;
    links = (plan.byModel.get(me) ?? []).slice(0, RELATED_PER_MODEL + 1).map((p) => {
      const rival = p.a === me ? p.b : p.a;
      return { path: p.path, label: `${name} vs ${cat.modelsById.get(rival)!.name}`, rival, reason: rivalReason(getRivalFacts(cat, me), getRivalFacts(cat, rival)) };
    });
    byModel.set(me, links);
  }
  return links;
}

export function related(ctx: PairContext, plan: PairPlan): PerSide<RelatedLink[]> {
  const { cat, m } = ctx;
  const forSide = (s: 'a' | 'b'): RelatedLink[] => {
    const skip = s === 'a' ? m.b.id : m.a.id;
    return candidateLinks(cat, plan, m[s].id)
      .filter((l) => l.rival !== skip)
      .slice(0, RELATED_PER_MODEL);
  };
  return { a: forSide('a'), b: forSide('b') };
}
