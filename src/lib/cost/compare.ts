/**
 * The one definition of "cheaper" between two monthly estimates, and how a saving and the workload
 * are worded. Pure: numbers in, numbers and words out.
 */
import { formatPercent, formatRatio, formatVolume } from '../format';
import type { Workload } from '../schema/site';

/** Two estimates closer than this share of the dearer one read as "about the same". */
export const COST_TIE_THRESHOLD = 0.05;
/** From this ratio on, a gap is worded as "N× cheaper" instead of "N% less". */
export const COST_RATIO_WORDING = 2;

export interface CostComparison {
  /** 'a' or 'b' for the cheaper side, 'tie' under the threshold, null when either is unknown. */
  cheaper: 'a' | 'b' | 'tie' | null;
  /** Absolute gap in USD a month. */
  gapUsd: number | null;
  /** How much less the cheaper one costs, as a share of the dearer one (0–1). */
  fractionLess: number | null;
  /** Dearer ÷ cheaper. */
  ratio: number | null;
}

export function compareCost(a: number | null, b: number | null): CostComparison {
  if (a === null || b === null) return { cheaper: null, gapUsd: null, fractionLess: null, ratio: null };
  const hi = Math.max(a, b);
  const lo = Math.min(a, b);
  const gapUsd = hi - lo;
  const fractionLess = hi === 0 ? 0 : gapUsd / hi;
  const ratio = lo === 0 ? Infinity : hi / lo;
  const cheaper = fractionLess < COST_TIE_THRESHOLD ? 'tie' : a < b ? 'a' : 'b';
  return { cheaper, gapUsd, fractionLess, ratio };
}

/** "costs 28% less" or "is 13.8× cheaper" — never a percentage of 100 or more. */
export function savingPhrase(c: CostComparison): string {
  if (c.fractionLess === null || c.ratio === null) return '';
  if (c.ratio >= COST_RATIO_WORDING) return `is ${formatRatio(c.ratio)} cheaper`;
  return `costs ${formatPercent(c.fractionLess)} less`;
}

/** "800M input + 250M output tokens". */
export function workloadTokens(w: Workload): string {
  return `${formatVolume(w.input_tokens_per_month)} input + ${formatVolume(w.output_tokens_per_month)} output tokens`;
}

/** "800M input + 250M output tokens a month": how every page states the workload. */
export function workloadText(w: Workload): string {
  return `${workloadTokens(w)} a month`;
}
