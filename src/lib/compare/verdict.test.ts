import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../data/load';
import { route, score, testCatalog, type ModelInput } from '../testing/catalog';
import { benchmarkSection } from './benchmarks';
import { pairContext } from './context';
import { buildComparison } from './index';
import { verdict, VERDICT_RULES } from './verdict';

function run(a: Omit<ModelInput, 'id'>, b: Omit<ModelInput, 'id'>) {
  const cat = testCatalog([{ id: 'a', ...a }, { id: 'b', ...b }]);
  const ctx = pairContext(cat, cat.modelsById.get('a')!, cat.modelsById.get('b')!);
  return verdict(ctx, benchmarkSection(ctx));
}
const cheap = { routes: [route('p', 1, 1)] };
const dear = { routes: [route('p', 3, 3)] };
const high = (extra = {}) => ({ benchmarks: [score('bench-pct', 80)], ...extra });
const low = (extra = {}) => ({ benchmarks: [score('bench-pct', 60)], ...extra });

describe('verdict rules, in order', () => {
  it.each([
    ['insufficient-data', {}, {}, null],
    ['insufficient-data', cheap, {}, null],
    ['cheaper-and-ahead', high(cheap), low(dear), 'a'],
    ['cheaper-scores-level', { ...cheap, benchmarks: [score('bench-pct', 70)] }, { ...dear, benchmarks: [score('bench-pct', 71)] }, 'a'],
    ['price-vs-quality', low(cheap), high(dear), null],
    ['cheaper-untested', cheap, dear, 'a'],
    ['same-cost-one-ahead', high(cheap), low(cheap), 'a'],
    ['cost-unknown-one-ahead', high(), low(), null],
    ['split', { ...cheap, benchmarks: [score('bench-pct', 80), score('bench-pct-2', 10)] }, { ...cheap, benchmarks: [score('bench-pct', 60), score('bench-pct-2', 50)] }, null],
    ['even', cheap, cheap, null],
    ['even', { benchmarks: [score('bench-pct', 70)] }, { benchmarks: [score('bench-pct', 70.5)] }, null],
  ] as const)('%s', (rule, a, b, pick) => {
    const v = run(a, b);
    expect(v.rule).toBe(rule);
    expect(v.pick).toBe(pick);
    expect(v.headline.length).toBeGreaterThan(20);
  });

  it('every rule is documented and ids are unique', () => {
    const ids = VERDICT_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of VERDICT_RULES) expect(r.when.length).toBeGreaterThan(20);
  });

  it('never calls a model without a price "cheaper" or "safer" (seed 004 fix)', () => {
    const seed = loadCatalog('tests/fixtures/seed');
    const v = buildComparison(seed, 'gpt-4.1', 'qwen3.5-4b').verdict;
    expect(v.headline).not.toMatch(/safer|cheaper/i);
    expect(v.why.join(' ')).toContain('Qwen3.5-4B: no estimate, because only free, rate-limited tiers are sourced.');
  });

  it('the Phi-4 / Qwen3.5-Flash verdict: Phi-4 costs 28% less, and GPQA (84.2% of unstated provenance against a self-reported 56.1%) is not like for like', () => {
    const seed = loadCatalog('tests/fixtures/seed');
    const c = buildComparison(seed, 'phi-4', 'qwen3.5-flash');
    expect(c.verdict.rule).toBe('cheaper-untested');
    expect(c.verdict.ruleLabel).toBe('Cheaper, quality not comparable');
    expect(c.verdict.headline).toBe('Phi-4 costs 28% less; quality cannot be weighed against price, because their benchmark scores are not like for like (see Benchmarks).');
    const gpqa = c.benchmarks.unlike.find((r) => r.id === 'gpqa-diamond')!;
    expect([gpqa.compared.a!.scoreText, gpqa.compared.b!.scoreText]).toEqual(['56.1%', '84.2%']);
    expect(gpqa.leader).toBeNull();
  });

  it('weighs quality and price by category when like-for-like results exist', () => {
    const v = run(
      { ...cheap, benchmarks: [score('bench-pct', 60), score('bench-pct-2', 60)] },
      { ...dear, benchmarks: [score('bench-pct', 80), score('bench-pct-2', 80)] },
    );
    expect(v.headline).toBe('B leads 2 of 2 shared benchmarks, all in reasoning; A is 3× cheaper. Pay for B if what those benchmarks measure matters to you.');
  });
});
