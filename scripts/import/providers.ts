/** Provider classification and LiteLLM provider mapping (hand-maintained tables). */

export type ProviderKind = 'first-party' | 'cloud' | 'aggregator' | 'host';

const AGGREGATORS = new Set([
  '302ai', 'abacus', 'aihubmix', 'anyapi', 'auriko', 'claudinio', 'cloudflare-ai-gateway', 'crof',
  'fastrouter', 'freemodel', 'frogbot', 'github-copilot', 'gitlab', 'helicone', 'jiekou', 'kilo',
  'llmgateway', 'llmtr', 'merge-gateway', 'nano-gpt', 'opencode', 'opencode-go', 'openrouter',
  'orcarouter', 'poe', 'qihang-ai', 'requesty', 'routing-run', 'the-grid-ai', 'vercel', 'vivgrid',
  'xpersona', 'zeldoc', 'zenmux', 'umans-ai', 'umans-ai-coding-plan', 'lucidquery', 'atomic-chat',
  'submodel', 'gmicloud', 'dinference', 'neon',
]);

const CLOUDS = new Set([
  'azure', 'azure-cognitive-services', 'amazon-bedrock', 'google-vertex', 'google-vertex-anthropic',
  'oracle-oci', 'ibm-watsonx', 'databricks', 'snowflake-cortex', 'sap-ai-core', 'cloudflare-workers-ai',
  'digitalocean', 'scaleway', 'ovhcloud', 'stackit', 'vultr', 'evroc', 'cloudferro-sherlock',
  'github-models', 'volcengine', 'heroku', 'tencent-tokenhub', 'qiniu-ai', 'modelscope', 'huggingface',
]);

const FIRST_PARTY = new Set([
  'openai', 'anthropic', 'google', 'mistral', 'deepseek', 'xai', 'cohere', 'perplexity', 'perplexity-agent',
  'moonshotai', 'moonshotai-cn', 'kimi-for-coding', 'minimax', 'minimax-cn', 'minimax-coding-plan',
  'minimax-cn-coding-plan', 'zai', 'zai-coding-plan', 'zhipuai', 'zhipuai-coding-plan', 'alibaba',
  'alibaba-cn', 'alibaba-coding-plan', 'alibaba-coding-plan-cn', 'alibaba-token-plan',
  'alibaba-token-plan-cn', 'xiaomi', 'xiaomi-token-plan-ams', 'xiaomi-token-plan-cn',
  'xiaomi-token-plan-sgp', 'stepfun', 'stepfun-ai', 'llama', 'inception', 'morph', 'poolside', 'sakana',
  'sarvam', 'upstage', 'v0', 'ai21', 'amazon-nova', 'tencent-coding-plan', 'gigachat', 'bailing',
]);

export function providerKind(id: string): ProviderKind {
  if (FIRST_PARTY.has(id)) return 'first-party';
  if (CLOUDS.has(id)) return 'cloud';
  if (AGGREGATORS.has(id)) return 'aggregator';
  return 'host';
}

/** China-region providers that bill in CNY (models.dev still labels their figures USD). */
export function providerCurrency(id: string): 'CNY' | undefined {
  if (/-cn$/.test(id) || id === 'iflowcn') return 'CNY';
  return undefined;
}

/**
 * LiteLLM `litellm_provider` -> our provider id. `null` = skip (local runtimes,
 * subscriptions without per-token prices, retired APIs).
 */
export const LITELLM_PROVIDERS: Record<string, string | null> = {
  openai: 'openai', 'text-completion-openai': 'openai', chatgpt: null,
  anthropic: 'anthropic',
  azure: 'azure', azure_ai: 'azure', azure_text: 'azure',
  bedrock: 'amazon-bedrock', bedrock_converse: 'amazon-bedrock', bedrock_mantle: 'amazon-bedrock',
  cerebras: 'cerebras', cloudflare: 'cloudflare-workers-ai',
  codestral: 'mistral', 'text-completion-codestral': 'mistral', mistral: 'mistral',
  cohere: 'cohere', cohere_chat: 'cohere',
  deepseek: 'deepseek', dashscope: 'alibaba', databricks: 'databricks', deepinfra: 'deepinfra',
  volcengine: 'volcengine', featherless_ai: 'featherless', fireworks_ai: 'fireworks-ai',
  friendliai: 'friendli', gemini: 'google',
  'vertex_ai-language-models': 'google-vertex', vertex_ai: 'google-vertex',
  'vertex_ai-anthropic_models': 'google-vertex-anthropic', 'vertex_ai-mistral_models': 'google-vertex',
  'vertex_ai-deepseek_models': 'google-vertex', 'vertex_ai-ai21_models': 'google-vertex',
  'vertex_ai-llama_models': 'google-vertex', 'vertex_ai-minimax_models': 'google-vertex',
  'vertex_ai-moonshot_models': 'google-vertex', 'vertex_ai-zai_models': 'google-vertex',
  'vertex_ai-openai_models': 'google-vertex', 'vertex_ai-qwen_models': 'google-vertex',
  'vertex_ai-text-models': null, palm: null,
  github_copilot: null, gigachat: 'gigachat', gmi: 'gmicloud', baseten: 'baseten',
  gradient_ai: 'digitalocean', lemonade: null, ollama: null, amazon_nova: 'amazon-nova', groq: 'groq',
  heroku: 'heroku', hyperbolic: 'hyperbolic', ai21: 'ai21', crusoe: 'crusoe', inception: 'inception',
  'text-completion-inception': 'inception', lambda_ai: 'lambda', meta: null, meta_llama: 'llama',
  minimax: 'minimax', moonshot: 'moonshotai', morph: 'morph', nscale: 'nscale', nebius: 'nebius',
  oci: 'oracle-oci', openrouter: 'openrouter', ovhcloud: 'ovhcloud', perplexity: 'perplexity',
  publicai: 'publicai', replicate: 'replicate', sagemaker: null, sambanova: 'sambanova',
  snowflake: 'snowflake-cortex', together_ai: 'togetherai', v0: 'v0', vercel_ai_gateway: 'vercel',
  wandb: 'wandb', watsonx: 'ibm-watsonx', xai: 'xai', zai: 'zai', scaleway: 'scaleway',
  novita: 'novita-ai', llamagate: 'llamagate', libertai: 'libertai', sarvam: 'sarvam',
  tensormesh: 'tensormesh', tencent: 'tencent-tokenhub', pinstripes: null, darkbloom: null,
  anyscale: null, nlp_cloud: null,
};

