import { describe, expect, it } from 'vitest';
import { consensus, dayOf, findAnomalies, isFar, settle, type FactCandidate } from './anomalies.ts';

const c = (value: string, by: string): FactCandidate => ({ value, by, source: `https://example.org/${by}` });

describe('consensus', () => {
  it('counts distinct sources, dates agreeing by prefix', () => {
    expect(consensus('released', [c('2025-07-29', 'a'), c('2025-07-29', 'b'), c('2025-07', 'c'), c('2025-02-20', 'd')])).toEqual({ value: '2025-07-29', sources: 3 });
  });
  it('counts one source once, however many of its rows agree', () => {
    expect(consensus('released', [c('2025-08-21', 'epoch'), c('2025-08-21', 'epoch'), c('2025-08-21', 'epoch'), c('2025-01-10', 'llm-stats')])?.sources).toBe(1);
  });
});

describe('anomalies', () => {
  it('a release date before the date in the id (Mistral Large 3 "2024-11-01")', () => {
    expect(findAnomalies('mistral-large-2512', { released: '2024-11-01' }, {})).toEqual([
      { model: 'mistral-large-2512', field: 'released', kind: 'before-id-date', found: '2024-11-01', expected: '2025-12 or later (the date in the id)' },
    ]);
  });
  it('a date more than 90 days from what three sources agree on; within 90 days is rounding', () => {
    const cands = { released: [c('2025-08-21', 'a'), c('2025-08-21', 'b'), c('2025-08-21', 'c')] };
    expect(findAnomalies('deepseek-v3.1', { released: '2025-01-10' }, cands).map((a) => a.kind)).toEqual(['far-from-consensus']);
    expect(findAnomalies('deepseek-v3.1', { released: '2025-07-01' }, cands)).toEqual([]);
    expect(isFar('released', '2025-05-22', '2025-08-21')).toBe(true);
    expect(isFar('released', '2025-05-24', '2025-08-21')).toBe(false);
  });
  it('a number more than 2× from what three sources agree on', () => {
    const cands = { context_window: [c('128000', 'a'), c('128000', 'b'), c('128000', 'c'), c('400000', 'd')] };
    expect(findAnomalies('gpt-5-chat-latest', { context_window: '400000' }, cands)).toHaveLength(1);
    expect(findAnomalies('gpt-5-chat-latest', { context_window: '200000' }, cands)).toEqual([]);
  });
  it('two sources are not a consensus', () => {
    expect(findAnomalies('m', { context_window: '1000' }, { context_window: [c('9000', 'a'), c('9000', 'b')] })).toEqual([]);
  });
  it('month-only dates are taken at mid-month', () => {
    expect(dayOf('2025-07') - dayOf('2025-07-01')).toBe(14);
  });
});

describe('settling', () => {
  it('an override of the same model and field settles the anomaly, whatever its value', () => {
    const a = findAnomalies('mistral-large-2512', { released: '2024-11-01' }, {});
    expect(settle(a, [{ model: 'mistral-large-2512', field: 'released', value: '2025-12-02' }]).unsettled).toEqual([]);
    expect(settle(a, [{ model: 'mistral-large-2512', field: 'knowledge_cutoff', value: '2025-06' }]).unsettled).toHaveLength(1);
  });
});
