/** Keeps noindex pages (thin pairs) out of the sitemap. */
import { getCatalog } from '../lib/data/load';
import { getPairPlan } from '../lib/compare/pairs';

let noindex: Set<string> | undefined;
export function sitemapFilter(page: string): boolean {
  if (!noindex) {
    const plan = getPairPlan(getCatalog());
    noindex = new Set(plan.pairs.filter((p) => p.noindex).map((p) => p.path));
  }
  const path = new URL(page).pathname;
  return !noindex.has(path);
}