/** Names/URLs for providers that only LiteLLM knows (models.dev providers use provider.toml). */
export const EXTRA_PROVIDERS: Record<string, { name: string; url: string }> = {
  'amazon-nova': { name: 'Amazon Nova', url: 'https://nova.amazon.com' },
  ai21: { name: 'AI21 Studio', url: 'https://www.ai21.com' },
  crusoe: { name: 'Crusoe Cloud', url: 'https://crusoe.ai' },
  featherless: { name: 'Featherless', url: 'https://featherless.ai' },
  gigachat: { name: 'GigaChat', url: 'https://developers.sber.ru/gigachat' },
  heroku: { name: 'Heroku Managed Inference', url: 'https://www.heroku.com' },
  hyperbolic: { name: 'Hyperbolic', url: 'https://hyperbolic.ai' },
  'ibm-watsonx': { name: 'IBM watsonx.ai', url: 'https://www.ibm.com/watsonx' },
  lambda: { name: 'Lambda', url: 'https://lambda.ai' },
  libertai: { name: 'LibertAI', url: 'https://libertai.io' },
  llamagate: { name: 'LlamaGate', url: 'https://llamagate.dev' },
  nscale: { name: 'Nscale', url: 'https://www.nscale.com' },
  'oracle-oci': { name: 'Oracle Cloud Infrastructure Generative AI', url: 'https://www.oracle.com/artificial-intelligence/generative-ai/' },
  publicai: { name: 'Public AI', url: 'https://publicai.co' },
  replicate: { name: 'Replicate', url: 'https://replicate.com' },
  sambanova: { name: 'SambaNova Cloud', url: 'https://cloud.sambanova.ai' },
  tensormesh: { name: 'Tensormesh', url: 'https://www.tensormesh.ai' },
  volcengine: { name: 'Volcano Engine (ByteDance)', url: 'https://www.volcengine.com' },
};

/** Strip LiteLLM's routing prefix from a key to get the id sent to the provider. */
export function litellmModelId(key: string): string {
  const prefixes = [
    'openai/', 'azure_ai/', 'azure/', 'bedrock_mantle/', 'bedrock/', 'cerebras/', 'cloudflare/', 'codestral/',
    'text-completion-codestral/', 'text-completion-inception/', 'dashscope/', 'databricks/', 'deepinfra/',
    'deepseek/', 'volcengine/', 'featherless_ai/', 'fireworks_ai/', 'friendliai/', 'gemini/', 'vertex_ai/',
    'gigachat/', 'gmi/', 'baseten/', 'gradient_ai/', 'amazon-nova/', 'groq/', 'heroku/', 'hyperbolic/',
    'crusoe/', 'inception/', 'lambda_ai/', 'meta_llama/', 'minimax/', 'mistral/', 'moonshot/', 'morph/',
    'nscale/', 'nebius/', 'oci/', 'openrouter/', 'ovhcloud/', 'perplexity/', 'publicai/', 'replicate/',
    'sambanova/', 'snowflake/', 'together_ai/', 'v0/', 'vercel_ai_gateway/', 'wandb/', 'watsonx/', 'xai/',
    'zai/', 'scaleway/', 'novita/', 'llamagate/', 'libertai/', 'sarvam/', 'tensormesh/', 'tencent/',
  ];
  for (const p of prefixes) if (key.startsWith(p)) return key.slice(p.length);
  return key;
}

/** Region-pinned LiteLLM keys (separate regional price lists); lower rank = preferred. */
export function litellmRegionRank(key: string): number {
  if (/^bedrock\/[^/]+\//.test(key)) return 3;
  if (/^azure\/(us|eu|global)\//.test(key)) return 3;
  if (/^global\./.test(key)) return 1;
  if (/^(us|eu|au|jp|apac|ca|us-gov|sa|ap|in|uk)\./.test(key)) return 2;
  return 0;
}
