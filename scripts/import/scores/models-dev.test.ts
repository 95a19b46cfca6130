import { describe, expect, it } from 'vitest';
import { modelsDevBenchmark } from './models-dev.ts';

describe('models.dev benchmark entries', () => {
  it('Terminal-Bench releases get their own ids; effort and harness stay the variant', () => {
    expect(modelsDevBenchmark({ name: 'Terminal-Bench', version: '2.1', harness: 'Gemini CLI', variant: 'high' })).toEqual({ id: 'terminal-bench-2-1', variant: 'reasoning effort high, Gemini CLI' });
    expect(modelsDevBenchmark({ name: 'Terminal-Bench 2.1', variant: 'Terminus-2' })).toEqual({ id: 'terminal-bench-2-1', variant: 'Terminus-2' });
    expect(modelsDevBenchmark({ name: 'Terminal Bench 2.0' })).toEqual({ id: 'terminal-bench-2', variant: undefined });
    expect(modelsDevBenchmark({ name: 'Terminal-Bench Hard' })).toEqual({ id: 'terminal-bench-hard', variant: undefined });
    expect(modelsDevBenchmark({ name: 'Terminal-Bench' })).toBeUndefined();
  });
  it('SWE-Bench Pro: the public set and the Artificial Analysis subset are different benchmarks', () => {
    expect(modelsDevBenchmark({ name: 'SWE-Bench Pro', dataset: 'public' })).toEqual({ id: 'swe-bench-pro', variant: undefined });
    expect(modelsDevBenchmark({ name: 'SWE-Bench Pro', dataset: 'hard-aa', harness: 'Claude Code', variant: 'xhigh' })).toEqual({ id: 'swe-bench-pro-hard-aa', variant: 'reasoning effort xhigh, Claude Code' });
  });
  it('other names keep a dataset or version as variant', () => {
    expect(modelsDevBenchmark({ name: 'SWE-Bench Verified', dataset: 'n=500' })).toEqual({ id: 'swe-bench-verified', variant: 'n=500' });
    expect(modelsDevBenchmark({ name: 'Artificial Analysis Coding Index' })).toBeUndefined();
  });
});
