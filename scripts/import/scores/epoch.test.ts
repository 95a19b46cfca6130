import { describe, expect, it } from 'vitest';
import { EPOCH_FILES } from '../benchmarks.ts';
import { epochScore, epochSettingText } from './epoch.ts';

const cfg = (file: string) => EPOCH_FILES.find((f) => f.file === file)!;
const okDate = (v: string) => (/^\d{4}-\d{2}-\d{2}$/.test(v) && v <= '2026-07-24' ? v : undefined);

describe('Epoch rows', () => {
  it('settings in words', () => {
    expect(epochSettingText('high')).toBe('reasoning effort high');
    expect(epochSettingText('32K')).toBe('thinking budget 32K tokens');
    expect(epochSettingText('thinking')).toBe('reasoning enabled');
    expect(epochSettingText('unknown')).toBeUndefined();
  });
  it("Epoch's own run: independent, rescaled, dated by its start", () => {
    const s = epochScore(cfg('gpqa_diamond.csv'), { mean_score: '0.8358585858585859', 'Log viewer': 'https://logs.epoch.ai/x', 'Started at': '2025-08-08T10:00:00Z' }, 'high', '2026-04', okDate);
    expect(s).toEqual({ id: 'gpqa-diamond', score: 83.586, self_reported: false, variant: 'Epoch AI run, reasoning effort high', source: 'https://logs.epoch.ai/x', as_of: '2025-08-08' });
  });
  it("a row citing a lab's paper is self-reported, a leaderboard row independent", () => {
    const paper = epochScore(cfg('mmlu_external.csv'), { EM: '0.848', Shots: '5', Source: 'Phi-4 Technical Report', 'Source link': 'http://arxiv.org/abs/2412.08905' }, undefined, '2026-04', okDate);
    expect(paper).toMatchObject({ id: 'mmlu', score: 84.8, self_reported: true, variant: '5-shot, Phi-4 Technical Report', source: 'http://arxiv.org/abs/2412.08905' });
    const helm = epochScore(cfg('mmlu_external.csv'), { EM: '0.8', Shots: '5', Source: 'Stanford CRFM Leaderboard', 'Source link': 'https://crfm.stanford.edu/helm/mmlu/latest/' }, undefined, '2026-04', okDate);
    expect(helm).toMatchObject({ self_reported: false });
  });
  it('Terminal-Bench rows are 2.0, with the agent (trimmed) as variant', () => {
    const s = epochScore(cfg('terminalbench_external.csv'), { 'Accuracy mean': '0.784', Agent: ' Terminus 2     ', Source: 'Terminal-Bench v2 Leaderboard', 'Source Link': '', 'Run date': '2026-03-02' }, 'high', '2026-04', okDate);
    expect(s).toEqual({ id: 'terminal-bench-2', score: 78.4, self_reported: false, variant: 'reasoning effort high, agent Terminus 2', source: 'https://www.tbench.ai/leaderboard/terminal-bench/2.0', as_of: '2026-03-02' });
  });
  it('LiveBench rows go to the release they name', () => {
    const row = (v: string) => ({ 'Global average': '70.1', 'LiveBench Version': v, 'Source link': 'https://livebench.ai' });
    expect(epochScore(cfg('live_bench_external.csv'), row('LiveBench-2024-11-25'), undefined, '2026-04', okDate)).toMatchObject({ id: 'livebench-2024-11-25', variant: undefined });
    expect(epochScore(cfg('live_bench_external.csv'), row(''), undefined, '2026-04', okDate)).toMatchObject({ id: 'livebench' });
    expect(epochScore(cfg('live_bench_external.csv'), row('LiveBench-2026-01-01'), undefined, '2026-04', okDate)).toEqual({ drop: 'epoch: live_bench_external.csv release "LiveBench-2026-01-01" not mapped' });
  });
  it('drops non-numeric scores', () => {
    expect(epochScore(cfg('hle_external.csv'), { Accuracy: '' }, undefined, '2026-04', okDate)).toEqual({ drop: 'benchmark score out of range or not numeric' });
  });
});
