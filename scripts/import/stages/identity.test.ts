import { describe, expect, it } from 'vitest';
import { fixture, fixtureCurated } from '../test-fixture.ts';
import { aliasRules, attachSecondary, buildIdentity, registerIncluded } from './identity.ts';
import { collectRoutes, selectModels } from './routes.ts';
import { Drops } from './context.ts';

const rules = (merge: { into: string; same: string[] }[], split: { ref: string; into: string }[] = [], exclude: string[] = []) =>
  aliasRules({
    merge: merge.map((m) => ({ ...m, source: 'https://example.com/doc' })),
    split: split.map((s) => ({ ...s, source: 'https://example.com/doc' })),
    exclude: exclude.map((id) => ({ id, reason: 'test' })),
  });

describe('identity: resolve', () => {
  const t = buildIdentity(fixture(), rules([{ into: 'gpt-4.1', same: ['gpt-4.1-2025-04-14', 'litellm:azure/gpt-x'] }], [{ ref: 'litellm:openai/gpt-4.1-old', into: 'gpt-4.1-old' }], ['phi-2']), new Drops());

  it('places a models.dev model file under its own id and marks it primary', () => {
    expect(t.groups.get('gpt-4.1')?.md).toMatchObject([{ lab: 'openai', id: 'gpt-4.1', primary: true }]);
  });
  it('applies split, then merge by reference, then base_model, then merge by key, then the models.dev key', () => {
    expect(t.resolve('litellm:openai/gpt-4.1-old', 'gpt-4-1-old', 'other')).toBe('gpt-4.1-old');
    expect(t.resolve('litellm:azure/gpt-x', 'gpt-x', 'other')).toBe('gpt-4.1');
    expect(t.resolve('models.dev:p:x', 'x', 'base-id')).toBe('base-id');
    expect(t.resolve('litellm:gpt-4.1-2025-04-14', 'gpt-4-1-2025-04-14')).toBe('gpt-4.1');
    expect(t.resolve('litellm:openai/gpt-4.1', 'gpt-4-1')).toBe('gpt-4.1');
  });
  it('starts a key group for an unknown id and returns null for an excluded one', () => {
    expect(t.resolve('litellm:foo', 'foo-7b')).toBe('key:foo-7b');
    expect(t.resolve('litellm:phi-2', 'phi-2')).toBeNull();
  });
});

describe('identity: secondary sources and lookup', () => {
  const drops = new Drops();
  const src = fixture();
  src.llmStats.push({ org: 'nobody', model: { model_id: 'unserved-model' }, benchmarks: [] });
  const t = buildIdentity(src, aliasRules(fixtureCurated.aliases), drops);
  collectRoutes(src, t, drops);
  attachSecondary(src, t, drops);

  it('attaches LLM-Stats and Epoch only to groups that routes created', () => {
    expect(t.groups.get('key:phi-4')?.llmStats.map((m) => m.model.model_id)).toEqual(['phi-4']);
    expect(t.groups.get('gpt-4.1')?.epoch).toHaveLength(1);
    expect(drops.counts['llm-stats model not matched to a served model']).toBe(1);
  });
  it('answers lookup with a record id only for included models', () => {
    expect(t.lookup('epoch:phi-4', 'phi-4')).toBeUndefined();
    registerIncluded(t, selectModels(t, drops));
    expect(t.lookup('epoch:phi-4', 'Phi-4')).toBe('phi-4');
    expect(t.lookup('epoch:gpt-4.1-2025-04-14', 'gpt-4.1-2025-04-14')).toBe('gpt-4.1');
  });
});
