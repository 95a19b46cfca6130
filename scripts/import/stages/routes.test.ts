import { describe, expect, it } from 'vitest';
import { fixture, fixtureCurated } from '../test-fixture.ts';
import { aliasRules, attachSecondary, buildIdentity } from './identity.ts';
import { collectRoutes, dedupeRoutes, selectModels } from './routes.ts';
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
