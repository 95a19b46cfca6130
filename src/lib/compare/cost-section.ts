/**
 * The pair page's cost section: the home of the cost fact. It is the one place besides the
 * verdict's headline that states by how much one model is cheaper; other sections refer to it.
 */
import { formatMoney, formatPercent } from '../format';
import type { PairContext } from './context';
import { COST_TIE_THRESHOLD, savingPhrase, workloadText, type CostEstimate } from './cost';
import type { CostSection } from './types';

/** The one saving phrase ("costs 28% less", "is 13.8× cheaper"), defined with the cost comparison. */
export { savingPhrase };

export function costSection(ctx: PairContext): CostSection {
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
        ? `No estimate can be made for either model: for ${name.a}, ${est.a.reason}; for ${name.b}, ${est.b.reason}.`
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
