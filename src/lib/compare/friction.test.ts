import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../data/load';
import { route, testCatalog, type ModelInput } from '../testing/catalog';
import { pairContext } from './context';
import { friction } from './friction';
import { buildComparison } from './index';

function run(a: Omit<ModelInput, 'id'>, b: Omit<ModelInput, 'id'>) {
  const cat = testCatalog([{ id: 'a', ...a }, { id: 'b', ...b }]);
  return friction(pairContext(cat, cat.modelsById.get('a')!, cat.modelsById.get('b')!));
}
const rules = (lines: { rule: string }[]) => lines.map((l) => l.rule);

describe('switch friction', () => {
  it('names every shared provider once', () => {
    const f = run({ routes: [route('p', 1, 1), route('q', 1, 1), route('r', 1, 1)] }, { routes: [route('q', 1, 1), route('p', 1, 1)] });
    const shared = f.common.find((l) => l.rule === 'shared-providers')!;
    expect(shared.text).toMatch(/^Provider p and Provider q offer both models/);
    expect(rules(f.aToB)).not.toContain('shared-providers');
  });
  it('says when no provider offers both', () => {
    const f = run({ routes: [route('p', 1, 1)] }, { routes: [route('q', 1, 1)] });
    expect(f.common[0]!.text).toMatch(/^No provider in the data offers both/);
  });
  it('states the price change once, as a short clause pointing at the cost section', () => {
    const f = run({ routes: [route('p', 1, 1)] }, { routes: [route('p', 2, 2)] });
    const price = f.common.filter((l) => l.rule === 'price-change');
    expect(price).toHaveLength(1);
    expect(price[0]!.text).toBe('Moving to A lowers the monthly estimate by $1,050.00; the reverse move adds the same.');
    expect(price[0]!.seeAlso).toBe('#cost');
  });
  it('leaves an unknown price change to the cost section, which says why', () => {
    const f = run({ routes: [route('p', 1, 1)] }, {});
    expect(f.common.find((l) => l.rule === 'price-change')).toBeUndefined();
  });
  it('reads image input from the vision tri-state: unknown is "not documented", never "not accepted"', () => {
    const f = run({ modalities: { input: ['text', 'image'], output: ['text'] } }, { modalities: { input: ['text'], output: ['text'] } });
    const text = f.aToB.map((l) => l.text).join(' ');
    expect(text).toContain('Vision (image input): not documented for B');
    expect(text).not.toMatch(/not accepted/);
  });
  it('lists capabilities lost per direction, unknown as "test before relying"', () => {
    const f = run({ capabilities: { vision: true, function_calling: true } }, { capabilities: { vision: false } });
    expect(f.aToB.find((l) => l.rule === 'capabilities-lost')!.text).toContain('vision (image input)');
    expect(f.aToB.find((l) => l.rule === 'capabilities-unverified')!.text).toContain('Function calling: not documented for B');
    expect(f.bToA).toEqual([]);
  });
  it('context lost only when the target is smaller; open weights lost only against closed', () => {
    const f = run({ context_window: 200_000, open_weights: true }, { context_window: 100_000, open_weights: false });
    expect(rules(f.aToB)).toEqual(['context-lost', 'open-weights-lost']);
    expect(f.bToA).toEqual([]);
    expect(rules(run({ open_weights: true }, { open_weights: true }).aToB)).toEqual([]);
    expect(rules(run({ open_weights: true }, {}).aToB)).toEqual([]);
    expect(rules(run({ context_window: 100_000 }, {}).aToB)).toEqual([]);
  });
  it('licence change is stated once, and only when both are known and differ', () => {
    expect(rules(run({ license: 'MIT' }, { license: 'Apache-2.0' }).common)).toContain('licence');
    expect(rules(run({ license: 'MIT' }, { license: 'mit' }).common)).not.toContain('licence');
    expect(rules(run({ license: 'MIT' }, {}).common)).not.toContain('licence');
  });
  it('never repeats a line across the three lists on any seed pair', () => {
    const seed = loadCatalog('tests/fixtures/seed');
    for (const a of seed.models)
      for (const b of seed.models) {
        if (a.id >= b.id) continue;
        const f = buildComparison(seed, a.id, b.id).friction;
        const all = [...f.common, ...f.aToB, ...f.bToA].map((l) => l.text);
        expect(new Set(all).size, `${a.id} vs ${b.id}`).toBe(all.length);
      }
  });
});
