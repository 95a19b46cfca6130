/**
 * Model-id normalisation (pure). No fuzzy matching: every rule is an explicit,
 * deterministic string transformation documented in the data-sources README
 * ("Mapping one model across providers and sources").
 */

export const ID_RE = /^[a-z0-9][a-z0-9._-]*$/;

export function isValidId(id: string): boolean {
  return ID_RE.test(id) && !id.includes('-vs-');
}

const REGION_PREFIX = /^(us|eu|au|jp|apac|global|us-gov|ca|sa|ap|in|uk)\./;
const VENDOR_PREFIX =
  /^(anthropic|meta|openai|amazon|mistral|cohere|ai21|deepseek|qwen|writer|google|minimax|moonshot|moonshotai|nvidia|zai|twelvelabs|stability|luma|xai)\.(.+)$/;

/** Provider-specific id prefixes that only name the vendor (DigitalOcean, Snowflake, Databricks...). */
const PROVIDER_PREFIXES: Record<string, RegExp> = {
  digitalocean: /^(openai|anthropic|alibaba|meta|mistral)-/,
  'snowflake-cortex': /^(openai)-/,
  databricks: /^databricks-/,
  // Mistral's own API names its open-weights models "open-…" (open-mixtral-8x7b, open-mistral-nemo)
  mistral: /^open-/,
  // Meta's Llama API names the host that serves the model (groq-llama-4-…, cerebras-llama-4-…)
  llama: /^(groq|cerebras)-/,
};

/**
 * Clean one raw model id as a provider spells it: last path segment, lower case,
 * routing suffixes (":free", ":thinking", "@date", "-free"), Bedrock region/vendor
 * prefixes and version tags ("-v1:0"), Vertex "-maas". Keeps size/variant words.
 */
export function cleanModelId(raw: string, provider = ''): string {
  let s = raw.trim();
  s = s.split('/').filter(Boolean).pop() ?? s;
  s = s.toLowerCase();
  s = s.replace(REGION_PREFIX, '');
  const vendor = s.match(VENDOR_PREFIX);
  if (vendor?.[2] !== undefined) {
    // group 2 is `(.+)`, so it is present whenever VENDOR_PREFIX matches. Bedrock writes some
    // models as a bare version after the vendor ("deepseek.v3.2", "deepseek.r1-v1:0"): keep the
    // vendor word then, or "v3.2" would be a model of its own.
    s = /^[a-z]?\d/.test(vendor[2]) ? `${vendor[1]}-${vendor[2]}` : vendor[2];
    // Bedrock version tags: "-v1:0", "-v1", "-v2:0:128k"
    s = s.replace(/-v\d+(:\d+)*(:\d+k)?$/, '');
  }
  s = s.replace(/-v\d+:\d+$/, '');
  s = s.replace(/:.*$/, ''); // :free, :thinking, :high, :32768
  s = s.replace(/@.*$/, ''); // Vertex "@20250929", "@001"
  s = s.replace(/-free$/, '');
  s = s.replace(/-maas$/, '');
  const pp = PROVIDER_PREFIXES[provider];
  if (pp) s = s.replace(pp, '');
  return s;
}

/**
 * Match key: cleaned id with spelling-only differences removed. Two ids with the
 * same key are the same model. Rules: "." == "-" between version digits, a trailing
 * "-instruct" is dropped (Phi-4-mini == Phi-4-mini-instruct), "meta-llama-" == "llama-",
 * "llama3" == "llama-3", "qwen-2" == "qwen2", quantisation suffixes (fp8...) dropped, Fireworks "p"
 * versions ("k2p6" == "k2-6"), Claude 4+ tier order ("claude-4-5-opus" == "claude-opus-4-5").
 * Size and variant words (mini, reasoning, multimodal, 70b...) are never touched.
 */
export function matchKey(cleaned: string): string {
  let s = cleaned.toLowerCase();
  s = s.replace(/_/g, '-');
  s = s.replace(/\./g, '-');
  // Fireworks writes versions with "p" (kimi-k2p6 = kimi-k2.6, qwen2p5 = qwen2.5)
  s = s.replace(/(\d)p(\d)/g, '$1-$2');
  // Claude 4 and later put the tier first (claude-opus-4-5); resellers also write claude-4.5-opus.
  // Claude 3.x really is version-first (claude-3-5-sonnet), so only majors from 4 are reordered.
  s = s.replace(/^claude-([4-9]|\d\d)(-\d+)?-(opus|sonnet|haiku)(?=-|$)/, 'claude-$3-$1$2');
  s = s.replace(/-(fp8|fp16|bf16|int8|int4|awq|gguf|mxfp4)$/, '');
  s = s.replace(/^meta-llama-/, 'llama-');
  s = s.replace(/^llama(\d)/, 'llama-$1');
  s = s.replace(/^qwen-(\d)/, 'qwen$1');
  s = s.replace(/-instruct$/, '');
  return s;
}

export function keyOf(raw: string, provider = ''): string {
  return matchKey(cleanModelId(raw, provider));
}

/** Turn any cleaned id into a valid record id (lower case, safe characters, no "-vs-"). */
export function toRecordId(cleaned: string): string {
  let s = cleaned.toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/-+/g, '-');
  s = s.replace(/^[^a-z0-9]+/, '').replace(/[-._]+$/, '');
  s = s.replace(/-vs-/g, '-v-');
  return s;
}

/** Strip an effort/setting suffix from an Epoch "Model version" ("gpt-5_high" -> ["gpt-5","high"]). */
export function splitEpochVersion(v: string): { id: string; variant?: string } {
  const m = v.match(/^(.*?)_([a-z0-9-]+)$/i);
  const id = m?.[1];
  const variant = m?.[2];
  if (id !== undefined && variant !== undefined && !/^\d+$/.test(variant)) return { id, variant };
  return { id: v };
}
