/** The inputs every section module shares, computed once per pair. */
import type { Catalog, Model } from '../data/load';
import { estimateCost, compareCost, type CostComparison, type CostEstimate } from './cost';
import type { PerSide, Side } from './types';

export interface PairContext {
  cat: Catalog;
  m: PerSide<Model>;
  name: PerSide<string>;
  est: PerSide<CostEstimate>;
  cmp: CostComparison;
}

export function pairContext(cat: Catalog, a: Model, b: Model): PairContext {
  const est = { a: estimateCost(a, cat, cat.site.workload), b: estimateCost(b, cat, cat.site.workload) };
  return { cat, m: { a, b }, name: { a: a.name, b: b.name }, est, cmp: compareCost(est.a.usd, est.b.usd) };
}

export const other = (s: Side): Side => (s === 'a' ? 'b' : 'a');
export const SIDES: readonly Side[] = ['a', 'b'];
