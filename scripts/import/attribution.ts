/** sources.yaml entries and licence files to copy (pure data). */

export interface SourceEntry {
  id: string;
  name: string;
  url: string;
  license: string;
  license_url: string;
  license_file: string;
  snapshot: string;
  used_for: string;
  changes: string;
  credit: string;
}

/** [source path relative to the data-sources folder, destination under <out>/licenses/] */
export const LICENSE_FILES: [string, string][] = [
  ['models.dev/LICENSE', 'models.dev-LICENSE'],
  ['litellm/LICENSE', 'litellm-LICENSE'],
  ['epoch-ai/LICENSE-CC-BY-4.0.txt', 'epoch-ai-LICENSE-CC-BY-4.0.txt'],
  ['epoch-ai/benchmark_data/README.md', 'epoch-ai-README.md'],
  ['llm-stats/LICENSE.md', 'llm-stats-LICENSE.md'],
  ['llm-stats/LICENSE-CC-BY-4.0.txt', 'llm-stats-LICENSE-CC-BY-4.0.txt'],
];

export const SOURCES: SourceEntry[] = [
  {
    id: 'models-dev',
    name: 'models.dev',
    url: 'https://models.dev',
    license: 'MIT',
    license_url: 'https://github.com/anomalyco/models.dev/blob/dev/LICENSE',
    license_file: 'licenses/models.dev-LICENSE',
    snapshot: 'commit f3fc692299671838c7c65fd8126bf84d81a2e817, 2026-07-01',
    used_for: 'model facts (models/ files and first-party routes), provider routes, prices and limits, some benchmark results',
    credit: 'Data: models.dev (MIT)',
    changes: 'base_model inheritance resolved; deprecated routes dropped; ids lower-cased and merged into one record per model; China-region providers marked as billing in CNY',
  },
  {
    id: 'litellm',
    name: 'LiteLLM model_prices_and_context_window.json',
    url: 'https://github.com/BerriAI/litellm',
    license: 'MIT',
    license_url: 'https://github.com/BerriAI/litellm/blob/main/LICENSE',
    license_file: 'licenses/litellm-LICENSE',
    snapshot: 'main as of 2026-07-24 (mirror github.com/RoCry/llm-api-price commit 8442b939a6ead479f7995b5d74d8dce488bd0966)',
    used_for: 'additional provider routes, prices and context limits (chat/completion/responses modes only)',
    credit: 'Prices: LiteLLM (MIT)',
    changes: 'USD per token multiplied by 1,000,000 (USD per 1M tokens); prices above 1,000 USD per 1M tokens dropped as unit errors; routes past their deprecation_date dropped',
  },
  {
    id: 'epoch-ai',
    name: "Epoch AI, 'AI Benchmarking Hub'",
    url: 'https://epoch.ai/benchmarks',
    license: 'CC-BY-4.0',
    license_url: 'https://creativecommons.org/licenses/by/4.0/',
    license_file: 'licenses/epoch-ai-LICENSE-CC-BY-4.0.txt',
    snapshot: 'benchmark_data bundle dated 2026-04 (copy committed 2026-04-19)',
    used_for: 'independently run and curated benchmark scores',
    credit: "Epoch AI, 'AI Benchmarking Hub'. Published online at epoch.ai. Retrieved from https://epoch.ai/benchmarks",
    changes: "Epoch's 0-1 scores multiplied by 100 (percent); files already on 0-100 (Aider Polyglot, LiveBench, OSWorld), Elo (WebDev Arena) and the ECI index kept as published; effort suffixes moved into the score variant; one score kept per model, benchmark and variant (the highest)",
  },
  {
    id: 'llm-stats',
    name: 'LLM-Stats (llm-leaderboard)',
    url: 'https://llm-stats.com',
    license: 'CC-BY-4.0',
    license_url: 'https://creativecommons.org/licenses/by/4.0/',
    license_file: 'licenses/llm-stats-LICENSE-CC-BY-4.0.txt',
    snapshot: 'commit 872b75f63b8d853c46ed17856424029a0c47b1d2, 2025-10-24',
    used_for: 'vendor-reported benchmark scores with source links, parameter counts, licences, release dates, knowledge cut-offs',
    credit: 'Benchmarks: LLM-Stats (CC BY 4.0)',
    changes: '0-1 scores multiplied by 100 (percent); licence ids mapped to SPDX ids or licence names; knowledge cut-offs given as the first day of a month shortened to YYYY-MM',
  },
];
