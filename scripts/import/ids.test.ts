import { describe, expect, it } from 'vitest';
import { cleanModelId, keyOf, matchKey, isValidId, toRecordId, splitEpochVersion } from './ids.ts';

describe('cleanModelId', () => {
  it('takes the last path segment and lower-cases', () => {
    expect(cleanModelId('microsoft/phi-4')).toBe('phi-4');
    expect(cleanModelId('accounts/fireworks/models/deepseek-r1')).toBe('deepseek-r1');
    expect(cleanModelId('@cf/meta/llama-3.1-8b-instruct')).toBe('llama-3.1-8b-instruct');
    expect(cleanModelId('wandb/microsoft/Phi-4-mini-instruct')).toBe('phi-4-mini-instruct');
  });
  it('drops routing suffixes', () => {
    expect(cleanModelId('meta-llama/llama-3.3-70b-instruct:free')).toBe('llama-3.3-70b-instruct');
    expect(cleanModelId('anthropic/claude-3.7-sonnet:thinking')).toBe('claude-3.7-sonnet');
    expect(cleanModelId('deepseek-r1:32768')).toBe('deepseek-r1');
    expect(cleanModelId('glm-4.5-free')).toBe('glm-4.5');
    expect(cleanModelId('claude-sonnet-4-5@20250929')).toBe('claude-sonnet-4-5');
    expect(cleanModelId('qwen/qwen3-coder-480b-a35b-instruct-maas')).toBe('qwen3-coder-480b-a35b-instruct');
  });
  it('drops Bedrock region, vendor prefix and version tag', () => {
    expect(cleanModelId('us.anthropic.claude-sonnet-4-5-20250929-v1:0')).toBe('claude-sonnet-4-5-20250929');
    expect(cleanModelId('global.anthropic.claude-opus-4-6-v1')).toBe('claude-opus-4-6');
    expect(cleanModelId('amazon.nova-pro-v1:0')).toBe('nova-pro');
    expect(cleanModelId('meta.llama3-1-70b-instruct-v1:0')).toBe('llama3-1-70b-instruct');
  });
  it('keeps real version words that look like tags when there is no Bedrock vendor prefix', () => {
    expect(cleanModelId('nvidia/llama-3.3-nemotron-super-49b-v1')).toBe('llama-3.3-nemotron-super-49b-v1');
    expect(cleanModelId('deepseek-ai/deepseek-v3')).toBe('deepseek-v3');
  });
  it('drops provider-specific vendor prefixes only for that provider', () => {
    expect(cleanModelId('openai-gpt-4.1', 'digitalocean')).toBe('gpt-4.1');
    expect(cleanModelId('databricks-claude-sonnet-4', 'databricks')).toBe('claude-sonnet-4');
    expect(cleanModelId('openai-gpt-4.1', 'openrouter')).toBe('openai-gpt-4.1');
  });
});

