/** The inputs every section module shares, computed once per pair from the two model views. */
import type { Catalog, Model } from '../data/load';
import { getModelView, type ModelView } from '../views/model';
import { compareCost, type CostComparison, type CostEstimate } from '../cost';
import type { PerSide, Side } from './types';

export interface PairContext {
  cat: Catalog;
  /** The records, for the few raw fields no view carries. */
  m: PerSide<Model>;
  /** The model views: every model fact a section states comes from here. */
  v: PerSide<ModelView>;
  name: PerSide<string>;
  est: PerSide<CostEstimate>;
  cmp: CostComparison;
}

export function pairContext(cat: Catalog, a: Model, b: Model): PairContext {
  const v = { a: getModelView(cat, a.id), b: getModelView(cat, b.id) };
  const est = { a: v.a.cost, b: v.b.cost };
  return { cat, m: { a, b }, v, name: { a: a.name, b: b.name }, est, cmp: compareCost(est.a.usd, est.b.usd) };
}

export const other = (s: Side): Side => (s === 'a' ? 'b' : 'a');
export const SIDES: readonly Side[] = ['a', 'b'];
