import { describe, expect, it } from 'vitest';
import { effortText, isTextSubmission, parseTau2, tau2SelfReported, type Tau2Submission } from './tau2.ts';

const sub = (dir: string, d: Record<string, unknown>): Tau2Submission => ({ dir, data: { submission_date: '2026-02-26', ...d } });
const resolve = (n: string) => ({ 'GPT-5.2': 'gpt-5.2', 'Claude Opus 4': 'claude-opus-4-0', 'Claude-Sonnet-4.5': 'claude-sonnet-4-5' })[n];

describe('τ²-bench', () => {
  it('text only: a missing modality means text unless the submission has a voice configuration', () => {
    expect(isTextSubmission({ modality: 'text' })).toBe(true);
    expect(isTextSubmission({})).toBe(true);
    expect(isTextSubmission({ modality: 'voice' })).toBe(false);
    expect(isTextSubmission({ voice_config: {} })).toBe(false);
  });
  it('independent only when Sierra ran it', () => {
    expect(tau2SelfReported({ submitting_organization: 'Sierra' })).toBe(false);
    expect(tau2SelfReported({ submitting_organization: 'Anthropic', model_organization: 'Anthropic' })).toBe(true);
    expect(tau2SelfReported({ submitting_organization: 'Distyl AI', model_organization: 'Distyl AI' })).toBe(true);
  });
  it('effort as variant text', () => {
    expect(effortText('xhigh')).toBe('reasoning effort xhigh');
    expect(effortText('enabled')).toBe('reasoning enabled');
    expect(effortText(null)).toBeUndefined();
  });
  const res = parseTau2(
    [
      sub('A_EXAMPLE_x', { model_name: 'GPT-5.2', results: { airline: { pass_1: 1 } } }),
      sub('gpt-5-2_sierra', {
        model_name: 'GPT-5.2',
        submitting_organization: 'Sierra',
        reasoning_effort: 'high',
        methodology: { tau2_bench_version: '1.0.1' },
        results: { airline: { pass_1: 83 }, retail: { pass_1: 81.578947 }, telecom: { pass_1: null }, banking_knowledge: { pass_1: 32.2 } },
      }),
      sub('claude-sonnet-4-5_anthropic', {
        model_name: 'Claude-Sonnet-4.5',
        submitting_organization: 'Anthropic',
        methodology: { tau2_bench_version: 'v0.1.3' },
        results: { telecom: { pass_1: 98 } },
      }),
      sub('claude-opus-4_anthropic', {
        model_name: 'Claude Opus 4',
        submitting_organization: 'Anthropic',
        methodology: { tau2_bench_version: 'original tau-bench' },
        results: { retail: { pass_1: 81.4 }, airline: { pass_1: 59.6 }, telecom: { pass_1: null } },
      }),
      sub('gpt-realtime', { model_name: 'GPT-5.2', modality: 'voice', results: { airline: { pass_1: 40 } } }),
      sub('kimi-k3', { model_name: 'Kimi K3', submitting_organization: 'Sierra', results: { banking_knowledge: { pass_1: 37.1 } } }),
    ],
    resolve,
    'abc',
  );
  it('one benchmark per domain, pass^1, effort and τ² version as variant', () => {
    const gpt = res.scores.filter((s) => s.model === 'gpt-5.2');
    expect(gpt.map((s) => [s.id, s.score])).toEqual([['tau2-airline', 83], ['tau2-retail', 81.579], ['tau2-banking', 32.2]]);
    expect(gpt[0]).toEqual({
      model: 'gpt-5.2',
      id: 'tau2-airline',
      score: 83,
      self_reported: false,
      variant: 'reasoning effort high, τ²-bench v1.0.1',
      source: 'https://github.com/sierra-research/tau2-bench/blob/abc/web/leaderboard/public/submissions/gpt-5-2_sierra/submission.json',
      as_of: '2026-02-26',
      dataset: 'tau2-bench',
    });
  });
  it("a lab's own submission is self-reported", () => {
    expect(res.scores.find((s) => s.model === 'claude-sonnet-4-5')).toMatchObject({ id: 'tau2-telecom', self_reported: true, variant: 'τ²-bench v0.1.3' });
  });
  it('a submission that ran the original τ-bench goes to the τ-bench ids', () => {
    expect(res.scores.filter((s) => s.model === 'claude-opus-4-0').map((s) => s.id)).toEqual(['tau-bench-retail', 'tau-bench-airline']);
  });
  it('skips examples and voice, reports unmatched names', () => {
    expect(res.skipped['tau2: voice submission']).toBe(1);
    expect(res.unmatched.map((u) => u.name)).toEqual(['Kimi K3']);
    expect(res.scores).toHaveLength(6);
  });
});
