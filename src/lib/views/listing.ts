/**
 * What listings (provider, lab and index pages) share: the base-free paths of provider and lab pages,
 * and the words for a model's estimate in a table cell. Kept in the views layer so model pages can
 * link to provider and lab pages without reaching into the page builders.
 */
import type { ModelSummary } from './model';

export function providerPath(id: string): string {
  return `/providers/${id}/`;
}

export function labPath(id: string): string {
  return `/labs/${id}/`;
}

/** A model's estimate in a table cell: "$87.00", "Free tier only", or null (rendered "—", not sourced). */
export function estimateCell(s: Pick<ModelSummary, 'costText' | 'cost'>): string | null {
  return s.costText ?? (s.cost.freeTiers.length > 0 ? 'Free tier only' : null);
}
