import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { fixture } from '../test-fixture.ts';
import { emit, modelFrontMatter, providerTable } from './emit.ts';
import type { ModelFacts } from './facts.ts';
import type { IncludedModel, Route } from './context.ts';

const facts = (name: string, extra: Partial<ModelFacts> = {}): ModelFacts => ({
  name, released: '2025-01-01', status: 'active', modalities: { input: ['text'], output: ['text'] }, capabilities: {}, sources: [], disagreements: [], context_window: 128000, ...extra,
});
const route = (provider: string, extra: Partial<Route> = {}): Route => ({
  provider, model_id: 'm', input: 1, output: 2, source: 'https://example.com', as_of: '2026-07-01', _origin: 'models.dev', _ref: `models.dev:${provider}:m`, _cleaned: 'm', ...extra,
});
const model = (id: string, routes: Route[]): IncludedModel => ({
  id, lab: 'openai', labInfo: { name: 'OpenAI', url: 'https://openai.com' }, routes,
  g: { gid: id, md: [], routes, litellmFirstParty: [], llmStats: [], epoch: [], refs: new Set([`z:${id}`, `a:${id}`]), cleanedIds: [] },
});
const noScores = { rows: new Map(), benchmarks: new Map() };

describe('emit', () => {
  it('writes route limits only where they differ from the model, sorted by provider', () => {
    const fm = modelFrontMatter(model('x', [route('zeta', { context_window: 128000 }), route('alpha', { context_window: 32000 })]), facts('X'), noScores);
    expect((fm.routes as object[]).map((r) => Object.keys(r))).toEqual([
      ['provider', 'model_id', 'input', 'output', 'context_window', 'source', 'as_of'],
      ['provider', 'model_id', 'input', 'output', 'source', 'as_of'],
    ]);
    expect(fm.data_as_of).toBe('2026-07-24');
  });

  it('makes shared display names unique and writes sorted aliases, providers and labs', () => {
    const out = emit({
      models: [
        { m: model('b-model', [route('openai')]), facts: facts('Same') },
        { m: model('a-model', [route('openai')]), facts: facts('Same') },
      ],
      scores: noScores,
      providers: providerTable(fixture()),
    });
    expect(out.disambiguated).toBe(2);
    expect(YAML.parse(out.files.get('models/a-model.md')!.split('---\n')[1]!).name).toBe('Same (a-model)');
    expect(YAML.parse(out.files.get('aliases.yaml')!)).toEqual({ 'a-model': ['a:a-model', 'z:a-model'], 'b-model': ['a:b-model', 'z:b-model'] });
    expect([...out.files.keys()].filter((k) => !k.startsWith('models/')).sort()).toEqual(['aliases.yaml', 'labs/openai.yaml', 'providers/openai.yaml', 'sources.yaml']);
    expect(out.summary).toMatchObject({ models: 2, routes: 2, providers: 1, labs: 1 });
  });
});
