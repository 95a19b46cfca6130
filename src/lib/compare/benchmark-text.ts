/**
 * The words of a benchmark row's Lead cell, shared by the static pair page (BenchmarksTable.astro)
 * and the browser's any-pair compare, so both say the same thing about the same row.
 */
import type { BenchmarkRow, PerSide, Side } from './types';
import type { ScoreView } from '../views/model';

/** "+6.8 points" reads as more; on a lower-is-better benchmark (hallucination rate) the leader is lower. */
export const gapWords = (r: BenchmarkRow): string => (r.higherIsBetter ? `+${r.gapText}` : `${r.gapText} lower`);

/** Who leads and by how much, "within N points", "Not compared", or null (only one model has scores). */
export function leaderText(r: BenchmarkRow, names: PerSide<string>): string | null {
  if (r.leader === 'a' || r.leader === 'b') return `${names[r.leader]} ${gapWords(r)}`;
  if (r.leader === 'tie') return `within ${r.materiality} points`;
  return r.unlike ? 'Not compared' : null;
}

/** Where a score comes from, in a badge's words. */
export const scoreOrigin = (s: Pick<ScoreView, 'selfReported'>): string => (s.selfReported === true ? 'self-reported' : s.selfReported === false ? 'independent' : 'origin not stated');

/**
 * The runs a pair page's cell shows: the one the row compares (the evidence for its lead) when there is
 * one, else every run; the others are counted, and listed with their sources on the model's page.
 * A heavily benchmarked model has several runs per benchmark (one per reasoning budget), each with its
 * own log URL, and those were most of a heavy pair page's weight.
 */
export function shownRuns(r: BenchmarkRow, side: Side): { runs: ScoreView[]; more: number } {
  const all = r.scores[side];
  const c = r.compared[side];
  const runs = c && all.includes(c) ? [c] : all;
  return { runs, more: all.length - runs.length };
}
