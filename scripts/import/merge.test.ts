import { describe, expect, it } from 'vitest';
import { applyBaseModel, deepMerge, deletePath } from './merge.ts';

const base = {
  name: 'GPT-5.4',
  reasoning: true,
  limit: { context: 1_050_000, input: 922_000, output: 128_000 },
  cost: { input: 2.5, output: 15, tiers: [{ input: 5 }] },
  modalities: { input: ['text', 'image'], output: ['text'] },
  benchmarks: [{ name: 'x', score: 1 }],
  license: 'proprietary',
  links: [{ url: 'https://example.com' }],
  weights: [{ url: 'https://example.com/w' }],
};

describe('base_model inheritance', () => {
  it('deep-merges the route over the base, route wins', () => {
    const r = applyBaseModel({ base_model: 'openai/gpt-5.4', cost: { input: 2.75, output: 16.5 }, limit: { context: 272_000 } }, base);
    expect(r.name).toBe('GPT-5.4');
    expect(r.cost).toEqual({ input: 2.75, output: 16.5, tiers: [{ input: 5 }] });
    expect(r.limit).toEqual({ context: 272_000, input: 922_000, output: 128_000 });
    expect(r.modalities).toEqual(base.modalities);
  });
  it('drops benchmarks, license, links, weights from the base', () => {
    const r = applyBaseModel({ base_model: 'openai/gpt-5.4' }, base);
    for (const k of ['benchmarks', 'license', 'links', 'weights', 'base_model']) expect(r).not.toHaveProperty(k);
  });
  it('deletes base_model_omit dot-paths after merging', () => {
    const r = applyBaseModel({ base_model: 'openai/gpt-5.4', base_model_omit: ['cost.tiers', 'limit.input', 'no.such.path'] }, base);
    expect(r.cost).toEqual({ input: 2.5, output: 15 });
    expect(r.limit).toEqual({ context: 1_050_000, output: 128_000 });
    expect(r).not.toHaveProperty('base_model_omit');
  });
  it('does not mutate its inputs', () => {
    const copy = JSON.parse(JSON.stringify(base));
    applyBaseModel({ base_model: 'x', base_model_omit: ['limit.input'], limit: { output: 1 } }, base);
    expect(base).toEqual(copy);
  });
  it('self-contained routes pass through', () => {
    expect(applyBaseModel({ name: 'Phi-4', cost: { input: 0.125 } }, undefined)).toEqual({ name: 'Phi-4', cost: { input: 0.125 } });
  });
  it('arrays replace, not concatenate', () => {
    expect(deepMerge({ a: [1, 2] }, { a: [3] })).toEqual({ a: [3] });
  });
  it('deletePath ignores missing parents', () => {
    const o = { a: 1 };
    deletePath(o, 'b.c');
    expect(o).toEqual({ a: 1 });
  });
});
