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
