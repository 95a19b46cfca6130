import { describe, expect, it } from 'vitest';
import { BENCHMARKS, EPOCH_FILES, mapLlmStatsBenchmark, mapModelsDevBenchmark, scaleScore, isIndependentSource } from './benchmarks.ts';
import { isValidId } from './ids.ts';

describe('benchmark catalogue', () => {
  it('has valid ids and every mapping target exists', () => {
    for (const id of Object.keys(BENCHMARKS)) expect(isValidId(id)).toBe(true);
    for (const f of EPOCH_FILES) expect(BENCHMARKS[f.benchmark]).toBeDefined();
  });
  it('no benchmark id mixes releases: versioned families have one id per release', () => {
    for (const id of ['terminal-bench-1', 'terminal-bench-2', 'terminal-bench-2-1', 'terminal-bench-hard', 'livecodebench-v5', 'livecodebench-v6', 'arena-hard-v2', 'mmlu-redux-2', 'livebench-2024-11-25']) expect(BENCHMARKS[id]).toBeDefined();
    expect(BENCHMARKS['terminal-bench']).toBeUndefined();
  });
  it('only error rates are lower-is-better', () => {
    expect(Object.entries(BENCHMARKS).filter(([, d]) => d.higher_is_better === false).map(([id]) => id)).toEqual(['vectara-hallucination-rate']);
  });
  it('index/elo benchmarks declare bounds', () => {
    for (const d of Object.values(BENCHMARKS)) if (d.unit !== 'percent') expect(d.min !== undefined && d.max !== undefined).toBe(true);
  });
});

describe('LLM-Stats mapping', () => {
  it('maps ids and variants', () => {
    expect(mapLlmStatsBenchmark('mmlu-pro', '0-shot CoT')).toEqual({ id: 'mmlu-pro', variant: '0-shot CoT' });
    expect(mapLlmStatsBenchmark("humanity's-last-exam", null)).toEqual({ id: 'hle', variant: undefined });
    expect(mapLlmStatsBenchmark('livecodebench-v6', 'pass@1')).toEqual({ id: 'livecodebench-v6', variant: 'pass@1' });
    expect(mapLlmStatsBenchmark('drop', null)).toBeUndefined();
  });
  it('gives each benchmark release its own id', () => {
    expect(mapLlmStatsBenchmark('terminal-bench', 'Terminus 1 framework')?.id).toBe('terminal-bench-1');
    expect(mapLlmStatsBenchmark('arena-hard-v2', null)?.id).toBe('arena-hard-v2');
    expect(mapLlmStatsBenchmark('mmlu-redux-2.0', 'EM')?.id).toBe('mmlu-redux-2');
    expect(mapLlmStatsBenchmark('livebench-20241125', null)?.id).toBe('livebench-2024-11-25');
    expect(mapLlmStatsBenchmark('livecodebench-v5-24.12-25.2', null)).toEqual({ id: 'livecodebench-v5', variant: 'problems 2024-12 to 2025-02' });
    expect(mapLlmStatsBenchmark('tau2-airline', null)?.id).toBe('tau2-airline');
  });
  it('reads a release named only in the method text', () => {
    expect(mapLlmStatsBenchmark('livecodebench', 'v6 (Aug 24-May 25) Pass@1')?.id).toBe('livecodebench-v6');
    expect(mapLlmStatsBenchmark('livecodebench', 'v5')?.id).toBe('livecodebench-v5');
    expect(mapLlmStatsBenchmark('livecodebench', '2407-2501')?.id).toBe('livecodebench');
    expect(mapLlmStatsBenchmark('livebench', '2024/11/25 Pass@1')?.id).toBe('livebench-2024-11-25');
  });
  it('records that a GPQA row does not state its subset', () => {
    expect(mapLlmStatsBenchmark('gpqa', 'Diamond, 0-shot')).toEqual({ id: 'gpqa-diamond', variant: 'Diamond, 0-shot' });
    expect(mapLlmStatsBenchmark('gpqa', 'Accuracy')?.variant).toMatch(/subset not stated/);
  });
});

describe('models.dev mapping', () => {
  it('normalises free-text names', () => {
    expect(mapModelsDevBenchmark('SWE-Bench Verified')).toEqual({ id: 'swe-bench-verified' });
    expect(mapModelsDevBenchmark('SWE Bench Pro')).toEqual({ id: 'swe-bench-pro' });
    expect(mapModelsDevBenchmark('Terminal-Bench 2.1')).toEqual({ id: 'terminal-bench-2-1' });
    expect(mapModelsDevBenchmark('Terminal Bench 2.1')).toEqual({ id: 'terminal-bench-2-1' });
    expect(mapModelsDevBenchmark('Terminal-Bench', '2.1')).toEqual({ id: 'terminal-bench-2-1' });
    expect(mapModelsDevBenchmark('Terminal-Bench Hard')).toEqual({ id: 'terminal-bench-hard' });
    expect(mapModelsDevBenchmark('Humanity’s Last Exam')).toEqual({ id: 'hle' });
    expect(mapModelsDevBenchmark('Artificial Analysis Coding Index')).toBeUndefined();
  });
});

describe('scaleScore', () => {
  it('rescales 0-1 fractions to percent', () => {
    expect(scaleScore(0.561, 100, 'gpqa-diamond')).toBe(56.1);
    expect(scaleScore('0.8358585858585859', 100, 'gpqa-diamond')).toBe(83.586);
  });
  it('keeps 0-100 files and Elo as published', () => {
    expect(scaleScore('41.8', 1, 'aider-polyglot')).toBe(41.8);
    expect(scaleScore('1556.29', 1, 'webdev-arena')).toBe(1556.29);
  });
  it('rejects out-of-range and empty values', () => {
    expect(scaleScore(1.5, 100, 'mmlu')).toBeUndefined();
    expect(scaleScore('', 1, 'eci')).toBeUndefined();
    expect(scaleScore('abc', 1, 'mmlu')).toBeUndefined();
    expect(scaleScore(1, 1, 'no-such-benchmark')).toBeUndefined();
  });
  it('knows independent leaderboards', () => {
    expect(isIndependentSource('https://aider.chat/docs/leaderboards/')).toBe(true);
    expect(isIndependentSource('https://openai.com/index/gpt-4-1/')).toBe(false);
  });
});
