/**
 * The real-looking records the synthetic catalogues draw from: labs, providers and benchmark ids as
 * they appear in data/ (names, URLs, kinds, units), kept here rather than read from data/ so a
 * re-import cannot change the generated files.
 */

export interface LabSeed {
  id: string;
  name: string;
  url: string;
  /** Model family slug the lab's synthetic models use, e.g. "gpt". */
  family: string;
  /** Display stem of model names, e.g. "GPT". */
  stem: string;
  /** The lab's own API provider id, when it has one. */
  firstParty?: string;
  /** Whether the lab usually publishes weights (sets open_weights and the licence). */
  open: boolean;
}

export const LABS: readonly LabSeed[] = [
  { id: 'openai', name: 'OpenAI', url: 'https://openai.com', family: 'gpt', stem: 'GPT', firstParty: 'openai', open: false },
  { id: 'anthropic', name: 'Anthropic', url: 'https://www.anthropic.com', family: 'claude', stem: 'Claude', firstParty: 'anthropic', open: false },
  { id: 'google', name: 'Google', url: 'https://deepmind.google', family: 'gemini', stem: 'Gemini', firstParty: 'google', open: false },
  { id: 'meta', name: 'Meta', url: 'https://ai.meta.com', family: 'llama', stem: 'Llama', open: true },
  { id: 'mistral', name: 'Mistral AI', url: 'https://mistral.ai', family: 'mistral', stem: 'Mistral', firstParty: 'mistral', open: true },
  { id: 'deepseek', name: 'DeepSeek', url: 'https://www.deepseek.com', family: 'deepseek', stem: 'DeepSeek', firstParty: 'deepseek', open: true },
  { id: 'alibaba', name: 'Alibaba (Qwen)', url: 'https://qwen.ai', family: 'qwen', stem: 'Qwen', open: true },
  { id: 'xai', name: 'xAI', url: 'https://x.ai', family: 'grok', stem: 'Grok', firstParty: 'xai', open: false },
  { id: 'microsoft', name: 'Microsoft', url: 'https://www.microsoft.com/en-us/research/', family: 'phi', stem: 'Phi', open: true },
  { id: 'cohere', name: 'Cohere', url: 'https://cohere.com', family: 'command', stem: 'Command', open: false },
  { id: 'nvidia', name: 'NVIDIA', url: 'https://www.nvidia.com/en-us/ai/', family: 'nemotron', stem: 'Nemotron', open: true },
  { id: 'zhipuai', name: 'Z.ai (Zhipu AI)', url: 'https://z.ai', family: 'glm', stem: 'GLM', open: true },
  { id: 'moonshotai', name: 'Moonshot AI', url: 'https://www.moonshot.ai', family: 'kimi', stem: 'Kimi', open: true },
  { id: 'amazon', name: 'Amazon', url: 'https://aws.amazon.com/ai/generative-ai/nova/', family: 'nova', stem: 'Nova', open: false },
];

export interface ProviderSeed {
  id: string;
  name: string;
  url: string;
  kind: 'first-party' | 'cloud' | 'aggregator' | 'host';
  currency?: string;
}