describe('matchKey / keyOf', () => {
  it('keeps phi-4, phi-4-mini, phi-4-reasoning, phi-4-multimodal apart', () => {
    const keys = ['microsoft/phi-4', 'phi-4-mini', 'phi-4-reasoning', 'phi-4-multimodal-instruct', 'phi-4-mini-reasoning'].map((s) => keyOf(s));
    expect(new Set(keys).size).toBe(5);
  });
  it('treats -instruct as equivalent (Phi-4-mini == Phi-4-mini-instruct)', () => {
    expect(keyOf('azure/phi-4-mini')).toBe(keyOf('wandb/microsoft/Phi-4-mini-instruct'));
    expect(keyOf('azure_ai/Phi-4-mini-instruct')).toBe(keyOf('phi-4-mini'));
    expect(keyOf('phi-4')).not.toBe(keyOf('phi-4-mini-instruct'));
  });
  it('treats dots and dashes in versions as the same spelling', () => {
    expect(keyOf('anthropic/claude-sonnet-4.5')).toBe(keyOf('claude-sonnet-4-5'));
    expect(keyOf('Qwen/Qwen2.5-VL-72B-Instruct')).toBe(keyOf('qwen2-5-vl-72b-instruct'));
  });
  it('normalises llama and qwen spellings', () => {
    expect(keyOf('Meta-Llama-3.1-8B-Instruct')).toBe(keyOf('llama-3.1-8b-instruct'));
    expect(keyOf('cerebras/llama3.1-8b')).toBe(keyOf('llama-3.1-8b'));
    expect(keyOf('qwen/qwen-2.5-72b-instruct')).toBe(keyOf('Qwen2.5-72B-Instruct'));
    expect(keyOf('Qwen/Qwen3.5-397B-A17B-FP8')).toBe(keyOf('qwen3.5-397b-a17b'));
  });
  it('does not merge dated snapshots by itself', () => {
    expect(keyOf('gpt-4.1-2025-04-14')).not.toBe(keyOf('gpt-4.1'));
    expect(keyOf('deepseek-r1-0528')).not.toBe(keyOf('deepseek-r1'));
  });
  it('is idempotent', () => {
    for (const s of ['phi-4-mini-instruct', 'claude-sonnet-4.5', 'llama3.1-8b']) expect(matchKey(matchKey(s))).toBe(matchKey(s));
  });
});

describe('ids', () => {
  it('validates record ids', () => {
    expect(isValidId('phi-4')).toBe(true);
    expect(isValidId('gpt-4.1')).toBe(true);
    expect(isValidId('Phi-4')).toBe(false);
    expect(isValidId('a-vs-b')).toBe(false);
    expect(isValidId('-x')).toBe(false);
  });
  it('makes safe record ids', () => {
    expect(toRecordId('MiniMax-M2.5')).toBe('minimax-m2.5');
    expect(toRecordId('x-vs-y')).toBe('x-v-y');
    expect(isValidId(toRecordId('Some Model/Name:free'))).toBe(true);
  });
  it('splits Epoch effort suffixes', () => {
    expect(splitEpochVersion('gpt-5.4-2026-03-05_high')).toEqual({ id: 'gpt-5.4-2026-03-05', variant: 'high' });
    expect(splitEpochVersion('phi-4')).toEqual({ id: 'phi-4' });
  });
});

describe('provider spellings', () => {
  it('reads Fireworks "p" versions as dotted versions', () => {
    expect(keyOf('accounts/fireworks/models/kimi-k2p6')).toBe(keyOf('kimi-k2.6'));
    expect(keyOf('qwen2p5-coder-32b-instruct')).toBe(keyOf('qwen2.5-coder-32b-instruct'));
  });
  it('puts the Claude 4+ tier first, but leaves Claude 3.x as the lab names it', () => {
    expect(keyOf('anthropic/claude-4.5-opus')).toBe(keyOf('claude-opus-4-5'));
    expect(keyOf('claude-4-sonnet-20250514')).toBe(keyOf('claude-sonnet-4-20250514'));
    expect(keyOf('claude-3-5-sonnet')).toBe('claude-3-5-sonnet');
  });
  it('keeps the vendor word before a bare Bedrock version', () => {
    expect(cleanModelId('deepseek.v3.2')).toBe('deepseek-v3.2');
    expect(cleanModelId('us.deepseek.r1-v1:0')).toBe('deepseek-r1');
    expect(cleanModelId('meta.llama3-3-70b-instruct-v1:0')).toBe('llama3-3-70b-instruct');
  });
});

describe('first-party provider prefixes', () => {
  it("drops Mistral's open- and the Llama API's host word", () => {
    expect(cleanModelId('open-mixtral-8x7b', 'mistral')).toBe('mixtral-8x7b');
    expect(cleanModelId('groq-llama-4-maverick-17b-128e-instruct', 'llama')).toBe('llama-4-maverick-17b-128e-instruct');
    expect(cleanModelId('open-mixtral-8x7b', 'openrouter')).toBe('open-mixtral-8x7b');
  });
});
