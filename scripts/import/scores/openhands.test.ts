import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { parseOpenHands, readOpenHands, type OpenHandsEntry } from './openhands.ts';

const entry = (model: string, scores: Record<string, unknown>[], meta: Record<string, unknown> = {}): OpenHandsEntry => ({
  dir: model,
  metadata: { agent_name: 'OpenHands', agent_version: 'v1.8.3', model, submission_time: '2026-01-26T15:55:26+00:00', ...meta },
  scores,
});
const resolve = (n: string) => ({ 'GPT-5.2': 'gpt-5.2', 'Minimax-2.7': 'minimax-m2.7' })[n];

describe('OpenHands Index', () => {
  const res = parseOpenHands(
    [
      entry('GPT-5.2', [
        { benchmark: 'swe-bench', score: 74.6, cost_per_instance: 0.86, agent_version: 'v1.8.3', submission_time: '2026-01-26T15:55:26+00:00' },
        { benchmark: 'commit0', score: 50, cost_per_instance: 4.7, agent_version: 'v1.17.0', submission_time: '2026-04-28T08:17:00+00:00' },
        { benchmark: 'swe-bench-multimodal', score: 30.9, cost_per_instance: 2.77 },
        { benchmark: 'new-thing', score: 10 },
        { benchmark: 'gaia', score: 140 },
      ]),
      entry('Unknown-Model', [{ benchmark: 'gaia', score: 20 }, { benchmark: 'swt-bench', score: 30 }]),
      entry('Minimax-2.7', []),
    ],
    resolve,
    'abc',
  );
  it('one benchmark per task set, agent version (of the score) as variant, cost per task kept', () => {
    expect(res.scores).toHaveLength(3);
    expect(res.scores[0]).toEqual({
      model: 'gpt-5.2',
      id: 'openhands-swe-bench-verified',
      score: 74.6,
      self_reported: false,
      variant: 'agent OpenHands v1.8.3',
      source: 'https://github.com/OpenHands/openhands-index-results/blob/abc/results/GPT-5.2/scores.json',
      as_of: '2026-01-26',
      dataset: 'openhands-index',
      cost_per_task: 0.86,
    });
    expect(res.scores[1]).toMatchObject({ id: 'openhands-commit0', variant: 'agent OpenHands v1.17.0', as_of: '2026-04-28', cost_per_task: 4.7 });
    // a score without its own version or date falls back to the folder's metadata
    expect(res.scores[2]).toMatchObject({ id: 'openhands-swe-bench-multimodal', variant: 'agent OpenHands v1.8.3', as_of: '2026-01-26' });
  });
  it('counts unmatched names with their rows, and skipped rows per reason', () => {
    expect(res.unmatched).toEqual([{ name: 'Unknown-Model', rows: 2, reason: expect.any(String) }]);
    expect(res.matchedNames).toBe(1);
    expect(res.skipped).toEqual({ 'openhands: benchmark new-thing not mapped': 1, 'openhands: score missing or out of range': 1 });
  });
  it('skips other agents', () => {
    const r = parseOpenHands([entry('GPT-5.2', [{ benchmark: 'gaia', score: 1 }], { agent_name: 'Claude Code' })], resolve);
    expect(r.scores).toEqual([]);
  });
  it('reads results/ only, never alternative_agents/', () => {
    const root = mkdtempSync(join(tmpdir(), 'oh-'));
    const put = (p: string, v: unknown) => {
      mkdirSync(join(root, 'openhands-index', p, '..'), { recursive: true });
      writeFileSync(join(root, 'openhands-index', p), JSON.stringify(v));
    };
    put('results/GPT-5.2/metadata.json', { model: 'GPT-5.2' });
    put('results/GPT-5.2/scores.json', [{ benchmark: 'gaia', score: 1 }]);
    put('alternative_agents/codex/GPT-5.2/metadata.json', { model: 'GPT-5.2' });
    put('alternative_agents/codex/GPT-5.2/scores.json', [{ benchmark: 'gaia', score: 2 }]);
    const read = readOpenHands(root);
    expect(read.map((e) => e.dir)).toEqual(['GPT-5.2']);
    expect(read[0]!.scores).toEqual([{ benchmark: 'gaia', score: 1 }]);
    expect(() => readOpenHands(join(root, 'nowhere'))).toThrow(/results folder missing/);
  });
});
