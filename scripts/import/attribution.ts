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
  // The OpenHands Index has no LICENSE file: its README's "License" section is the licence statement
  // (MIT), so the README ships whole, as the data-sources README asks.
  ['openhands-index/README.md', 'openhands-index-README.md'],
  ['tau2-bench/LICENSE', 'tau2-bench-LICENSE'],
  ['vectara-hhem/LICENSE', 'vectara-hhem-LICENSE'],
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
    used_for: "Epoch's own benchmark runs (independent) and its curated copies of external leaderboards and papers (a row citing a lab's paper, blog or model card is marked self-reported)",
    credit: "Epoch AI, 'AI Benchmarking Hub'. Published online at epoch.ai. Retrieved from https://epoch.ai/benchmarks",
    changes: "Epoch's 0-1 scores multiplied by 100 (percent); files already on 0-100 (Aider Polyglot, LiveBench, OSWorld), Elo (WebDev Arena) and the ECI index kept as published; effort suffixes moved into the score variant; Terminal-Bench rows filed as Terminal-Bench 2.0 and LiveBench rows under their question release; one score kept per model, benchmark and variant (the highest)",
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
  {
    id: 'openhands-index',
    name: 'OpenHands Index (All Hands AI)',
    url: 'https://github.com/OpenHands/openhands-index-results',
    license: 'MIT',
    license_url: 'https://github.com/OpenHands/openhands-index-results#license',
    license_file: 'licenses/openhands-index-README.md',
    snapshot: 'commit 3015ac612e7196f428e6e8a3948965d32d9a3331, 2026-06-30',
    used_for: 'independently run agent benchmarks: the OpenHands agent on SWE-bench Verified, SWT-bench, GAIA, Commit0 and SWE-bench Multimodal, with cost per task',
    credit: 'OpenHands Index (All Hands AI), MIT',
    changes: 'results/ only (other agents in alternative_agents/ left out); each task set kept as its own benchmark, apart from vendor figures; agent version kept as the score variant; cost_per_instance kept as cost per task (USD, 3 decimals); model display names mapped to catalogue ids (curated aliases where needed)',
  },
  {
    id: 'tau2-bench',
    name: 'τ²-bench leaderboard (Sierra Research)',
    url: 'https://github.com/sierra-research/tau2-bench',
    license: 'MIT',
    license_url: 'https://github.com/sierra-research/tau2-bench/blob/main/LICENSE',
    license_file: 'licenses/tau2-bench-LICENSE',
    snapshot: 'commit a2c024725189473d2d7cea3a5cfdbcc67478e41f, 2026-08-18',
    used_for: 'tool-using customer-service agent scores (pass^1) per domain: airline, retail, telecom, banking',
    credit: 'τ²-bench (Sierra Research), MIT',
    changes: 'text submissions only (voice left out); pass_1 kept per domain, each domain its own benchmark; runs by Sierra marked independent, other submitters self-reported; reasoning effort and τ²-bench version kept as the variant; submissions that ran the original τ-bench filed under τ-bench',
  },
  {
    id: 'vectara-hhem',
    name: 'Vectara Hallucination Leaderboard (HHEM)',
    url: 'https://github.com/vectara/hallucination-leaderboard',
    license: 'Apache-2.0',
    license_url: 'https://github.com/vectara/hallucination-leaderboard/blob/main/LICENSE',
    license_file: 'licenses/vectara-hhem-LICENSE',
    snapshot: 'commit 2e0985929addf7fd52451854fd899161edea0aa4, table last updated 2026-03-10',
    used_for: 'hallucination rate when summarising short documents (lower is better)',
    credit: 'Vectara Hallucination Leaderboard (HHEM), Apache-2.0',
    changes: 'hallucination rate column only; reasoning effort in OpenAI model ids moved to the variant; model ids mapped to catalogue ids (curated aliases where needed)',
  },
];
