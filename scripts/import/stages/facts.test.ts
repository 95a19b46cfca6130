import { describe, expect, it } from 'vitest';
import { fixture, fixtureCurated } from '../test-fixture.ts';
import { aliasRules, attachSecondary, buildIdentity } from './identity.ts';
import { collectRoutes, selectModels } from './routes.ts';
import { cleanName, displayName, factAnomalies, idDate, isSlug, licenseName, modalitiesOf, modelFacts, modelKind } from './facts.ts';
import { Drops } from './context.ts';

function included() {
  const drops = new Drops();
  const src = fixture();
  const t = buildIdentity(src, aliasRules(fixtureCurated.aliases), drops);
  collectRoutes(src, t, drops);
  attachSecondary(src, t, drops);
  return { src, drops, models: selectModels(t, drops) };
}

describe('facts', () => {
  const { src, drops, models } = included();
  const phi = modelFacts(models.find((m) => m.id === 'phi-4')!, src, drops)!;
  const gpt = modelFacts(models.find((m) => m.id === 'gpt-4.1')!, src, drops)!;

  it('takes the release date from LLM-Stats when no lab record exists, and keeps the others as disagreements', () => {
    expect(phi.released).toBe('2024-12-12');
    expect(phi.disagreements).toContainEqual(expect.objectContaining({ field: 'released', value: '2024-12-11' }));
  });
  it('takes the context window most sources give and records the outlier', () => {
    expect(phi.context_window).toBe(16384);
    expect(phi.disagreements).toContainEqual(expect.objectContaining({ field: 'context_window', value: '128000' }));
  });
  it('reads capabilities from the lab record and the first-party LiteLLM entry', () => {
    expect(gpt.capabilities).toEqual({ vision: true, reasoning: false, function_calling: true, structured_outputs: true, prompt_caching: true });
    expect(phi.capabilities).toEqual({ vision: false, reasoning: false, function_calling: false });
  });
  it('without a lab record, follows most routes that state a capability, and leaves a tie unknown', () => {
    const m = models.find((x) => x.id === 'phi-4')!;
    let n = 0;
    // four routes state facts: reasoning yes, yes, no, yes (3 of 4); tool calling yes, no, yes, no (a tie)
    const mixed = { ...m, routes: m.routes.map((r) => (r._facts ? { ...r, _facts: { ...r._facts, reasoning: n % 4 !== 2, tool_call: n++ % 2 === 0 } } : r)) };
    expect(n).toBe(4);
    const f = modelFacts(mixed, src, new Drops())!;
    expect(f.capabilities.reasoning).toBe(true);
    expect(f.capabilities.function_calling).toBeUndefined();
  });
  it('leaves out a model no source dates', () => {
    const m = models.find((x) => x.id === 'phi-4')!;
    const undated = { ...m, g: { ...m.g, llmStats: [], epoch: [] }, routes: m.routes.map((r) => (r._facts ? { ...r, _facts: { ...r._facts, release_date: '1970-01-01' } } : r)) };
    const d = new Drops();
    expect(modelFacts(undated, src, d)).toBeUndefined();
    expect(d.counts['model without a release date']).toBe(1);
  });
  it('maps licence ids and modality lists', () => {
    expect(licenseName('apache_2_0', {})).toBe('Apache-2.0');
    expect(licenseName('unknown', {})).toBeUndefined();
    expect(modalitiesOf({ modalities: { input: ['text', 'image', 'smell'], output: ['text'] } })).toEqual({ input: ['image', 'text'], output: ['text'] });
    expect(modalitiesOf({ modalities: { input: [], output: ['text'] } })).toBeUndefined();
  });
});

describe('facts: kind', () => {
  const text = { input: ['text'], output: ['text'] };
  it('reads non-text tasks from the id, then from the output modalities', () => {
    expect(modelKind('whisper-large-v3', text)).toBe('speech');
    expect(modelKind('gemini-2.5-flash-tts', { input: ['text'], output: ['audio'] })).toBe('speech');
    expect(modelKind('gemini-embedding-001', text)).toBe('embedding');
    expect(modelKind('gpt-image-1', { input: ['image', 'text'], output: ['image'] })).toBe('image-generation');
    expect(modelKind('gemini-2.5-flash-image', { input: ['image', 'text'], output: ['image', 'text'] })).toBe('image-generation');
    expect(modelKind('qwen3-reranker-4b', text)).toBe('rerank');
  });
  it('keeps safety classifiers as guards and everything else as chat', () => {
    expect(modelKind('llama-guard-4-12b', text)).toBe('guard');
    expect(modelKind('gpt-oss-safeguard-20b', text)).toBe('guard');
    expect(modelKind('qwen-omni-turbo', { input: ['audio', 'text'], output: ['audio', 'text'] })).toBe('chat');
    expect(modelKind('gpt-4.1', text)).toBe('chat');
  });
});

