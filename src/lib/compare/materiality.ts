/**
 * When a difference counts as an advantage. Below these, two models are "about the same" on that
 * fact and no section calls it a lead; /methodology/#materiality prints these numbers. Benchmarks
 * carry their own threshold (`materiality` in data/benchmarks/, DEFAULT_MATERIALITY by unit), and
 * price uses COST_TIE_THRESHOLD from the cost model.
 */

/** A context window counts as larger from this ratio on (1.5: 192K against 128K). */
export const CONTEXT_ADVANTAGE_RATIO = 1.5;
/** More providers count only at this ratio or more … */
export const PROVIDER_ADVANTAGE_RATIO = 2;
/** … and this many more providers at least (6 against 5 is no real difference in choice). */
export const PROVIDER_ADVANTAGE_MIN_GAP = 3;
/** A knowledge cutoff counts as newer from this many months on. */
export const CUTOFF_ADVANTAGE_MONTHS = 6;

export function providerAdvantage(mine: number, theirs: number): boolean {
  return mine - theirs >= PROVIDER_ADVANTAGE_MIN_GAP && mine >= theirs * PROVIDER_ADVANTAGE_RATIO;
}

export function contextAdvantage(mine: number | null, theirs: number | null): boolean {
  return mine !== null && theirs !== null && mine >= theirs * CONTEXT_ADVANTAGE_RATIO;
}

/** Months from one partial date ("2024-06" or "2024-06-30") to another. */
export function monthsBetween(from: string, to: string): number {
  const [fy, fm] = from.split('-').map(Number);
  const [ty, tm] = to.split('-').map(Number);
  return ((ty ?? 0) - (fy ?? 0)) * 12 + ((tm ?? 1) - (fm ?? 1));
}

export function cutoffAdvantage(mine: string | null, theirs: string | null): boolean {
  return mine !== null && theirs !== null && monthsBetween(theirs, mine) >= CUTOFF_ADVANTAGE_MONTHS;
}
