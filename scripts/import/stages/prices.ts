/**
 * Prices stage (hook): runs after routes and before facts, on the included models' routes.
 * The price helper fills this in (currency, suspect routes, price disagreements between sources);
 * `Route.price_disagreements` and `Route.price_review` are written by emit when set here.
 */
import type { SourceData } from '../sources.ts';
import type { Drops, IncludedModel } from './context.ts';

export function annotatePrices(models: IncludedModel[], _src: SourceData, _drops: Drops): IncludedModel[] {
  return models;
}
