import { describe, expect, it } from 'vitest';
import { route, score, testCatalog, type ModelInput } from '../testing/catalog';
import { benchmarkSection } from './benchmarks';
import { pairContext } from './context';
import { scorecard } from './scorecard';

function run(a: Omit<ModelInput, 'id'>, b: Omit<ModelInput, 'id'>) {
  const cat = testCatalog([{ id: 'a', ...a }, { id: 'b', ...b }]);
  const ctx = pairContext(cat, cat.modelsById.get('a')!, cat.modelsById.get('b')!);
  return scorecard(ctx, benchmarkSection(ctx));
}
const row = (rows: ReturnType<typeof run>, key: string) => rows.find((r) => r.key === key);

describe('scorecard', () => {
  it('marks the cheaper side only past the cost tie threshold', () => {
    expect(row(run({ routes: [route('p', 1, 1)] }, { routes: [route('p', 2, 2)] }), 'cost')!.a.better).toBe(true);
    const tie = row(run({ routes: [route('p', 1, 1)] }, { routes: [route('p', 1.03, 1.03)] }), 'cost')!;
    expect([tie.a.better, tie.b.better]).toEqual([false, false]);
  });
  it('does not mark 6 providers against 5 as better', () => {
    const many = (n: number) => Array.from({ length: n }, (_, i) => route(`p${i}`, 1, 1));
    const r = row(run({ routes: many(6) }, { routes: many(5) }), 'routes')!;
    expect([r.a.text, r.b.text, r.a.better]).toEqual(['6 providers', '5 providers', false]);
  });
  it('marks a larger context only from 1.5× on', () => {
    expect(row(run({ context_window: 192_000 }, { context_window: 128_000 }), 'context')!.a.better).toBe(true);
    expect(row(run({ context_window: 160_000 }, { context_window: 128_000 }), 'context')!.a.better).toBe(false);
  });
  it('tells "none shared" (scores, none like for like) from "not sourced" (no scores)', () => {
    const r = row(run({ benchmarks: [score('bench-pct', 80)] }, { benchmarks: [score('bench-pct-2', 60)] }), 'benchmarks')!;
    expect([r.a.text, r.b.text]).toEqual(['none shared', 'none shared']);
    const none = row(run({ benchmarks: [score('bench-pct', 80)] }, {}), 'benchmarks')!;
    expect([none.a.text, none.b.text]).toEqual(['none shared', null]);
    const led = row(run({ benchmarks: [score('bench-pct', 80)] }, { benchmarks: [score('bench-pct', 60)] }), 'benchmarks')!;
    expect([led.a.text, led.b.text, led.a.better]).toEqual(['1 of 1', '0 of 1', true]);
  });
  it('shows labels written for people, and leaves the row out when no tag has one', () => {
    expect(row(run({ tags: ['coding', 'tool-use'] }, { tags: ['vision'] }), 'best-for')).toEqual({
      key: 'best-for',
      label: 'Known for',
      a: { text: 'coding', better: false },
      b: { text: null, better: false },
    });
    expect(row(run({ tags: ['open-weights', 'long-context'] }, {}), 'best-for')).toBeUndefined();
  });
});
