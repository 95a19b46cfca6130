/**
 * The pair page's cost section: the home of the cost fact. It is the one place besides the
 * verdict's headline that states by how much one model is cheaper; other sections refer to it.
 */
import { formatMoney, formatPercent } from '../format';
import type { PairContext } from './context';
import type { Workload } from '../schema/site';
import { compareCost, COST_TIE_THRESHOLD, savingPhrase, workloadText, type CostEstimate } from './cost';
import type { CostSection, PerSide } from './types';

/** The one saving phrase ("costs 28% less", "is 13.8× cheaper"), defined with the cost comparison. */
export { savingPhrase };

export function costSection(ctx: PairContext): CostSection {
  return costSectionAt(ctx.est, ctx.name, ctx.cat.site.workload);
}

/**
 * The cost section for two estimates at a workload: the build calls it through costSection, and the
 * pair page's <cost-calculator> calls it in the browser with estimates at the visitor's workload, so
 * the words cannot differ between the static page and the recomputed one.
 */
export function costSectionAt(est: PerSide<CostEstimate>, name: PerSide<string>, w: Workload): CostSection {
  const cmp = compareCost(est.a.usd, est.b.usd);
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
