import { describe, expect, it } from 'vitest';
import { testCatalog } from '../testing/catalog';
import { estimateCost } from '../cost/estimate';
import { dateInId, duplicateKey, estimateRule, isDuplicateCandidate, rawNameProblem, LINT_RULES } from './rules';
import { formatLint, pairKindsRule, runLint, ALL_RULES } from './index';

const rule = (id: string) => LINT_RULES.find((r) => r.id === id)!;
const m = (id: string, name: string, extra: Record<string, unknown> = {}) => ({ id, name, lab: 'lab-x', parameters: undefined as number | undefined, ...extra });

describe('duplicate candidates', () => {
  it('strips organisation prefixes, packaging words and dates', () => {
    expect(duplicateKey('meta-llama/Llama-4-Maverick-17B-128E-Instruct-FP8')).toBe('llama 4 maverick 17b 128e');
    expect(duplicateKey('Microsoft: Phi 4')).toBe('phi 4');
    expect(duplicateKey('gpt-4.1-2025-04-14')).toBe('gpt 4 1');
  });
  it('flags one model under several names, whatever the size words one of them adds', () => {
    expect(isDuplicateCandidate(m('llama-4-maverick', 'Llama 4 Maverick'), m('llama-4-maverick-17b-128e-instruct-fp8', 'Llama-4-Maverick-17B-128E-Instruct-FP8'))).toBe(true);
    expect(isDuplicateCandidate(m('mixtral-8x7b-instruct', 'Mixtral 8x7B Instruct'), m('mixtral-8x7b-instruct-v0.1', 'Mixtral 8x7B'))).toBe(true);
  });
  it('keeps sizes, variants, labs and parameter counts apart', () => {
    expect(isDuplicateCandidate(m('qwen3-8b', 'Qwen3 8B'), m('qwen3-32b', 'Qwen3 32B'))).toBe(false);
    expect(isDuplicateCandidate(m('phi-4', 'Phi 4'), m('phi-4-mini', 'Phi 4 Mini'))).toBe(false);
    expect(isDuplicateCandidate(m('grok-4', 'Grok 4'), m('grok-4-fast', 'Grok 4 Fast'))).toBe(false);
    expect(isDuplicateCandidate(m('a', 'Same'), m('b', 'Same', { lab: 'lab-y' }))).toBe(false);
    expect(isDuplicateCandidate(m('a', 'Same', { parameters: 7e9 }), m('b', 'Same', { parameters: 8e9 }))).toBe(false);
  });
  it('reports each pair once, over a catalogue', () => {
    const cat = testCatalog([
      { id: 'llama-4-scout', name: 'Llama 4 Scout' },
      { id: 'llama-4-scout-17b-16e-instruct', name: 'Llama 4 Scout 17B 16E Instruct' },
      { id: 'qwen3-8b', name: 'Qwen3 8B' },
    ]);
    expect(rule('duplicate-candidate').check(cat).map((f) => f.subject)).toEqual(['llama-4-scout|llama-4-scout-17b-16e-instruct']);
  });
});

describe('vision against modalities', () => {
  const check = (modalities: string[], vision?: boolean) =>
    rule('vision-vs-modalities').check(
      testCatalog([{ id: 'x', modalities: { input: modalities, output: ['text'] }, capabilities: vision === undefined ? {} : { vision } }]),
    ).length;
  it('fires when image input is not vision: yes, or text-only input is not vision: no', () => {
    expect(check(['text', 'image'])).toBe(1);
    expect(check(['text', 'image'], false)).toBe(1);
    expect(check(['text'])).toBe(1);
    expect(check(['text'], true)).toBe(1);
  });
  it('is quiet when they agree', () => {
    expect(check(['text', 'image'], true)).toBe(0);
    expect(check(['text'], false)).toBe(0);
  });
});

describe('release before the date in the id', () => {
  it('reads full dates and YYMM suffixes, and nothing else', () => {
    expect(dateInId('gpt-4.1-2025-04-14')).toBe('2025-04');
    expect(dateInId('claude-3-5-sonnet-20241022')).toBe('2024-10');
    expect(dateInId('mistral-large-2512')).toBe('2025-12');
    expect(dateInId('qwen3-235b-a22b-2507')).toBe('2025-07');
    expect(dateInId('deepseek-r1-0528')).toBeNull();
    expect(dateInId('llama-3.1-405b')).toBeNull();
    expect(dateInId('gpt-4o-mini')).toBeNull();
  });
  it('fires only when the release is earlier', () => {
    const n = (released: string) => rule('release-before-id-date').check(testCatalog([{ id: 'mistral-large-2512', released }])).length;
    expect(n('2024-11-01')).toBe(1);
    expect(n('2025-12')).toBe(0);
    expect(n('2025-12-02')).toBe(0);
  });
});

describe('names for people', () => {
  it('flags prefixes, ids in brackets and slugs', () => {
    expect(rawNameProblem({ id: 'ernie-4.5-300b-a47b', name: 'baidu/ERNIE-4.5-300B-A47B' })).toMatch(/prefix/);
    expect(rawNameProblem({ id: 'llama-3.2-11b', name: 'Llama 3.2 11B Instruct (llama-3.2-11b)' })).toMatch(/brackets/);
    expect(rawNameProblem({ id: 'llama-2-70b-chat', name: 'llama-2-70b-chat' })).toMatch(/slug/);
    expect(rawNameProblem({ id: 'phi-4-multimodal', name: 'Phi-4-multimodal-instruct' })).toMatch(/repository/);
  });
  it('accepts names, snapshot dates and dates with slashes', () => {
    expect(rawNameProblem({ id: 'gpt-4o-2024-05-13', name: 'GPT-4o (2024-05-13)' })).toBeNull();
    expect(rawNameProblem({ id: 'g', name: 'Gemini 2.5 Flash Preview (09/2025)' })).toBeNull();
    expect(rawNameProblem({ id: 'grok-4', name: 'Grok 4 Fast (Reasoning)' })).toBeNull();
    expect(rawNameProblem({ id: 'glm-4.5-air', name: 'GLM-4.5-Air' })).toBeNull();
  });
});

