import { describe, expect, it } from 'vitest';
import { route, score, testCatalog, type ModelInput } from '../testing/catalog';
import { benchmarkSection } from './benchmarks';
import { pairContext } from './context';
import { tradeoffs } from './tradeoffs';

function run(a: Omit<ModelInput, 'id'>, b: Omit<ModelInput, 'id'>) {
  const cat = testCatalog([{ id: 'a', ...a }, { id: 'b', ...b }]);
  const ctx = pairContext(cat, cat.modelsById.get('a')!, cat.modelsById.get('b')!);
  return tradeoffs(ctx, benchmarkSection(ctx));
}
const rules = (lines: { rule: string }[]) => lines.map((l) => l.rule);

describe('tradeoff rules', () => {
  it('cheaper fires for the lower estimate only, and not within 5%', () => {
    const t = run({ routes: [route('p', 1, 1)] }, { routes: [route('p', 2, 2)] });
    expect(rules(t.a)).toContain('cheaper');
    expect(rules(t.b)).not.toContain('cheaper');
    const tie = run({ routes: [route('p', 1, 1)] }, { routes: [route('p', 1.03, 1.03)] });
    expect([...rules(tie.a), ...rules(tie.b)]).not.toContain('cheaper');
  });
  it('benchmark-lead needs the materiality (2 points for percent)', () => {
    const lead = run({ benchmarks: [score('bench-pct', 60)] }, { benchmarks: [score('bench-pct', 57.9)] });
    expect(rules(lead.a)).toContain('benchmark-leads');
    const noise = run({ benchmarks: [score('bench-pct', 60)] }, { benchmarks: [score('bench-pct', 58.5)] });
    expect([...rules(noise.a), ...rules(noise.b)]).not.toContain('benchmark-leads');
  });
  it('a benchmark only one model has is no lead', () => {
    const t = run({ benchmarks: [score('bench-pct', 90)] }, { benchmarks: [score('bench-pct-2', 10)] });
    expect([...rules(t.a), ...rules(t.b)]).not.toContain('benchmark-leads');
  });
  it('context fires from 1.5× on', () => {
    expect(rules(run({ context_window: 150_000 }, { context_window: 100_000 }).a)).toContain('context');
    expect(rules(run({ context_window: 149_999 }, { context_window: 100_000 }).a)).not.toContain('context');
    expect(rules(run({ context_window: 150_000 }, {}).a)).not.toContain('context'); // unknown is not smaller
  });
  it('routes counts distinct providers, and only from 3 more and twice as many (6 against 5 is no advantage)', () => {
    const many = (n: number) => Array.from({ length: n }, (_, i) => route(`p${i}`, 1, 1));
    expect(rules(run({ routes: many(4) }, { routes: many(1) }).a)).toContain('routes');
    expect(rules(run({ routes: many(6) }, { routes: many(5) }).a)).not.toContain('routes');
    expect(rules(run({ routes: [route('p', 1, 1), route('q', 1, 1)] }, { routes: [route('p', 1, 1)] }).a)).not.toContain('routes');
  });
  it('capabilities lists the whole set, and unknown is "only documented for"', () => {
    const t = run(
      { capabilities: { vision: true, function_calling: true, reasoning: true, structured_outputs: true } },
      { capabilities: { vision: false, function_calling: false, reasoning: false } },
    );
    const caps = t.a.find((l) => l.rule === 'capabilities')!;
    expect(caps.text).toContain('vision (image input), reasoning mode and function calling');
    const unknown = t.a.find((l) => l.rule === 'capabilities-unknown')!;
    expect(unknown.text).toMatch(/^Structured outputs: documented for A; not documented either way for B/);
    expect(rules(t.b)).not.toContain('capabilities');
  });
  it('open-weights fires only against documented closed weights', () => {
    expect(rules(run({ open_weights: true }, { open_weights: false }).a)).toContain('open-weights');
    expect(rules(run({ open_weights: true }, {}).a)).not.toContain('open-weights');
    expect(rules(run({ open_weights: true }, { open_weights: true }).a)).not.toContain('open-weights');
  });
  it('knowledge-cutoff fires for the newer one, from 6 months on', () => {
    const t = run({ knowledge_cutoff: '2025-05' }, { knowledge_cutoff: '2024-11' });
    expect(rules(t.a)).toContain('knowledge-cutoff');
    expect(rules(t.b)).not.toContain('knowledge-cutoff');
    expect(rules(run({ knowledge_cutoff: '2025-03' }, { knowledge_cutoff: '2024-11' }).a)).not.toContain('knowledge-cutoff');
  });
  it('gives an empty list, not filler, when nothing fires', () => {
    const t = run({}, {});
    expect(t).toEqual({ a: [], b: [] });
  });
});
