import { describe, expect, it } from 'vitest';
import { score, testCatalog, type ModelInput } from '../testing/catalog';
import { benchmarkSection } from './benchmarks';
import { pairContext } from './context';

function run(a: Omit<ModelInput, 'id'>, b: Omit<ModelInput, 'id'>) {
  const cat = testCatalog([{ id: 'a', ...a }, { id: 'b', ...b }]);
  return benchmarkSection(pairContext(cat, cat.modelsById.get('a')!, cat.modelsById.get('b')!));
}

describe('benchmark comparison', () => {
  it('compares independent scores when both have one, and keeps every score for display', () => {
    const s = run(
      { benchmarks: [score('bench-pct', 90), score('bench-pct', 70, { self_reported: false })] },
      { benchmarks: [score('bench-pct', 60), score('bench-pct', 75, { self_reported: false })] },
    );
    const row = s.shared[0]!;
    expect(row.basis).toBe('independent');
    expect(row.compared.a?.score).toBe(70);
    expect(row.leader).toBe('b');
    expect(row.scores.a).toHaveLength(2);
  });
  it('marks mixed bases', () => {
    const s = run({ benchmarks: [score('bench-pct', 90)] }, { benchmarks: [score('bench-pct', 60, { self_reported: false })] });
    expect(s.shared[0]!.basis).toBe('mixed');
  });
  it('uses the elo materiality (20) for elo benchmarks', () => {
    expect(run({ benchmarks: [score('bench-elo', 1200)] }, { benchmarks: [score('bench-elo', 1185)] }).shared[0]!.leader).toBe('tie');
    expect(run({ benchmarks: [score('bench-elo', 1200)] }, { benchmarks: [score('bench-elo', 1179)] }).shared[0]!.leader).toBe('a');
  });
  it('puts benchmarks only one model has in `only`, not in shared', () => {
    const s = run({ benchmarks: [score('bench-pct', 90)] }, { benchmarks: [score('bench-pct-2', 60)] });
    expect(s.shared).toEqual([]);
    expect(s.only.a.map((r) => r.id)).toEqual(['bench-pct']);
    expect(s.only.b.map((r) => r.id)).toEqual(['bench-pct-2']);
  });
  it('sorts shared rows by gap relative to materiality', () => {
    const s = run(
      { benchmarks: [score('bench-pct', 50), score('bench-pct-2', 90)] },
      { benchmarks: [score('bench-pct', 53), score('bench-pct-2', 60)] },
    );
    expect(s.shared.map((r) => r.id)).toEqual(['bench-pct-2', 'bench-pct']);
  });
});
