import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { build } from './build.ts';
import { toYaml } from './yaml.ts';
import type { SourceData } from './sources.ts';

const phiRoute = (name: string, context: number, input: number, output: number, extra: Record<string, unknown> = {}) => ({
  name, family: 'phi', release_date: '2024-12-11', last_updated: '2024-12-11', open_weights: true, tool_call: false, reasoning: false,
  cost: { input, output }, limit: { context, output: 4096 }, modalities: { input: ['text'], output: ['text'] }, ...extra,
});

function fixture(): SourceData {
  return {
    mdModels: [
      { lab: 'openai', id: 'gpt-4.1', data: { name: 'GPT-4.1', family: 'gpt', release_date: '2025-04-14', last_updated: '2025-04-14', reasoning: false, tool_call: true, structured_output: true, knowledge: '2024-04', open_weights: false, limit: { context: 1_047_576, output: 32_768 }, modalities: { input: ['text', 'image'], output: ['text'] }, benchmarks: [{ name: 'Aider Polyglot', score: 52.4, metric: 'percent correct', source: 'https://aider.chat/docs/leaderboards/', date: '2025-04-14' }] } },
    ],
    mdProviders: [
      { id: 'openai', data: { name: 'OpenAI', doc: 'https://platform.openai.com/docs/models' } },
      { id: 'openrouter', data: { name: 'OpenRouter', doc: 'https://openrouter.ai/models' } },
      { id: 'azure', data: { name: 'Azure', doc: 'https://learn.microsoft.com/azure' } },
      { id: 'kilo', data: { name: 'Kilo', doc: 'https://kilo.ai/models' } },
      { id: 'deepinfra', data: { name: 'DeepInfra', doc: 'https://deepinfra.com/models' } },
      { id: 'alibaba-cn', data: { name: 'Alibaba (China)', doc: 'https://help.aliyun.com/models' } },
    ],
    mdRoutes: [
      { provider: 'openai', modelId: 'gpt-4.1', data: { base_model: 'openai/gpt-4.1', cost: { input: 2, output: 8, cache_read: 0.5 } } },
      { provider: 'openrouter', modelId: 'openai/gpt-4.1', data: { base_model: 'openai/gpt-4.1', base_model_omit: ['structured_output'], cost: { input: 2, output: 8 } } },
      { provider: 'azure', modelId: 'gpt-4.1-old', data: { base_model: 'openai/gpt-4.1', status: 'deprecated', cost: { input: 2, output: 8 } } },
      { provider: 'azure', modelId: 'phi-4', data: phiRoute('Phi-4', 128_000, 0.125, 0.5) },
      { provider: 'openrouter', modelId: 'microsoft/phi-4', data: phiRoute('Microsoft: Phi 4', 16_384, 0.065, 0.14, { release_date: '2025-01-10' }) },
      { provider: 'kilo', modelId: 'microsoft/phi-4', data: phiRoute('Phi 4', 16_384, 0.07, 0.14) },
      { provider: 'kilo', modelId: 'microsoft/phi-4-mini-instruct', data: phiRoute('Phi 4 Mini', 128_000, 0.08, 0.35) },
      { provider: 'alibaba-cn', modelId: 'phi-4:free', data: phiRoute('Phi-4', 16_384, 0, 0) },
    ],
    litellm: {
      'azure_ai/Phi-4': { litellm_provider: 'azure_ai', mode: 'chat', input_cost_per_token: 1.25e-7, output_cost_per_token: 5e-7, max_input_tokens: 16384 },
      'deepinfra/microsoft/phi-4': { litellm_provider: 'deepinfra', mode: 'chat', input_cost_per_token: 7e-8, output_cost_per_token: 1.4e-7, max_input_tokens: 16384 },
      'wandb/microsoft/Phi-4-mini-instruct': { litellm_provider: 'wandb', mode: 'chat', input_cost_per_token: 0.008, output_cost_per_token: 0.035 },
      'gpt-4.1': { litellm_provider: 'openai', mode: 'chat', input_cost_per_token: 2e-6, output_cost_per_token: 8e-6, supports_prompt_caching: true },
      'text-embedding-3-small': { litellm_provider: 'openai', mode: 'embedding', input_cost_per_token: 2e-8 },
    },
    llmStats: [
      { org: 'microsoft', model: { model_id: 'phi-4', name: 'Phi 4', organization_id: 'microsoft', release_date: '2024-12-12', announcement_date: '2024-12-12', license_id: 'mit', knowledge_cutoff: '2024-06-01', param_count: 14_700_000_000, source_weights_link: 'https://huggingface.co/microsoft/phi-4' },
        benchmarks: [{ benchmark_id: 'gpqa', score: 0.561, is_self_reported: true, self_reported_source_link: 'https://arxiv.org/pdf/2412.08905', analysis_method: 'simple-evals' }] },
    ],
    llmStatsLicenses: { mit: { name: 'MIT' } },
    llmStatsOrgs: {},
    epoch: [
      { file: 'gpqa_diamond.csv', rows: [{ 'Model version': 'phi-4', mean_score: '0.5', 'Started at': '2025-01-05T00:00:00Z', 'Log viewer': '' }, { 'Model version': 'gpt-4.1-2025-04-14', mean_score: '0.66', 'Started at': '2025-05-01T00:00:00Z' }] },
    ],
  };
}

const overrides = { merge: { 'gpt-4.1': ['gpt-4.1-2025-04-14'] } };

describe('build', () => {
  const { files, summary } = build(fixture(), overrides);
  const model = (id: string) => {
    const text = files.get(`models/${id}.md`)!;
    return YAML.parse(text.split('---\n')[1] ?? '');
  };

  it('is deterministic', () => {
    const again = build(fixture(), overrides);
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
    expect(m.capabilities ?? {}).not.toHaveProperty('function_calling');
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
