import { expect, test } from 'vitest';
import { loadCatalog, type Model } from '../data/load';
import type { Score } from '../schema/model';
import { benchmarkSeries, defaultSeries, seriesScore } from './benchmark-choice';

const real = loadCatalog('data');

test('the default series is the independent run shared by the most models, and each point is of that kind', () => {
  const all = benchmarkSeries(real);
  const d = defaultSeries(real)!;
  expect(d).toEqual(all[0]);
  for (const s of all) expect(s.models).toBeLessThanOrEqual(d.models);
  // Recount by hand from the records: models with an independent run of that benchmark and variant.
  const counted = real.models.filter((m) => m.benchmarks.some((s) => s.id === d.id && s.self_reported === false && (s.variant ?? null) === d.variant));
  expect(counted.length).toBe(d.models);
  for (const m of counted) expect(seriesScore(m, d)).not.toBeNull();
  for (const m of real.models.filter((x) => !counted.includes(x))) expect(seriesScore(m, d)).toBeNull();
});

test('a self-reported score or another variant never becomes a point; a later run supersedes an earlier one', () => {
  const base = { source: 'https://example.com/', as_of: '2025-01-01' };
  const m = {
    id: 'x',
    benchmarks: [
      { ...base, id: 'b', score: 90, self_reported: true },
      { ...base, id: 'b', score: 80, self_reported: false, variant: '5-shot' },
      { ...base, id: 'b', score: 50, self_reported: false },
      { ...base, id: 'b', score: 60, self_reported: false, as_of: '2025-03-01' },
      { ...base, id: 'b', score: 70, self_reported: false, as_of: '2024-12-01' },
    ] as Score[],
  } as Model;
  expect(seriesScore(m, { id: 'b', variant: null, higherIsBetter: true })?.score).toBe(60);
  expect(seriesScore(m, { id: 'b', variant: '5-shot', higherIsBetter: true })?.score).toBe(80);
  expect(seriesScore(m, { id: 'c', variant: null, higherIsBetter: true })).toBeNull();
});
