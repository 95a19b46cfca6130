/**
 * Pricing-table rows: each route with its assessment, in the order a buyer reads them, and the
 * badge that says why a route does not set the estimate. Pure; the Astro tables only render this.
 */
import { formatDate, urlHost } from '../format';
import type { CostEstimate, RouteAssessment, RouteStatus } from './estimate';
import { assessmentOf, referenceText } from './estimate';

export interface RouteBadge {
  label: string;
  tone: 'good' | 'warn' | 'bad' | 'plain';
}

export type Assessed<T> = T & { assessment: RouteAssessment | null; badges: RouteBadge[] };

/** Routes that count first (cheapest first), then priced routes left out, then free, deprecated, unpriced. */
export const RANK: Record<RouteStatus, number> = { counted: 0, suspect: 1, 'other-currency': 1, free: 2, deprecated: 3, unpriced: 4 };

export function routeBadges(a: RouteAssessment | null): RouteBadge[] {
  if (!a) return [];
  const out: RouteBadge[] = [];
  if (a.status === 'suspect') out.push({ label: 'Left out: suspect price', tone: 'warn' });
  if (a.currency) out.push({ label: a.status === 'other-currency' ? `Billed in ${a.currency.code}: left out` : `Billed in ${a.currency.code}`, tone: 'plain' });
  if (a.cleared) out.push({ label: 'Low price checked', tone: 'good' });
  if (a.disagreements.length > 0) out.push({ label: 'Sources disagree', tone: 'plain' });
  return out;
}

/** Decorates view rows (anything with provider and modelId) with their assessment and sorts them. */
export function pricingRows<T extends { provider: string; modelId: string }>(rows: readonly T[], est: Pick<CostEstimate, 'routes'>): Assessed<T>[] {
  const decorated = rows.map((row) => {
    const assessment = assessmentOf(est, row.provider, row.modelId) ?? null;
    return { ...row, assessment, badges: routeBadges(assessment) };
  });
  const rank = (x: Assessed<T>) => (x.assessment ? RANK[x.assessment.status] : 5);
  return decorated.sort(
    (x, y) =>
      rank(x) - rank(y) ||
      (x.assessment?.usd ?? 0) - (y.assessment?.usd ?? 0) ||
      x.provider.localeCompare(y.provider) ||
      x.modelId.localeCompare(y.modelId),
  );
}

/** Per disagreement: the other source (link text and URL) and what it lists, "$0.14 in / $0.28 out (1 Jul 2026)". */
export function disagreementTexts(a: RouteAssessment | null): { host: string; source: string; text: string }[] {
  return (a?.disagreements ?? []).map((d) => ({
    host: urlHost(d.source),
    source: d.source,
    text: `lists ${d.inputText ?? '—'} in / ${d.outputText ?? '—'} out (${formatDate(d.asOf)})`,
  }));
}

/** The note under a pricing table: what was left out, and what it was judged against. */
export function pricingNote(est: Pick<CostEstimate, 'excludedText' | 'labReference' | 'routes'>): string | null {
  const parts: string[] = [];
  if (est.excludedText) parts.push(`${est.excludedText}.`);
  if (est.labReference && est.routes.some((a) => a.status === 'suspect' || a.cleared))
    parts.push(`Low prices are judged against ${referenceText(est.labReference)}.`);
  return parts.length ? parts.join(' ') : null;
}

/**
 * Rows of one model a pair page shows in its pricing table: a buyer choosing between two models needs
 * the route that sets the estimate, the lab's own API and the next cheapest few; the model page keeps
 * every route (and the JSON twin every field). Counted routes come first in `pricingRows`' order, so
 * filling up to the limit in that order adds the next cheapest ones.
 */
export const PAIR_PRICING_ROWS = 5;

/**
 * The rows to show, in their original order, and how many were left out. Always kept, even past the
 * limit: the route(s) that set the estimate, first-party routes (the lab's own price, the reference
 * low prices are judged against), and any route left out as suspect whose monthly price is below the
 * estimate's: a reader who finds that cheaper price elsewhere must see here why it does not count.
 */
export function keyPricingRows<T extends { cheapest: boolean; providerKind: string; assessment: RouteAssessment | null }>(
  rows: readonly T[],
  limit: number = PAIR_PRICING_ROWS,
): { shown: T[]; hidden: number } {
  const estimate = rows.find((r) => r.cheapest)?.assessment?.usd ?? null;
  const must = (r: T) =>
    r.cheapest ||
    r.providerKind === 'first-party' ||
    (r.assessment?.status === 'suspect' && r.assessment.usd !== null && (estimate === null || r.assessment.usd < estimate));
  const keep = new Set(rows.filter(must));
  for (const r of rows) {
    if (keep.size >= limit) break;
    keep.add(r);
  }
  const shown = rows.filter((r) => keep.has(r));
  return { shown, hidden: rows.length - shown.length };
}
