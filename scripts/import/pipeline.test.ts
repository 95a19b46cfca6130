import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { runPipeline } from './pipeline.ts';
import { fixture, fixtureCurated } from './test-fixture.ts';
import { toYaml } from './yaml.ts';


describe('runPipeline', () => {
  const { files, summary } = runPipeline(fixture(), fixtureCurated);
  const model = (id: string) => {
    const text = files.get(`models/${id}.md`)!;
    return YAML.parse(text.split('---\n')[1] ?? '');
  };

  it('is deterministic', () => {
    const again = runPipeline(fixture(), fixtureCurated);
    expect([...again.files.entries()]).toEqual([...files.entries()]);
  });

  it('creates one canonical model per real model', () => {
    expect([...files.keys()].filter((k) => k.startsWith('models/')).sort()).toEqual(['models/gpt-4.1.md', 'models/phi-4.md']);
    // phi-4-mini has only 1 priced provider after the wandb unit error is dropped
    expect(summary.dropped['route price above 1000 USD/1M (unit error)']).toBe(1);
    expect(summary.dropped['deprecated route (models.dev status)']).toBe(1);
  });

  it('keeps the lab facts and records disagreements', () => {
    const m = model('phi-4');
    expect(m.lab).toBe('microsoft');
    expect(m.released).toBe('2024-12-12');
    expect(m.parameters).toBe(14_700_000_000);
    expect(m.license).toBe('MIT');
    expect(m.context_window).toBe(16384);
    expect(m.disagreements).toContainEqual(expect.objectContaining({ field: 'context_window', value: '128000' }));
    // no lab record: vision from the stated modalities, the rest from what the routes that state them say
    expect(m.capabilities).toEqual({ vision: false, reasoning: false, function_calling: false });
    expect(m.data_as_of).toBe('2026-07-24');
  });

  it('writes routes with price, source and as_of; free tiers flagged', () => {
    const m = model('phi-4');
    const byProvider = Object.fromEntries(m.routes.map((r: any) => [r.provider, r]));
    expect(byProvider.deepinfra).toMatchObject({ model_id: 'microsoft/phi-4', input: 0.07, output: 0.14, as_of: '2026-07-24' });
    expect(byProvider.openrouter.source).toMatch(/models\.dev\/blob\/f3fc6922.*\/providers\/openrouter\/models\/microsoft\/phi-4\.toml$/);
    expect(byProvider['alibaba-cn']).toMatchObject({ free: true, input: 0, output: 0 });
    // azure: models.dev route wins over the LiteLLM azure_ai entry
    expect(m.routes.filter((r: any) => r.provider === 'azure')).toHaveLength(1);
    expect(YAML.parse(files.get('providers/alibaba-cn.yaml')!)).toMatchObject({ kind: 'first-party', currency: 'CNY' });
  });

  it('keeps self-reported and independent scores side by side', () => {
    const m = model('phi-4');
    const gpqa = m.benchmarks.filter((b: any) => b.id === 'gpqa-diamond');
    expect(gpqa).toHaveLength(2);
    expect(gpqa).toContainEqual(expect.objectContaining({ score: 56.1, self_reported: true, dataset: 'llm-stats' }));
    expect(gpqa).toContainEqual(expect.objectContaining({ score: 50, self_reported: false, dataset: 'epoch-ai', as_of: '2025-01-05' }));
  });

  it('merges a vendor-documented snapshot via overrides and writes aliases', () => {
    const m = model('gpt-4.1');
    expect(m.benchmarks).toContainEqual(expect.objectContaining({ id: 'gpqa-diamond', score: 66, dataset: 'epoch-ai' }));
    expect(m.capabilities).toMatchObject({ vision: true, function_calling: true, structured_outputs: true, prompt_caching: true });
    const aliases = YAML.parse(files.get('aliases.yaml')!);
    expect(aliases['gpt-4.1']).toContain('epoch:gpt-4.1-2025-04-14');
    expect(aliases['phi-4']).toEqual([...aliases['phi-4']].sort());
    expect(aliases['phi-4']).toContain('litellm:azure_ai/Phi-4');
    expect(aliases['phi-4']).toContain('models.dev:openrouter:microsoft/phi-4');
    expect(aliases['phi-4']).toContain('llm-stats:microsoft/phi-4');
  });
});

describe('toYaml', () => {
  it('quotes dates so YAML keeps them strings', () => {
    const y = toYaml({ released: '2024-12-12', cutoff: '2024-06', n: '128000' });
    expect(y).toContain("released: '2024-12-12'");
    expect(y).toContain("cutoff: '2024-06'");
    expect(YAML.parse(y, { schema: 'yaml-1.1' }).released).toBe('2024-12-12');
    expect(YAML.parse(y).n).toBe('128000');
  });
});

describe('runPipeline: review', () => {
  it('lists curated entries that name no model, and applies curated names', () => {
    const { files, review } = runPipeline(fixture(), {
      ...fixtureCurated,
      names: [
        { model: 'phi-4', name: 'Phi 4', source: 'https://huggingface.co/microsoft/phi-4' },
        { model: 'gone-model', name: 'Gone', reason: 'test' },
      ],
    });
    expect(review.staleCurated).toEqual(['scripts/import/curated/names.yaml: gone-model']);
    expect(YAML.parse(files.get('models/phi-4.md')!.split('---\n')[1] ?? '').name).toBe('Phi 4');
  });
});
