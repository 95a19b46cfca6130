/**
 * The cost section of a pair page. The cost model itself (which routes count, the monthly
 * estimate, "cheaper") lives in `src/lib/cost/` and is re-exported here so callers of
 * `estimateCost(model, cat, workload)` keep working. This module takes the pair's estimates as
 * plain values rather than the pair context, so it does not import `./context` (which imports it).
 */
import { formatMoney, formatPercent } from '../format';
import type { Workload } from '../schema/site';
import { COST_TIE_THRESHOLD, savingPhrase, workloadText, type CostComparison, type CostEstimate } from '../cost';
import type { CostSection, PerSide } from './types';

export * from '../cost';

/** What the cost section reads from a pair: both estimates, their comparison and the names. */
export interface CostSectionInput {
  cat: { site: { workload: Workload } };
  est: PerSide<CostEstimate>;
  cmp: CostComparison;
  name: PerSide<string>;
}

/** The cost section of a pair page. */
export function costSection(ctx: CostSectionInput): CostSection {
  const { est, cmp, name } = ctx;
  const w = ctx.cat.site.workload;
  const text = (e: CostEstimate) => (e.usd !== null ? formatMoney(e.usd) : null);
  let summary: string;
  if (cmp.cheaper === 'a' || cmp.cheaper === 'b') {
    const cheap = cmp.cheaper;
    const dear = cheap === 'a' ? 'b' : 'a';
    summary = `${name[cheap]} ${savingPhrase(cmp)} than ${name[dear]} at this workload: ${formatMoney(est[cheap].usd!)} against ${formatMoney(est[dear].usd!)} a month.`;
  } else if (cmp.cheaper === 'tie') {
    summary = `${name.a} and ${name.b} cost about the same at this workload (${formatMoney(est.a.usd!)} and ${formatMoney(est.b.usd!)} a month, within ${formatPercent(COST_TIE_THRESHOLD)}).`;
  } else {
    const missing = (['a', 'b'] as const).filter((s) => est[s].usd === null);
    summary =
      missing.length === 2
        ? `No estimate can be made for either model: ${name.a} has ${est.a.reason}, and ${name.b} has ${est.b.reason}.`
        : `The costs cannot be compared: for ${name[missing[0]!]}, ${est[missing[0]!].reason}.`;
  }
  return {
    workload: w,
    workloadText: workloadText(w),
    estimates: { a: { ...est.a, text: text(est.a) }, b: { ...est.b, text: text(est.b) } },
    comparison: cmp,
    summary,
    gapText: cmp.gapUsd !== null ? `${formatMoney(cmp.gapUsd)} a month` : null,
  };
}
