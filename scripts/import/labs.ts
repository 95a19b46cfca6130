/** Explicit lab table (hand-maintained). No guessing beyond these tables. */

export interface Lab {
  name: string;
  url: string;
  /** providers (data/providers ids) that are this lab's own API */
  firstParty?: string[];
}

export const LABS: Record<string, Lab> = {
  ai2: { name: 'Ai2 (Allen Institute for AI)', url: 'https://allenai.org' },
  ai21: { name: 'AI21 Labs', url: 'https://www.ai21.com', firstParty: ['ai21'] },
  alibaba: { name: 'Alibaba (Qwen)', url: 'https://qwen.ai', firstParty: ['alibaba', 'alibaba-cn'] },
  amazon: { name: 'Amazon', url: 'https://aws.amazon.com/ai/generative-ai/nova/', firstParty: ['amazon-nova'] },
  anthropic: { name: 'Anthropic', url: 'https://www.anthropic.com', firstParty: ['anthropic'] },
  arcee: { name: 'Arcee AI', url: 'https://www.arcee.ai' },
  baidu: { name: 'Baidu', url: 'https://yiyan.baidu.com' },
  bytedance: { name: 'ByteDance Seed', url: 'https://seed.bytedance.com', firstParty: ['volcengine'] },
  cohere: { name: 'Cohere', url: 'https://cohere.com', firstParty: ['cohere'] },
  deepreinforce: { name: 'DeepReinforce', url: 'https://deep-reinforce.com' },
  deepseek: { name: 'DeepSeek', url: 'https://www.deepseek.com', firstParty: ['deepseek'] },
  google: { name: 'Google', url: 'https://deepmind.google', firstParty: ['google'] },
  ibm: { name: 'IBM', url: 'https://www.ibm.com/granite' },
  inception: { name: 'Inception', url: 'https://www.inceptionlabs.ai', firstParty: ['inception'] },
  inclusionai: { name: 'inclusionAI (Ant Group)', url: 'https://huggingface.co/inclusionAI' },
  liquid: { name: 'Liquid AI', url: 'https://www.liquid.ai' },
  meituan: { name: 'Meituan LongCat', url: 'https://longcat.ai' },
  meta: { name: 'Meta', url: 'https://ai.meta.com', firstParty: ['llama'] },
  microsoft: { name: 'Microsoft', url: 'https://www.microsoft.com/en-us/research/' },
  minimax: { name: 'MiniMax', url: 'https://www.minimax.io', firstParty: ['minimax', 'minimax-cn'] },
  mistral: { name: 'Mistral AI', url: 'https://mistral.ai', firstParty: ['mistral'] },
  moonshotai: { name: 'Moonshot AI', url: 'https://www.moonshot.ai', firstParty: ['moonshotai', 'moonshotai-cn'] },
  morph: { name: 'Morph', url: 'https://morphllm.com', firstParty: ['morph'] },
  nousresearch: { name: 'Nous Research', url: 'https://nousresearch.com' },
  nvidia: { name: 'NVIDIA', url: 'https://www.nvidia.com/en-us/ai/', firstParty: ['nvidia'] },
  openai: { name: 'OpenAI', url: 'https://openai.com', firstParty: ['openai'] },
  perplexity: { name: 'Perplexity', url: 'https://www.perplexity.ai', firstParty: ['perplexity'] },
  poolside: { name: 'Poolside', url: 'https://poolside.ai', firstParty: ['poolside'] },
  sakana: { name: 'Sakana AI', url: 'https://sakana.ai', firstParty: ['sakana'] },
  sarvam: { name: 'Sarvam AI', url: 'https://www.sarvam.ai', firstParty: ['sarvam'] },
  stepfun: { name: 'StepFun', url: 'https://www.stepfun.com', firstParty: ['stepfun'] },
  tencent: { name: 'Tencent Hunyuan', url: 'https://hunyuan.tencent.com' },
  upstage: { name: 'Upstage', url: 'https://www.upstage.ai', firstParty: ['upstage'] },
  xai: { name: 'xAI', url: 'https://x.ai', firstParty: ['xai'] },
  xiaomi: { name: 'Xiaomi MiMo', url: 'https://mimo.xiaomi.com', firstParty: ['xiaomi'] },
  zhipuai: { name: 'Z.ai (Zhipu AI)', url: 'https://z.ai', firstParty: ['zai', 'zhipuai'] },
};

