/**
 * Benchmarks side by side. Scores are compared like with like where possible: when both models
 * have an independently run score, those are compared; otherwise the newest score of each is,
 * and the row says the basis is mixed or self-reported. A lead counts only when the gap reaches
 * the benchmark's `materiality`; smaller gaps are a tie (within noise).
 */
import { scoreViews, type ScoreView } from '../data/resolve';
import { formatPoints } from '../format';
import { compareDates } from '../schema/shared';
import type { PairContext } from './context';
import type { BenchmarkRow, BenchmarkSection, Side } from './types';

function pick(scores: ScoreView[], preferIndependent: boolean): ScoreView | null {
  const pool = preferIndependent ? scores.filter((s) => s.selfReported === false) : scores;
  const sorted = [...pool].sort((x, y) => compareDates(y.asOf, x.asOf) || y.score - x.score);
  return sorted[0] ?? null;
}

export function benchmarkSection(ctx: PairContext): BenchmarkSection {
  const { cat } = ctx;
  const views = { a: scoreViews(cat, ctx.m.a), b: scoreViews(cat, ctx.m.b) };
  const ids = [...new Set([...views.a, ...views.b].map((s) => s.benchmark))];
  const rows: BenchmarkRow[] = ids.map((id) => {
    const b = cat.benchmarks.get(id)!;
    const scores = { a: views.a.filter((s) => s.benchmark === id), b: views.b.filter((s) => s.benchmark === id) };
    const bothIndependent = scores.a.some((s) => s.selfReported === false) && scores.b.some((s) => s.selfReported === false);
    const compared = { a: pick(scores.a, bothIndependent), b: pick(scores.b, bothIndependent) };
    let leader: BenchmarkRow['leader'] = null;
    let gap: number | null = null;
    let basis: BenchmarkRow['basis'] = null;
    if (compared.a && compared.b) {
      const diff = (compared.a.score - compared.b.score) * (b.higher_is_better ? 1 : -1);
      gap = Math.abs(compared.a.score - compared.b.score);
      leader = gap < b.materiality ? 'tie' : diff > 0 ? 'a' : 'b';
      const kinds = new Set([compared.a.selfReported, compared.b.selfReported]);
      basis = kinds.size === 1 && kinds.has(false) ? 'independent' : kinds.size === 1 && kinds.has(true) ? 'self-reported' : 'mixed';
    }
    return {
      id,
      name: b.name,
      url: b.url,
      unit: b.unit,
      category: b.category,
      materiality: b.materiality,
      higherIsBetter: b.higher_is_better,
      scores,
      compared,
      leader,
      gap,
      gapText: gap !== null ? formatPoints(gap, b.unit) : null,
      basis,
    };
  });
  // Largest gap relative to its materiality first: the most telling difference leads the table.
  const weight = (r: BenchmarkRow) => (r.gap ?? 0) / r.materiality;
  const shared = rows.filter((r) => r.leader !== null).sort((x, y) => weight(y) - weight(x) || x.name.localeCompare(y.name));
  const only = (s: Side) =>
    rows.filter((r) => r.leader === null && r.scores[s].length > 0).sort((x, y) => x.name.localeCompare(y.name));
  return {
    shared,
    only: { a: only('a'), b: only('b') },
    leads: { a: shared.filter((r) => r.leader === 'a'), b: shared.filter((r) => r.leader === 'b') },
  };
}

/** "GPQA Diamond (84.2% vs 56.1%, 28.1 points)" from the leader's point of view. */
export function leadText(r: BenchmarkRow, leader: Side): string {
  const l = r.compared[leader]!;
  const o = r.compared[leader === 'a' ? 'b' : 'a']!;
  const note = r.basis === 'self-reported' ? '; both self-reported' : r.basis === 'mixed' ? '; not both independently run' : '';
  return `${r.name} (${l.scoreText} vs ${o.scoreText}, ${r.gapText}${note})`;
}
