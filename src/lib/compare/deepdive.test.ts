import { describe, expect, it } from 'vitest';
import { route, score, testCatalog, type ModelInput } from '../testing/catalog';
import { benchmarkSection } from './benchmarks';
import { pairContext } from './context';
import { deepDive } from './deepdive';

function run(a: Omit<ModelInput, 'id'>, b: Omit<ModelInput, 'id'>) {
  const cat = testCatalog([{ id: 'a', ...a }, { id: 'b', ...b }]);
  const ctx = pairContext(cat, cat.modelsById.get('a')!, cat.modelsById.get('b')!);
  return deepDive(ctx, benchmarkSection(ctx));
}

describe('deep dive', () => {
  it('says what share of each estimate is output, never which model is cheaper', () => {
    const cost = run({ routes: [route('p', 1, 4)] }, { routes: [route('p', 2, 2)] }).find((p) => p.heading === 'Cost')!;
    // 800M × $1 + 250M × $4 = $1,800, of which $1,000 output (56%); 800M × $2 + 250M × $2 = $2,100, $500 output (24%).
    expect(cost.text).toBe("Output tokens make up 56% of A's and 24% of B's monthly estimate, so the output price matters more than the input price at this workload.");
    expect(cost.text).not.toMatch(/less|cheaper/);
  });
  it('explains rows that are not compared, once, grouped by reason', () => {
    const p = run({ benchmarks: [score('bench-pct', 80), score('bench-pct-2', 70)] }, { benchmarks: [score('bench-pct', 60, { self_reported: false }), score('bench-pct-2', 50, { self_reported: false })] });
    const b = p.find((x) => x.heading === 'Benchmarks not compared')!;
    expect(b.text).toBe('On bench-pct and bench-pct-2, both have scores but they are shown side by side, not compared: one model has only self-reported scores and the other only independent ones.');
  });
  it('writes nothing for a pair with no facts', () => {
    expect(run({}, {})).toEqual([]);
  });
});
