import { describe, expect, it } from 'vitest';
import { SOURCE_SNAPSHOTS, dataAsOf, scoreSnapshot } from './data-date.ts';

describe('data date', () => {
  it('is the newest snapshot among the sources that contributed', () => {
    expect(dataAsOf([SOURCE_SNAPSHOTS['models.dev'], SOURCE_SNAPSHOTS['llm-stats']])).toBe('2026-07-01');
    expect(dataAsOf([SOURCE_SNAPSHOTS['models.dev'], SOURCE_SNAPSHOTS.litellm, SOURCE_SNAPSHOTS.epoch])).toBe('2026-07-24');
  });
  it('needs at least one source', () => {
    expect(() => dataAsOf([])).toThrow(/no contributing source/);
  });
  it('a score brings the snapshot date of its source, or its own date for a source not listed yet', () => {
    expect(scoreSnapshot('epoch-ai', '2025-11-02')).toBe('2026-04-19');
    expect(scoreSnapshot('some-new-leaderboard', '2026-03-10')).toBe('2026-03-10');
  });
});
