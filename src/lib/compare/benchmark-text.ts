/**
 * The words of a benchmark row's Lead cell, shared by the static pair page (BenchmarksTable.astro)
 * and the browser's any-pair compare, so both say the same thing about the same row.
 */
import type { BenchmarkRow, PerSide } from './types';
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