/** Organisation slugs as they appear in route ids (HF orgs, aggregator vendor slugs, LLM-Stats orgs). */
export const ORG_TO_LAB: Record<string, string> = {
  'ai21': 'ai21', 'ai21labs': 'ai21',
  'alibaba': 'alibaba', 'qwen': 'alibaba', 'alibaba-cloud': 'alibaba',
  'allenai': 'ai2', 'ai2': 'ai2',
  'amazon': 'amazon', 'amazon-nova': 'amazon',
  'anthropic': 'anthropic',
  'arcee-ai': 'arcee', 'arcee': 'arcee',
  'baidu': 'baidu',
  'bytedance': 'bytedance', 'bytedance-seed': 'bytedance', 'bytedance-research': 'bytedance',
  'cohere': 'cohere', 'coherelabs': 'cohere', 'cohereforai': 'cohere',
  'deepreinforce': 'deepreinforce',
  'deepseek': 'deepseek', 'deepseek-ai': 'deepseek',
  'google': 'google', 'google-deepmind': 'google',
  'ibm': 'ibm', 'ibm-granite': 'ibm',
  'inception': 'inception', 'inceptionlabs': 'inception',
  'inclusionai': 'inclusionai',
  'liquid': 'liquid', 'liquidai': 'liquid',
  'meituan': 'meituan', 'meituan-longcat': 'meituan',
  'meta': 'meta', 'meta-llama': 'meta',
  'microsoft': 'microsoft',
  'minimax': 'minimax', 'minimaxai': 'minimax',
  'mistral': 'mistral', 'mistralai': 'mistral',
  'moonshotai': 'moonshotai', 'moonshot': 'moonshotai', 'moonshot-ai': 'moonshotai',
  'morph': 'morph',
  'nousresearch': 'nousresearch',
  'nvidia': 'nvidia',
  'openai': 'openai',
  'perplexity': 'perplexity', 'perplexity-ai': 'perplexity',
  'sakana': 'sakana', 'sakanaai': 'sakana',
  'sarvam': 'sarvam', 'sarvamai': 'sarvam',
  'stepfun': 'stepfun', 'stepfun-ai': 'stepfun',
  'tencent': 'tencent',
  'upstage': 'upstage',
  'x-ai': 'xai', 'xai': 'xai',
  'xiaomi': 'xiaomi', 'xiaomimimo': 'xiaomi',
  'z-ai': 'zhipuai', 'zai': 'zhipuai', 'zai-org': 'zhipuai', 'zhipuai': 'zhipuai', 'thudm': 'zhipuai',
};

/** Model-name prefixes that identify the lab unambiguously (checked on the match key). */
export const PREFIX_TO_LAB: [RegExp, string][] = [
  [/^(gpt-|o1($|-)|o3($|-)|o4-|chatgpt-|codex-)/, 'openai'],
  [/^claude-/, 'anthropic'],
  [/^(gemini-|gemma-|medgemma-)/, 'google'],
  [/^(nemotron-|llama-3-1-nemotron|llama-3-3-nemotron|llama-nemotron)/, 'nvidia'],
  [/^(llama-|llama4-)/, 'meta'],
  [/^(qwen|qwq-|qvq-)/, 'alibaba'],
  [/^deepseek-/, 'deepseek'],
  [/^(mistral-|mixtral-|ministral-|codestral-|devstral-|magistral-|pixtral-|voxtral-)/, 'mistral'],
  [/^phi-/, 'microsoft'],
  [/^grok-/, 'xai'],
  [/^(glm-|chatglm)/, 'zhipuai'],
  [/^kimi-/, 'moonshotai'],
  [/^minimax-/, 'minimax'],
  [/^(command-|c4ai-|aya-)/, 'cohere'],
  [/^granite-/, 'ibm'],
  [/^jamba-/, 'ai21'],
  [/^ernie-/, 'baidu'],
  [/^(hunyuan-|hy3)/, 'tencent'],
  [/^mimo-/, 'xiaomi'],
  [/^step-/, 'stepfun'],
  [/^(seed-|doubao-)/, 'bytedance'],
  [/^nova-/, 'amazon'],
  [/^olmo-/, 'ai2'],
  [/^hermes-/, 'nousresearch'],
  [/^sonar/, 'perplexity'],
  [/^lfm/, 'liquid'],
  [/^(ling-|ring-)/, 'inclusionai'],
  [/^longcat-/, 'meituan'],
  [/^mercury/, 'inception'],
  [/^solar-/, 'upstage'],
];

export function labFromOrg(org: string | undefined): string | undefined {
  if (!org) return undefined;
  return ORG_TO_LAB[org.toLowerCase()];
}

export function labFromKey(key: string): string | undefined {
  for (const [re, lab] of PREFIX_TO_LAB) if (re.test(key)) return lab;
  return undefined;
}
