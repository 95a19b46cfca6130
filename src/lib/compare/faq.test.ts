import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../data/load';
import { route, testCatalog, type ModelInput } from '../testing/catalog';
import { benchmarkSection } from './benchmarks';
import { pairContext } from './context';
import { faq } from './faq';

function run(a: Omit<ModelInput, 'id'>, b: Omit<ModelInput, 'id'>) {
  const cat = testCatalog([{ id: 'a', ...a }, { id: 'b', ...b }]);
  const ctx = pairContext(cat, cat.modelsById.get('a')!, cat.modelsById.get('b')!);
  return faq(ctx, benchmarkSection(ctx));
}

describe('FAQ', () => {
  it('answers "which is cheaper" with both figures and without the saving phrase (the cost section has it)', () => {
    const a = run({ routes: [route('p', 1, 1)] }, { routes: [route('p', 2, 2)] }).find((f) => f.id === 'cheaper')!;
    expect(a.answer).toBe('A: $1,050.00 a month against $2,100.00 for B, at 800M input + 250M output tokens a month.');
  });
  it('asks about a capability only where one documents it and the other does not, from the tri-state', () => {
    const qs = run({ modalities: { input: ['text', 'image'], output: ['text'] } }, { capabilities: { vision: false } });
    expect(qs.find((f) => f.id === 'capability-vision')!.answer).toBe('A does; B does not support it.');
    const unknown = run({ capabilities: { reasoning: true } }, {});
    expect(unknown.find((f) => f.id === 'capability-reasoning')!.answer).toBe('A does; B does not document it either way.');
  });
  it('says an unknown weights status in words, not as a field name', () => {
    const seed = loadCatalog('tests/fixtures/seed');
    const ctx = pairContext(seed, seed.modelsById.get('gpt-4.1')!, seed.modelsById.get('phi-4')!);
    const a = faq(ctx, benchmarkSection(ctx)).find((f) => f.id === 'open-weights')!;
    expect(a.answer).not.toMatch(/open-weights/);
  });
  it('asks nothing it cannot answer', () => {
    expect(run({}, {})).toEqual([]);
  });
});
