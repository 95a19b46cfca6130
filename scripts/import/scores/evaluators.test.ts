import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { EVALUATORS_FILE, epochSelfReported, isIndependentSource, parseEvaluators } from './evaluators.ts';

describe('independent evaluators (curated list)', () => {
  it('parses, and every entry has a source', () => {
    const list = parseEvaluators(readFileSync(EVALUATORS_FILE, 'utf8'));
    expect(list.length).toBeGreaterThan(5);
    for (const e of list) expect(e.source).toMatch(/^https?:\/\//);
  });
  it('rejects an entry without a source', () => {
    expect(() => parseEvaluators('- {host: example.org, name: X, note: y}')).toThrow(/source/);
  });
  it('matches hosts and subdomains, not look-alikes', () => {
    expect(isIndependentSource('https://aider.chat/docs/leaderboards/')).toBe(true);
    expect(isIndependentSource('https://logs.epoch.ai/inspect-viewer/abc')).toBe(true);
    expect(isIndependentSource('https://www.tbench.ai/leaderboard/terminal-bench/2.0')).toBe(true);
    expect(isIndependentSource('https://notepoch.ai/x')).toBe(false);
    expect(isIndependentSource('https://openai.com/index/gpt-4-1/')).toBe(false);
    expect(isIndependentSource('not a url')).toBe(false);
  });
  it('narrows a host by path', () => {
    expect(isIndependentSource('https://scale.com/leaderboard/swe_bench_pro_public')).toBe(true);
    expect(isIndependentSource('https://scale.com/blog/some-launch')).toBe(false);
  });
});

describe('Epoch basis', () => {
  it("Epoch's own runs are independent whatever they link", () => {
    expect(epochSelfReported('epoch-run', 'https://logs.epoch.ai/x', 'https://epoch.ai/benchmarks/gpqa-diamond')).toBe(false);
  });
  it('an external row citing a lab paper, blog or model card is self-reported', () => {
    expect(epochSelfReported('external', 'http://arxiv.org/abs/2412.08905', 'https://epoch.ai/benchmarks')).toBe(true);
    expect(epochSelfReported('external', 'https://www.anthropic.com/news/claude-opus-4-5', 'https://os-world.github.io')).toBe(true);
  });
  it('an external row citing a leaderboard is independent', () => {
    expect(epochSelfReported('external', 'https://crfm.stanford.edu/helm/mmlu/latest/', 'https://epoch.ai/benchmarks')).toBe(false);
    expect(epochSelfReported('external', 'https://os-world.github.io', 'https://os-world.github.io')).toBe(false);
  });
  it('a row without a link takes the basis of the leaderboard its file copies', () => {
    expect(epochSelfReported('external', undefined, 'https://lastexam.ai')).toBe(false);
    expect(epochSelfReported('external', '', 'https://arcprize.org/leaderboard')).toBe(false);
  });
});