export const PROVIDERS: readonly ProviderSeed[] = [
  { id: 'openai', name: 'OpenAI', url: 'https://platform.openai.com', kind: 'first-party' },
  { id: 'anthropic', name: 'Anthropic', url: 'https://docs.anthropic.com', kind: 'first-party' },
  { id: 'google', name: 'Google', url: 'https://ai.google.dev', kind: 'first-party' },
  { id: 'mistral', name: 'Mistral', url: 'https://docs.mistral.ai', kind: 'first-party' },
  { id: 'deepseek', name: 'DeepSeek', url: 'https://api-docs.deepseek.com', kind: 'first-party' },
  { id: 'xai', name: 'xAI', url: 'https://docs.x.ai', kind: 'first-party' },
  { id: 'google-vertex', name: 'Vertex', url: 'https://cloud.google.com', kind: 'cloud' },
  { id: 'amazon-bedrock', name: 'Amazon Bedrock', url: 'https://docs.aws.amazon.com', kind: 'cloud' },
  { id: 'azure', name: 'Azure', url: 'https://learn.microsoft.com', kind: 'cloud' },
  { id: 'cloudflare-workers-ai', name: 'Cloudflare Workers AI', url: 'https://developers.cloudflare.com', kind: 'cloud' },
  { id: 'huggingface', name: 'Hugging Face', url: 'https://huggingface.co', kind: 'cloud' },
  { id: 'openrouter', name: 'OpenRouter', url: 'https://openrouter.ai', kind: 'aggregator' },
  { id: 'vercel', name: 'Vercel AI Gateway', url: 'https://vercel.com/ai-gateway', kind: 'aggregator' },
  { id: 'togetherai', name: 'Together AI', url: 'https://docs.together.ai', kind: 'host' },
  { id: 'fireworks-ai', name: 'Fireworks AI', url: 'https://fireworks.ai', kind: 'host' },
  { id: 'deepinfra', name: 'Deep Infra', url: 'https://deepinfra.com', kind: 'host' },
  { id: 'groq', name: 'Groq', url: 'https://console.groq.com', kind: 'host' },
  { id: 'cerebras', name: 'Cerebras', url: 'https://inference-docs.cerebras.ai', kind: 'host' },
  { id: 'nebius', name: 'Nebius Token Factory', url: 'https://docs.tokenfactory.nebius.com', kind: 'host' },
  { id: 'novita-ai', name: 'NovitaAI', url: 'https://novita.ai', kind: 'host' },
  { id: 'baseten', name: 'Baseten', url: 'https://docs.baseten.co', kind: 'host' },
  { id: 'hyperbolic', name: 'Hyperbolic', url: 'https://hyperbolic.ai', kind: 'host' },
  { id: 'sambanova', name: 'SambaNova Cloud', url: 'https://cloud.sambanova.ai', kind: 'host' },
  // Bills in CNY, so the catalogue needs currencies.yaml, as the real one does.
  { id: 'siliconflow-cn', name: 'SiliconFlow (China)', url: 'https://cloud.siliconflow.com', kind: 'host', currency: 'CNY' },
];

export interface BenchmarkSeed {
  id: string;
  name: string;
  url: string;
  category: 'reasoning' | 'knowledge' | 'coding' | 'math' | 'agents' | 'vision' | 'instruction-following' | 'general';
  unit: 'percent' | 'index';
  /** Plausible score range for generated models. */
  range: [number, number];
  min?: number;
  max?: number;
}

