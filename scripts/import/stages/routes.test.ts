import { describe, expect, it } from 'vitest';
import { fixture, fixtureCurated } from '../test-fixture.ts';
import { aliasRules, attachSecondary, buildIdentity } from './identity.ts';
import { attachToKnown, collectRoutes, dedupeRoutes, selectModels, spellingVariants, splitOrgPrefix, splitSnapshot } from './routes.ts';
import type { SourceData } from '../sources.ts';
import { Drops, type Route } from './context.ts';

const route = (provider: string, model_id: string, origin: Route['_origin'], extra: Partial<Route> = {}): Route => ({
  provider, model_id, input: 1, output: 2, source: 'https://example.com', as_of: '2026-07-01', _origin: origin, _ref: `${origin}:${provider}:${model_id}`, _cleaned: model_id, ...extra,
});

describe('routes: dedupeRoutes', () => {
  it('keeps the models.dev route over a LiteLLM entry for the same provider', () => {
    const drops = new Drops();
    const out = dedupeRoutes([route('azure', 'Phi-4', 'litellm'), route('azure', 'phi-4', 'models.dev')], drops);
    expect(out.map((r) => r._origin)).toEqual(['models.dev']);
    expect(drops.counts['litellm route already covered by models.dev route']).toBe(1);
  });
  it('keeps one LiteLLM entry per provider, the least regional key', () => {
    const out = dedupeRoutes([route('amazon-bedrock', 'us.x', 'litellm', { _rank: 2 }), route('amazon-bedrock', 'x', 'litellm', { _rank: 0 })], new Drops());
    expect(out.map((r) => r.model_id)).toEqual(['x']);
  });
  it('drops regional copies of a models.dev route', () => {
    const out = dedupeRoutes([route('amazon-bedrock', 'eu.meta.llama', 'models.dev'), route('amazon-bedrock', 'global.meta.llama', 'models.dev'), route('amazon-bedrock', 'meta.llama', 'models.dev')], new Drops());
    expect(out.map((r) => r.model_id)).toEqual(['meta.llama']);
  });
});

describe('routes: selectModels', () => {
  const drops = new Drops();
  const src = fixture();
  const t = buildIdentity(src, aliasRules(fixtureCurated.aliases), drops);
  collectRoutes(src, t, drops);
  attachSecondary(src, t, drops);
  const models = selectModels(t, drops);

  it('admits a model with a lab record, and one without when enough providers price it', () => {
    expect(models.map((m) => [m.id, m.lab])).toEqual([['gpt-4.1', 'openai'], ['phi-4', 'microsoft']]);
  });
  it('leaves out a model without a lab record that too few providers price', () => {
    expect(drops.counts['model offered by fewer than 3 priced providers']).toBe(1);
  });
  it('skips deprecated routes and unit errors', () => {
    expect(drops.counts['deprecated route (models.dev status)']).toBe(1);
    expect(drops.counts['route price above 1000 USD/1M (unit error)']).toBe(1);
    expect(models.find((m) => m.id === 'gpt-4.1')!.routes.map((r) => r.provider)).toEqual(['openai', 'openrouter']);
  });
});

describe('routes: spellings of catalogue models', () => {
  it('cuts snapshot dates in the forms labs use', () => {
    expect(splitSnapshot('gpt-4-1-2025-04-14')).toEqual({ base: 'gpt-4-1', date: '20250414' });
    expect(splitSnapshot('qwen3-5-flash-02-23')).toEqual({ base: 'qwen3-5-flash', date: '0223' });
    expect(splitSnapshot('mistral-medium-3-1-2508')).toEqual({ base: 'mistral-medium-3-1', date: '2508' });
    expect(splitSnapshot('claude-opus-4-20250514')).toEqual({ base: 'claude-opus-4', date: '20250514' });
    expect(splitSnapshot('llama-3-3-70b')).toBeUndefined();
    expect(splitSnapshot('qwen3-32b-4096')).toBeUndefined();
  });
  it('reads an organisation or host word before the id', () => {
    expect(splitOrgPrefix('anthropic--claude-3-opus')).toEqual({ prefix: 'anthropic', rest: 'claude-3-opus', lab: 'anthropic' });
    expect(splitOrgPrefix('azure-gpt-4o')).toEqual({ prefix: 'azure', rest: 'gpt-4o' });
    expect(splitOrgPrefix('zai-glm-4-7')).toMatchObject({ rest: 'glm-4-7', lab: 'zhipuai' });
    expect(splitOrgPrefix('llama-3-3-70b')).toBeUndefined();
  });
  it('lists variants fewest rules first', () => {
    const v = spellingVariants('claude-opus-4-1-20250805-thinking');
    expect(v.map((x) => [x.rule, x.key])).toEqual([
      ['thinking mode', 'claude-opus-4-1-20250805'],
      ['thinking mode + dated snapshot', 'claude-opus-4-1'],
    ]);
    expect(v[1]).toMatchObject({ dated: true, needsReasoning: true });
  });

  function tableWith(extraRoutes: SourceData['mdRoutes']) {
    const drops = new Drops();
    const src = fixture();
    src.mdRoutes.push(...extraRoutes);
    const t = buildIdentity(src, aliasRules({ merge: [], split: [], exclude: [] }), drops);
    collectRoutes(src, t, drops);
    return { t, attached: attachToKnown(t, drops) };
  }
  const priced = (release = '2025-04-14') => ({ release_date: release, cost: { input: 2, output: 8 } });

  it('attaches the only dated snapshot of a catalogue model, whatever its number of providers', () => {
    const { t, attached } = tableWith([{ provider: 'kilo', modelId: 'openai/gpt-4.1-2025-04-14', data: priced() }]);
    expect(t.groups.get('gpt-4.1')!.routes.map((r) => r.model_id)).toContain('openai/gpt-4.1-2025-04-14');
    expect(attached).toEqual({ 'dated snapshot': 1 });
    expect(t.resolve('epoch:gpt-4.1-2025-04-14', 'gpt-4-1-2025-04-14')).toBe('gpt-4.1');
  });
  it('leaves out one of several snapshots and says why', () => {
    const { t } = tableWith([
      { provider: 'kilo', modelId: 'openai/gpt-4.1-2025-04-14', data: priced() },
      { provider: 'kilo', modelId: 'openai/gpt-4.1-2025-09-01', data: priced('2025-09-01') },
    ]);
    expect(t.groups.get('gpt-4.1')!.routes.map((r) => r.model_id)).not.toContain('openai/gpt-4.1-2025-04-14');
    expect(t.outcome.get('key:gpt-4-1-2025-04-14')?.reason).toMatch(/one of several dated snapshots/);
  });
  it('attaches a host-prefixed spelling, and a thinking-mode id only to a model that reasons', () => {
    const { t } = tableWith([
      { provider: 'nano-gpt', modelId: 'azure-gpt-4.1', data: priced() },
      { provider: 'nano-gpt', modelId: 'gpt-4.1-thinking', data: priced() },
    ]);
    expect(t.groups.get('gpt-4.1')!.routes.map((r) => r.model_id)).toContain('azure-gpt-4.1');
    // the fixture's GPT-4.1 lab record says reasoning = false
    expect(t.groups.get('gpt-4.1')!.routes.map((r) => r.model_id)).not.toContain('gpt-4.1-thinking');
  });
});
