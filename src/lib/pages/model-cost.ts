/**
 * The model page's cost words — the headline "Cheapest a month" fact and the pricing section's
 * summary — as a function of the estimate and the workload. The build calls it through modelPage;
 * the page's <cost-calculator> calls it in the browser at the visitor's workload, so both read alike.
 * Kept apart from model-page.ts so the browser bundle does not pull in the page's other helpers.
 */
import { workloadTokens, type CostEstimate } from '../cost';
import { formatMoney, plural, sentenceCase } from '../format';
import type { Workload } from '../schema/site';

export interface ModelCostTexts {
  /** "$87.00", "Free tier only", or null (not sourced). */
  value: string | null;
  /** "via DeepInfra", or why there is no estimate. */
  detail: string | null;
  /** The pricing section's first sentence(s). */
  summary: string;
}

export function modelCostTexts(cost: CostEstimate, routeCount: number, w: Workload): ModelCostTexts {
  const costText = cost.usd !== null ? formatMoney(cost.usd) : null;
  return {
    value: costText ?? (cost.freeTiers.length > 0 ? 'Free tier only' : null),
    detail: cost.route ? `via ${cost.route.providerName}` : cost.reason ? sentenceCase(cost.reason) : null,
    summary: cost.route
      ? `Cheapest: ${cost.route.providerName} at ${costText} a month for ${workloadTokens(w)}. ${plural(routeCount, 'route')} sourced.`
      : `No monthly estimate: ${cost.reason ?? 'no paid route lists both prices'}.`,
  };
}
