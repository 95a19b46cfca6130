/** A small set of sources shaped like the real ones (Phi-4 and GPT-4.1, the README's worked examples), for stage tests. */
import type { SourceData } from './sources.ts';
import { EMPTY_CURATED, type Curated } from './curated/schema.ts';

const phiRoute = (name: string, context: number, input: number, output: number, extra: Record<string, unknown> = {}) => ({
  name, family: 'phi', release_date: '2024-12-11', last_updated: '2024-12-11', open_weights: true, tool_call: false, reasoning: false,
  cost: { input, output }, limit: { context, output: 4096 }, modalities: { input: ['text'], output: ['text'] }, ...extra,
});

export function fixture(): SourceData {
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


/** The curated decision the fixture needs: GPT-4.1's dated snapshot is the alias (OpenAI's model page). */
export const fixtureCurated: Curated = {
  ...EMPTY_CURATED,
  aliases: { merge: [{ into: 'gpt-4.1', same: ['gpt-4.1-2025-04-14'], source: 'https://platform.openai.com/docs/models/gpt-4.1' }], split: [], exclude: [] },
};
