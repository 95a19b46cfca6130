import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../data/load';
import { route, score, testCatalog, type ModelInput } from '../testing/catalog';
import { expectedFiles } from './budget';
import { pairPath, planPairs } from './pairs';
import { rivalFacts, rivalScore } from './rivals';

const many = (n: number, extra: (i: number) => Partial<ModelInput> = () => ({})): ModelInput[] =>
  Array.from({ length: n }, (_, i) => ({ id: `m${String(i).padStart(2, '0')}`, routes: [route('p', 1 + i, 1 + i)], ...extra(i) }));

describe('pair plan', () => {
  it('the seed fixture gets all 21 pairs, smaller id first, none reversed', () => {
    const plan = planPairs(loadCatalog('tests/fixtures/seed'));
    expect(plan.pairs).toHaveLength(21);
    for (const p of plan.pairs) {
      expect(p.a < p.b).toBe(true);
      expect(p.path).toBe(`/compare/${p.a}-vs-${p.b}/`);
    }
    expect(pairPath('qwen3.5-flash', 'phi-4')).toBe('/compare/phi-4-vs-qwen3.5-flash/');
  });

  it('`all` respects the file budget and keeps `always` pairs', () => {
    const models = many(20);
    const budget = expectedFiles(testCatalog(models), 10, 10).total;
    const plan = planPairs(testCatalog(models, { pairs: { strategy: 'all', max_pages: budget, always: [['m00', 'm19']] } }));
    expect(plan.pairs).toHaveLength(10);
    expect(plan.get('m19', 'm00')).toBeDefined();
  });

  it('pairs chat only with chat and guard only with guard, even when asked to', () => {
    const models = [...many(3), { id: 'guard-a', kind: 'guard', routes: [route('p', 1, 1)] }, { id: 'guard-b', kind: 'guard', routes: [route('p', 2, 2)] }];
    const plan = planPairs(testCatalog(models, { pairs: { strategy: 'all', max_pages: 100_000, always: [['m00', 'guard-a']] } }));
    expect(plan.pairs.map((p) => p.slug).sort()).toEqual(['guard-a-vs-guard-b', 'm00-vs-m01', 'm00-vs-m02', 'm01-vs-m02']);
  });

  it('`related` gives every model its rivals first and is symmetric', () => {
    const models = many(12, (i) => ({ lab: i % 2 ? 'lab-x' : 'lab-y' }));
    const plan = planPairs(testCatalog(models, { pairs: { strategy: 'related', per_model: 3, max_pages: 100_000 } }));
    for (const m of models) expect(plan.byModel.get(m.id)!.length).toBeGreaterThanOrEqual(3);
    for (const p of plan.pairs) {
      expect(plan.byModel.get(p.a)).toContain(p);
      expect(plan.byModel.get(p.b)).toContain(p);
    }
  });

  it('`related` under a budget of one pair per model still reaches every model', () => {
    const models = many(30);
    const plan = planPairs(testCatalog(models, { pairs: { strategy: 'related', per_model: 5, max_pages: expectedFiles(testCatalog(models), 30, 30).total } }));
    expect(plan.pairs).toHaveLength(30);
    for (const m of models) expect(plan.byModel.get(m.id)!.length).toBeGreaterThan(0);
  });

  it('marks pairs with nothing comparable as noindex and never uses them to fill', () => {
    const cat = testCatalog([{ id: 'x' }, { id: 'y' }, { id: 'z', benchmarks: [score('bench-pct', 50)] }, { id: 'w', benchmarks: [score('bench-pct', 60)] }], {
      pairs: { strategy: 'related', per_model: 1, max_pages: 10_000 },
    });
    const plan = planPairs(cat);
    expect(plan.get('w', 'z')?.noindex).toBe(false);
    const thin = plan.pairs.filter((p) => p.noindex);
    // Only the per-model rounds may add thin pairs; the fill step adds none.
    expect(thin.length).toBeLessThanOrEqual(2);
  });
});

describe('rival score', () => {
  it('is symmetric and prefers same family, lab, price and date', () => {
    const cat = testCatalog([
      { id: 'a', family: 'fam', routes: [route('p', 1, 1)], released: '2025-01' },
      { id: 'b', family: 'fam', routes: [route('p', 1.2, 1.2)], released: '2025-02' },
      { id: 'c', lab: 'lab-y', routes: [route('p', 50, 50)], released: '2022-01' },
    ]);
    const f = (id: string) => rivalFacts(cat, cat.modelsById.get(id)!);
    expect(rivalScore(f('a'), f('b'))).toBe(rivalScore(f('b'), f('a')));
    expect(rivalScore(f('a'), f('b'))).toBeGreaterThan(rivalScore(f('a'), f('c')));
  });
});