describe('non-text models', () => {
  const n = (input: Record<string, unknown>) => rule('non-text-model').check(testCatalog([{ id: 'x', ...input }])).length;
  it('fires on speech, embedding and image models, and on guards not marked as such', () => {
    expect(n({ id: 'whisper-large-v3', name: 'Whisper Large v3' })).toBe(1);
    expect(n({ name: 'Gemini Embedding 001' })).toBe(1);
    expect(n({ modalities: { input: ['text'], output: ['image'] } })).toBe(1);
    expect(n({ id: 'llama-guard-4-12b', name: 'Llama Guard 4 12B' })).toBe(1);
  });
  it('is quiet for chat models and marked guards', () => {
    expect(n({ name: 'Llama 4 Scout' })).toBe(0);
    expect(n({ id: 'llama-guard-4-12b', name: 'Llama Guard 4 12B', kind: 'guard' })).toBe(0);
  });
});

describe('runLint', () => {
  const cat = testCatalog([
    { id: 'guard-a', name: 'Guard A', kind: 'guard', modalities: { input: ['text'], output: ['text'] }, capabilities: { vision: false } },
    { id: 'chat-b', name: 'Chat B', capabilities: { vision: false } },
  ]);
  /** A planner that pairs every two models, as the site did before pairs were kept to one kind. */
  const everyPair = (c: typeof cat) => ({ pairs: [{ a: c.models[0]!.id, b: c.models[1]!.id }] });
  const rules = [...ALL_RULES.filter((r) => r.id !== 'pair-kind-mismatch'), pairKindsRule(everyPair)];
  it('is quiet on the site\'s own pair plan, which keeps kinds apart', () => {
    expect(runLint(cat).unexplained).toEqual([]);
  });
  it('fails a pair of models of different kinds', () => {
    const r = runLint(cat, [], rules);
    expect(r.unexplained.map((f) => `${f.rule} ${f.subject}`)).toEqual(['pair-kind-mismatch chat-b|guard-a']);
  });
  it('lets a curated explanation set a finding aside and reports explanations that match nothing', () => {
    const src = 'https://example.com/checked';
    const r = runLint(cat, [
      { rule: 'pair-kind-mismatch', subject: 'chat-b|guard-a', reason: 'test', source: src },
      { rule: 'raw-id-name', subject: 'gone', reason: 'test', source: src },
    ], rules);
    expect(r.unexplained).toEqual([]);
    expect(r.stale.map((e) => e.subject)).toEqual(['gone']);
    expect(formatLint(r, rules)).toMatch(/stale explanation: raw-id-name gone/);
  });
  it('prints file, field, expected and found, and the fix once per rule', () => {
    const out = formatLint(runLint(cat, [], rules), rules);
    expect(out).toMatch(/models\/guard-a\.md: kind — expected chat \(as chat-b\), found guard/);
    expect(out.match(/fix:/g)).toHaveLength(1);
  });
});

describe('estimate from a route a buyer cannot use', () => {
  const r = (provider: string, input: number, output: number) => ({ provider, model_id: 'm', input, output, source: `https://example.com/${provider}`, as_of: '2026-06-01' });
  // A lab API (first-party, owned by lab-x through its models), a reseller at a seventh of it, a CNY route.
  const cat = testCatalog([{ id: 'closed', open_weights: false, routes: [r('lab-api', 1, 5), r('reseller', 0.14, 0.71), r('cn', 0.1, 0.5)] }]);
  cat.providers.set('lab-api', { ...cat.providers.get('lab-api')!, kind: 'first-party' });
  cat.providers.set('cn', { ...cat.providers.get('cn')!, currency: 'CNY' });
  /** What a naive estimator does: the cheapest priced route, whoever sells it. */
  const naive: typeof estimateCost = (m, c, w) => {
    const e = estimateCost(m, c, w);
    const cheapest = [...e.routes].filter((a) => a.usd !== null).sort((a, b) => a.usd! - b.usd!)[0]!;
    return { ...e, usd: cheapest.usd, route: { provider: cheapest.provider, providerName: cheapest.providerName, modelId: cheapest.modelId, input: cheapest.input!, output: cheapest.output!, usd: cheapest.usd! } };
  };
  it('is quiet on the real cost model, which leaves both out', () => {
    expect(rule('estimate-excluded-route').check(cat)).toEqual([]);
    expect(estimateCost(cat.modelsById.get('closed')!, cat, cat.site.workload).route?.provider).toBe('lab-api');
  });
  it('catches an estimator that lets a CNY route set the estimate', () => {
    const found = estimateRule(naive).check(cat).map((f) => f.found);
    expect(found.some((f) => /billed in CNY/.test(f))).toBe(true);
  });
  it('catches an estimator that lets a suspect reseller set it', () => {
    cat.providers.set('cn', { ...cat.providers.get('cn')!, currency: 'USD' });
    cat.models[0] = { ...cat.models[0]!, routes: cat.models[0]!.routes.filter((x) => x.provider !== 'cn') };
    cat.modelsById.set('closed', cat.models[0]!);
    const found = estimateRule(naive).check(cat);
    expect(found.map((f) => f.expected).some((t) => /of the lab's own/.test(t))).toBe(true);
    expect(found.every((f) => f.found.startsWith('reseller'))).toBe(true);
  });
});
