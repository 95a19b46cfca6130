/**
 * Related comparisons: for each model of the pair, its closest rivals (rivals.ts) among the pairs
 * that have pages, with the reason they are close.
 */
import { rivalFacts, type RivalFacts } from './rivals';
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

export function related(ctx: PairContext, plan: PairPlan): PerSide<RelatedLink[]> {
  const { cat, m } = ctx;
  const facts = new Map<string, RivalFacts>();
  const f = (id: string) => {
    let v = facts.get(id);
    if (!v) facts.set(id, (v = rivalFacts(cat, cat.modelsById.get(id)!)));
    return v;
  };
  const forSide = (s: 'a' | 'b'): RelatedLink[] => {
    const me = m[s].id;
    const skip = s === 'a' ? m.b.id : m.a.id;
    return (plan.byModel.get(me) ?? [])
      .filter((p) => !(p.a === me && p.b === skip) && !(p.b === me && p.a === skip))
      .slice(0, RELATED_PER_MODEL)
      .map((p) => {
        const rival = p.a === me ? p.b : p.a;
        const rm = cat.modelsById.get(rival)!;
        return { path: p.path, label: `${m[s].name} vs ${rm.name}`, rival, reason: rivalReason(f(me), f(rival)) };
      });
  };
  return { a: forSide('a'), b: forSide('b') };
}
