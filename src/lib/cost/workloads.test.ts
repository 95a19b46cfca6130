import { describe, expect, it } from 'vitest';
import { DEFAULT_WORKLOAD } from '../schema/defaults';
import {
  CHAT_WORKLOAD,
  GENERATION_HEAVY_WORKLOAD,
  MAX_CUSTOM_TOKENS_PER_MONTH,
  millionsText,
  parseMillions,
  PRESET_TOTAL_TOKENS,
  presetWorkload,
  RETRIEVAL_HEAVY_WORKLOAD,
  WORKLOAD_PRESETS,
  workloadFromQuery,
  workloadQuery,
} from './workloads';

const site = { input_tokens_per_month: 800_000_000, output_tokens_per_month: 250_000_000 };
const q = (s: string) => {
  const p = new URLSearchParams(s);
  return (n: string) => p.get(n);
};

describe('workload presets', () => {
  it('keep the default total of 1.05B tokens and split it by their ratio', () => {
    expect(PRESET_TOTAL_TOKENS).toBe(DEFAULT_WORKLOAD.input_tokens_per_month + DEFAULT_WORKLOAD.output_tokens_per_month);
    expect(PRESET_TOTAL_TOKENS).toBe(1_050_000_000);
    for (const [w, inPart, outPart] of [
      [CHAT_WORKLOAD, 3, 1],
      [RETRIEVAL_HEAVY_WORKLOAD, 20, 1],
      [GENERATION_HEAVY_WORKLOAD, 1, 2],
    ] as const) {
      expect(w.input_tokens_per_month + w.output_tokens_per_month).toBe(PRESET_TOTAL_TOKENS);
      expect(w.input_tokens_per_month * outPart).toBe(w.output_tokens_per_month * inPart);
      expect(Number.isInteger(w.input_tokens_per_month) && Number.isInteger(w.output_tokens_per_month)).toBe(true);
    }
  });
  it('default is the site workload; the others are fixed', () => {
    expect(presetWorkload('default', { input_tokens_per_month: 1, output_tokens_per_month: 2 })).toEqual({ input_tokens_per_month: 1, output_tokens_per_month: 2 });
    expect(presetWorkload('chat', site)).toEqual({ input_tokens_per_month: 787_500_000, output_tokens_per_month: 262_500_000 });
    expect(presetWorkload('retrieval-heavy', site)).toEqual({ input_tokens_per_month: 1_000_000_000, output_tokens_per_month: 50_000_000 });
    expect(presetWorkload('generation-heavy', site)).toEqual({ input_tokens_per_month: 350_000_000, output_tokens_per_month: 700_000_000 });
    expect(WORKLOAD_PRESETS.map((p) => p.id)).toEqual(['default', 'chat', 'retrieval-heavy', 'generation-heavy']);
  });
});

describe('parseMillions', () => {
  it('reads millions into whole tokens', () => {
    expect(parseMillions('800', 'input')).toEqual({ tokens: 800_000_000, error: null });
    expect(parseMillions(' 0.5 ', 'input')).toEqual({ tokens: 500_000, error: null });
    expect(parseMillions('1,200', 'input')).toEqual({ tokens: 1_200_000_000, error: null });
    expect(parseMillions('.25', 'input')).toEqual({ tokens: 250_000, error: null });
    expect(parseMillions('0', 'output')).toEqual({ tokens: 0, error: null });
    expect(parseMillions('10000000', 'output')).toEqual({ tokens: MAX_CUSTOM_TOKENS_PER_MONTH, error: null });
  });
  it('says what is wrong with empty, negative, non-numeric and huge input', () => {
    expect(parseMillions('', 'input').error).toBe('Enter the input tokens a month, in millions of tokens a month, e.g. 800.');
    expect(parseMillions(null, 'input').error).toMatch(/^Enter the input tokens/);
    expect(parseMillions('-5', 'output').error).toMatch(/cannot be negative/);
    for (const bad of ['abc', '12abc', '1e9', '800M', 'NaN', 'Infinity', '1..2', '0x10', '1,00'])
      expect(parseMillions(bad, 'input').error, bad).toMatch(/must be a number/);
    expect(parseMillions('10000001', 'input').error).toBe('The input tokens are too many: at most 10,000,000 million (10 trillion) a month.');
    expect(parseMillions('9'.repeat(400), 'input').error).toMatch(/too many/);
  });
  it('prints tokens back as millions without an exponent', () => {
    expect(millionsText(787_500_000)).toBe('787.5');
    expect(millionsText(800_000_000)).toBe('800');
    expect(millionsText(1)).toBe('0.000001');
    expect(millionsText(0)).toBe('0');
    for (const t of [1, 1234, 787_500_000, MAX_CUSTOM_TOKENS_PER_MONTH]) expect(parseMillions(millionsText(t), 'input').tokens).toBe(t);
  });
});

describe('workload state in the query string', () => {
  it('reads presets, custom volumes and nothing', () => {
    expect(workloadFromQuery(q(''), site)).toMatchObject({ choice: 'default', workload: site });
    expect(workloadFromQuery(q('workload=chat'), site)).toMatchObject({ choice: 'chat', workload: CHAT_WORKLOAD });
    expect(workloadFromQuery(q('in=10&out=20'), site)).toMatchObject({ choice: 'custom', workload: { input_tokens_per_month: 10_000_000, output_tokens_per_month: 20_000_000 } });
    // What the form submits without JS: every field.
    expect(workloadFromQuery(q('workload=custom&in=1&out=2'), site)).toMatchObject({ choice: 'custom', workload: { input_tokens_per_month: 1_000_000, output_tokens_per_month: 2_000_000 } });
    expect(workloadFromQuery(q('workload=chat&in=1&out=2'), site)).toMatchObject({ choice: 'chat' });
    expect(workloadFromQuery(q('workload=bogus'), site)).toMatchObject({ choice: 'default', workload: site });
  });
  it('falls back to the default with the problem named', () => {
    const s = workloadFromQuery(q('in=-1&out=abc'), site);
    expect(s.workload).toEqual(site);
    expect(s.errors.in).toMatch(/negative/);
    expect(s.errors.out).toMatch(/must be a number/);
    expect(workloadFromQuery(q('in=0&out=0'), site).errors.total).toMatch(/cannot both be 0/);
    expect(workloadFromQuery(q('in=5'), site).errors.out).toMatch(/^Enter the output/);
  });
  it('writes a query that reads back to the same state', () => {
    expect(workloadQuery({ choice: 'default', workload: site })).toBe('');
    expect(workloadQuery({ choice: 'generation-heavy', workload: GENERATION_HEAVY_WORKLOAD })).toBe('?workload=generation-heavy');
    const custom = { choice: 'custom' as const, workload: { input_tokens_per_month: 1_500_000, output_tokens_per_month: 3 } };
    expect(workloadQuery(custom)).toBe('?in=1.5&out=0.000003');
    expect(workloadFromQuery(q(workloadQuery(custom).slice(1)), site)).toMatchObject(custom);
  });
});
