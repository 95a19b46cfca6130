import { describe, expect, it } from 'vitest';
import { shownRuns } from './benchmark-text';
import type { BenchmarkRow } from './types';
import type { ScoreView } from '../views/model';

const run = (score: number) => ({ score, scoreText: `${score}%` }) as unknown as ScoreView;
const [r1, r2, r3] = [run(70), run(78), run(40)];
const row = (a: ScoreView[], b: ScoreView[], compared: BenchmarkRow['compared']) => ({ scores: { a, b }, compared }) as unknown as BenchmarkRow;

describe('the runs a pair page shows per cell', () => {
  it('shows the compared run and counts the others', () => {
    const r = row([r1!, r2!], [r3!], { a: r2!, b: r3! });
    expect(shownRuns(r, 'a')).toEqual({ runs: [r2], more: 1 });
    expect(shownRuns(r, 'b')).toEqual({ runs: [r3], more: 0 });
  });
  it('shows every run when none is compared, and nothing when there is none', () => {
    const r = row([r1!, r2!], [], { a: null, b: null });
    expect(shownRuns(r, 'a')).toEqual({ runs: [r1, r2], more: 0 });
    expect(shownRuns(r, 'b')).toEqual({ runs: [], more: 0 });
  });
});
