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
  it('never compares across bases: a self-reported score against an independent one is side by side, not a lead', () => {
    const s = run({ benchmarks: [score('bench-pct', 90, { self_reported: true })] }, { benchmarks: [score('bench-pct', 60, { self_reported: false })] });
    expect(s.shared).toEqual([]);
    expect(s.unlike[0]!.basis).toBe('mixed');
    expect(s.unlike[0]!.leader).toBeNull();
    expect(s.unlike[0]!.unlike).toMatch(/self-reported/);
    expect(s.leads).toEqual({ a: [], b: [] });
  });
  it('compares self-reported with self-reported when neither has an independent run', () => {
    const s = run({ benchmarks: [score('bench-pct', 90, { self_reported: true })] }, { benchmarks: [score('bench-pct', 60, { self_reported: true })] });
    expect(s.shared[0]!.basis).toBe('self-reported');
    expect(s.shared[0]!.leader).toBe('a');
  });
  it('never compares different versions of a benchmark', () => {
    const s = run(
      { benchmarks: [score('bench-pct', 50, { self_reported: false, variant: 'Terminal-Bench v2 Leaderboard, agent: Terminus 2' })] },
      { benchmarks: [score('bench-pct', 30, { self_reported: false, variant: 'agent: Terminus 2' })] },
    );
    expect(s.shared).toEqual([]);
    expect(s.unlike[0]!.unlike).toMatch(/different versions/);
  });
  it("takes each model's best run and names both settings when they differ", () => {
    const s = run(
      { benchmarks: [score('bench-pct', 60, { self_reported: false, variant: 'Epoch AI run' }), score('bench-pct', 71, { self_reported: false, variant: 'Epoch AI run, 32K effort' })] },
      { benchmarks: [score('bench-pct', 65, { self_reported: false, variant: 'Epoch AI run, high effort' })] },
    );
    const row = s.shared[0]!;
    expect(row.compared.a!.score).toBe(71);
    expect(row.settings).toEqual({ a: '32K effort', b: 'high effort' });
    expect(row.leader).toBe('a');
  });
  it('prefers a run without tools, and does not call a lead across different conditions', () => {
    const s = run(
      { benchmarks: [score('bench-pct', 80.7, { variant: 'no tools' }), score('bench-pct', 96.3, { variant: 'python' })] },
      { benchmarks: [score('bench-pct', 87)] },
    );
    expect(s.shared[0]!.compared.a!.score).toBe(80.7);
    expect(s.leads.b.map((r) => r.id)).toEqual(['bench-pct']);
    const tools = run({ benchmarks: [score('bench-pct', 96.3, { variant: 'python' })] }, { benchmarks: [score('bench-pct', 87)] });
    expect(tools.shared).toEqual([]);
    expect(tools.unlike[0]!.unlike).toMatch(/conditions/);
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
