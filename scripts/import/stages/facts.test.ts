import { describe, expect, it } from 'vitest';
import { fixture, fixtureCurated } from '../test-fixture.ts';
import { aliasRules, attachSecondary, buildIdentity } from './identity.ts';
import { collectRoutes, selectModels } from './routes.ts';
import { licenseName, modalitiesOf, modelFacts, modelKind } from './facts.ts';
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
  it('derives one value per capability: the lab record first, else the routes that state it', () => {
    expect(gpt.capabilities).toEqual({ vision: true, reasoning: false, function_calling: true, structured_outputs: true, prompt_caching: true });
    // Phi-4 has no lab record: its routes say text in, no tools, no reasoning; none states structured outputs
    expect(phi.capabilities).toEqual({ vision: false, reasoning: false, function_calling: false });
  });
  it('names a record from its sources made readable, dates it by its newest source, and finds no anomaly in agreeing facts', () => {
    expect(phi.name).toBe('Phi 4');
    expect(phi.data_as_of).toBe('2026-07-24');
    expect(phi.anomalies).toEqual([]);
  });
  it('applies a curated name and a curated fact, citing their sources', () => {
    const m = models.find((x) => x.id === 'phi-4')!;
    const f = modelFacts(m, src, new Drops(), {
      names: [{ model: 'phi-4', name: 'Phi-4 (14B)', source: 'https://huggingface.co/microsoft/phi-4' }],
      facts: [{ model: 'phi-4', field: 'context_window', value: 16000, source: 'https://example.org/card', note: 'checked' }],
    })!;
    expect(f.name).toBe('Phi-4 (14B)');
    expect(f.context_window).toBe(16000);
    expect(f.sources).toEqual(expect.arrayContaining(['https://example.org/card', 'https://huggingface.co/microsoft/phi-4']));
    // the other sources' 16,384 is now a disagreement with the settled value
    expect(f.disagreements).toContainEqual(expect.objectContaining({ field: 'context_window', value: '16384' }));
  });
  it('stops on a curated fact of the wrong type, naming the entry', () => {
    const m = models.find((x) => x.id === 'phi-4')!;
    expect(() => modelFacts(m, src, new Drops(), { names: [], facts: [{ model: 'phi-4', field: 'released', value: 2024, source: 'https://example.org', note: 'x' }] })).toThrow(/facts\.yaml: phi-4 released — expected a quoted YYYY-MM\(-DD\) date/);
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