export const BENCHMARKS: readonly BenchmarkSeed[] = [
  { id: 'aider-polyglot', name: 'Aider Polyglot', url: 'https://aider.chat/docs/leaderboards/', category: 'coding', unit: 'percent', range: [5, 90] },
  { id: 'aime-2024', name: 'AIME 2024', url: 'https://artofproblemsolving.com/wiki/index.php/2024_AIME_I', category: 'math', unit: 'percent', range: [2, 95] },
  { id: 'aime-2025', name: 'AIME 2025', url: 'https://artofproblemsolving.com/wiki/index.php/2025_AIME_I', category: 'math', unit: 'percent', range: [2, 95] },
  { id: 'arc-agi', name: 'ARC-AGI-1', url: 'https://arcprize.org/arc-agi', category: 'reasoning', unit: 'percent', range: [1, 80] },
  { id: 'browsecomp', name: 'BrowseComp', url: 'https://openai.com/index/browsecomp/', category: 'agents', unit: 'percent', range: [1, 70] },
  { id: 'eci', name: 'Epoch Capabilities Index', url: 'https://epoch.ai/benchmarks/eci', category: 'general', unit: 'index', range: [90, 160], min: 0, max: 250 },
  { id: 'gpqa-diamond', name: 'GPQA Diamond', url: 'https://arxiv.org/abs/2311.12022', category: 'reasoning', unit: 'percent', range: [25, 88] },
  { id: 'gsm8k', name: 'GSM8K', url: 'https://arxiv.org/abs/2110.14168', category: 'math', unit: 'percent', range: [40, 97] },
  { id: 'hle', name: "Humanity's Last Exam", url: 'https://lastexam.ai', category: 'knowledge', unit: 'percent', range: [2, 40] },
  { id: 'humaneval', name: 'HumanEval', url: 'https://arxiv.org/abs/2107.03374', category: 'coding', unit: 'percent', range: [30, 97] },
  { id: 'ifeval', name: 'IFEval', url: 'https://arxiv.org/abs/2311.07911', category: 'instruction-following', unit: 'percent', range: [50, 93] },
  { id: 'livecodebench-v6', name: 'LiveCodeBench v6', url: 'https://livecodebench.github.io', category: 'coding', unit: 'percent', range: [10, 85] },
  { id: 'math-500', name: 'MATH-500', url: 'https://github.com/openai/prm800k', category: 'math', unit: 'percent', range: [40, 99] },
  { id: 'mmlu', name: 'MMLU', url: 'https://arxiv.org/abs/2009.03300', category: 'knowledge', unit: 'percent', range: [45, 92] },
  { id: 'mmlu-pro', name: 'MMLU-Pro', url: 'https://arxiv.org/abs/2406.01574', category: 'knowledge', unit: 'percent', range: [25, 88] },
  { id: 'mmmu', name: 'MMMU', url: 'https://mmmu-benchmark.github.io', category: 'vision', unit: 'percent', range: [30, 85] },
  { id: 'os-world', name: 'OSWorld', url: 'https://os-world.github.io', category: 'agents', unit: 'percent', range: [5, 70] },
  { id: 'scicode', name: 'SciCode', url: 'https://scicode-bench.github.io', category: 'coding', unit: 'percent', range: [5, 60] },
  { id: 'simpleqa', name: 'SimpleQA', url: 'https://openai.com/index/introducing-simpleqa/', category: 'knowledge', unit: 'percent', range: [5, 60] },
  { id: 'swe-bench-verified', name: 'SWE-bench Verified', url: 'https://openai.com/index/introducing-swe-bench-verified/', category: 'coding', unit: 'percent', range: [5, 80] },
  { id: 'tau2-airline', name: 'τ²-bench Airline', url: 'https://github.com/sierra-research/tau2-bench', category: 'agents', unit: 'percent', range: [10, 75] },
  { id: 'tau2-retail', name: 'τ²-bench Retail', url: 'https://github.com/sierra-research/tau2-bench', category: 'agents', unit: 'percent', range: [10, 85] },
  { id: 'terminal-bench-2', name: 'Terminal-Bench 2.0', url: 'https://www.tbench.ai', category: 'agents', unit: 'percent', range: [5, 65] },
];

/** Data sets a score may name in `dataset` (sources.yaml). */
export const DATASETS = [
  { id: 'epoch-ai', name: 'Epoch AI Benchmarking Hub', url: 'https://epoch.ai/benchmarks', license: 'CC-BY-4.0', license_url: 'https://creativecommons.org/licenses/by/4.0/' },
  { id: 'llm-stats', name: 'LLM-Stats', url: 'https://github.com/JonathanChavezTamales/llm-leaderboard', license: 'CC-BY-4.0', license_url: 'https://creativecommons.org/licenses/by/4.0/' },
] as const;

/** Evaluation settings as the sources write them. */
export const VARIANTS = ['0-shot', '5-shot', '0-shot CoT', 'pass@1', 'simple-evals', 'with tools', 'thinking, high effort', '4-shot, Minerva'] as const;
export const TAGS = ['coding', 'agents', 'long context', 'vision', 'cheap', 'reasoning', 'multilingual', 'on-device', 'chat', 'math'] as const;
export const CONTEXT_WINDOWS = [8192, 16384, 32768, 65536, 128000, 131072, 200000, 262144, 400000, 1000000, 1048576] as const;
export const OUTPUT_LIMITS = [4096, 8192, 16384, 32768, 65536, 128000] as const;
export const OPEN_LICENSES = ['MIT', 'Apache-2.0', 'Llama 3.1 Community License', 'Gemma Terms of Use'] as const;
export const SUFFIXES = ['', 'mini', 'flash', 'pro', 'max', 'turbo', 'lite', 'instruct', 'thinking', 'nano', 'plus', 'coder'] as const;
