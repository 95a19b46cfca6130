import { describe, expect, it } from 'vitest';
import { SOURCE_SNAPSHOTS, dataAsOf } from './data-date.ts';

describe('data date', () => {
  it('is the newest snapshot among the sources that contributed', () => {
    expect(dataAsOf([SOURCE_SNAPSHOTS['models.dev'], SOURCE_SNAPSHOTS['llm-stats']])).toBe('2026-07-01');
    expect(dataAsOf([SOURCE_SNAPSHOTS['models.dev'], SOURCE_SNAPSHOTS.litellm, SOURCE_SNAPSHOTS.epoch])).toBe('2026-07-24');
  });
  it('needs at least one source', () => {
    expect(() => dataAsOf([])).toThrow(/no contributing source/);
  });
});