describe('facts: display names', () => {
  it('drops vendor labels and organisation paths', () => {
    expect(cleanName('baidu/ERNIE-4.5-300B-A47B')).toBe('ERNIE-4.5-300B-A47B');
    expect(cleanName('Meta: Llama 4 Maverick')).toBe('Llama 4 Maverick');
    expect(cleanName('Claude Haiku (latest)')).toBe('Claude Haiku');
  });
  it('prefers the first source name that is not a raw slug', () => {
    expect(isSlug('mistral-large-2402')).toBe(true);
    expect(isSlug('GPT-4.1')).toBe(false);
    expect(displayName('gpt-oss-120b', ['gpt-oss-120b', undefined, 'GPT OSS 120B'])).toBe('GPT OSS 120B');
    expect(displayName('x', [undefined, undefined, undefined])).toBe('x');
  });
  it('names a moving -latest id as an alias', () => {
    expect(displayName('claude-haiku-latest', ['Claude Haiku Latest'])).toBe('Claude Haiku (latest alias)');
    expect(displayName('mistral-large-latest', ['Mistral Large (latest)'])).toBe('Mistral Large (latest alias)');
  });
});

describe('facts: anomalies and overrides', () => {
  const none = { released: [], context_window: [], open_weights: [], knowledge_cutoff: [], parameters: [] };
  const kept = (released: string, context?: string) => ({ released, context_window: context, open_weights: undefined, knowledge_cutoff: undefined, parameters: undefined });
  const cand = (value: string, n: number) => Array.from({ length: n }, (_, i) => ({ value, source: `https://s${i}.example` }));

  it('reads the month a date in the id names', () => {
    expect(idDate('mistral-large-2512')).toBe('2025-12');
    expect(idDate('claude-opus-4-20250514')).toBe('2025-05');
    expect(idDate('gpt-4.1-2025-04-14')).toBe('2025-04');
    expect(idDate('llama-3.3-70b')).toBeUndefined();
  });
  it('flags a release date earlier than the id says', () => {
    expect(factAnomalies('mistral-large-2512', kept('2024-11-01'), none)).toEqual([
      { field: 'released', kept: '2024-11-01', other: '2025-12', why: 'released before the date in its own id (2025-12)' },
    ]);
    expect(factAnomalies('mistral-large-2512', kept('2025-12-02'), none)).toEqual([]);
  });
  it('flags a value far from what three sources agree on, not one close to it or backed by two', () => {
    expect(factAnomalies('x', kept('2025-01-10'), { ...none, released: cand('2025-08-21', 3) })).toHaveLength(1);
    expect(factAnomalies('x', kept('2025-08-01'), { ...none, released: cand('2025-08-21', 3) })).toEqual([]);
    expect(factAnomalies('x', kept('2025-01-10'), { ...none, released: cand('2025-08-21', 2) })).toEqual([]);
    expect(factAnomalies('x', kept('2025-01-01', '1000000'), { ...none, context_window: cand('128000', 5) })).toEqual([
      { field: 'context_window', kept: '1000000', other: '128000', why: '5 sources agree on 128000' },
    ]);
  });
  it('applies a curated override and keeps the replaced value as a disagreement', () => {
    const { src, models } = included();
    const gpt = models.find((m) => m.id === 'gpt-4.1')!;
    const f = modelFacts(gpt, src, new Drops(), [{ model: 'gpt-4.1', field: 'released', value: '2025-04-15', source: 'https://openai.com/index/gpt-4-1/', note: 'test' }])!;
    expect(f.released).toBe('2025-04-15');
    expect(f.disagreements[0]).toMatchObject({ field: 'released', value: '2025-04-14' });
  });
});
