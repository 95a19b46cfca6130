/**
 * Which benchmark a chart or a directory column shows, and each model's one score on it.
 *
 * A picture of many models is only fair when every point is the same kind of run: the same benchmark,
 * the same variant (shots, harness, subset), and run by a third party rather than reported by the lab
 * that sells the model. So a "series" is (benchmark, variant) restricted to independent runs, and the
 * default series is the one with the most models: the most widely shared independent measurement.
 */
import type { Catalog } from '../data/load';
import type { Model } from '../data/load';
import type { Score } from '../schema/model';

export interface BenchmarkSeries {
  /** Benchmark id (a file in data/benchmarks/). */
  id: string;
  /** The benchmark's display name. */
  name: string;
  /** The variant every point shares; null when the runs state none. */
  variant: string | null;
  unit: 'percent' | 'elo' | 'index';
  higherIsBetter: boolean;
  /** Models with an independent run in this series. */
  models: number;
}

/** One model's point in a series. */
export interface SeriesScore {
  score: number;
  /** Where the score was published. */
  source: string;
  asOf: string;
}

const variantKey = (s: Score) => s.variant ?? '';
const independent = (s: Score) => s.self_reported === false;

/** Every (benchmark, variant) with at least one independent run, most models first, then by name. */
export function benchmarkSeries(cat: Catalog): readonly BenchmarkSeries[] {
  let series = seriesCache.get(cat);
  if (!series) seriesCache.set(cat, (series = Object.freeze(countSeries(cat))));
  return series;
}

/**
 * Once per catalogue: every pair page's chart asks for the default series, and counting it walks
 * every score of every model (0.7 ms a call on the real catalogue, ~5 s over a build's pair pages).
 */
const seriesCache = new WeakMap<Catalog, readonly BenchmarkSeries[]>();

function countSeries(cat: Catalog): BenchmarkSeries[] {
  const counts = new Map<string, { id: string; variant: string; models: Set<string> }>();
  for (const m of cat.models)
    for (const s of m.benchmarks) {
      if (!independent(s) || !cat.benchmarks.has(s.id)) continue;
      const key = `${s.id}\u0000${variantKey(s)}`;
      let c = counts.get(key);
      if (!c) counts.set(key, (c = { id: s.id, variant: variantKey(s), models: new Set() }));
      c.models.add(m.id);
    }
  return [...counts.values()]
    .map((c) => {
      const b = cat.benchmarks.get(c.id)!;
      return { id: c.id, name: b.name, variant: c.variant || null, unit: b.unit, higherIsBetter: b.higher_is_better, models: c.models.size };
    })
    .sort((x, y) => y.models - x.models || x.name.localeCompare(y.name, 'en') || (x.variant ?? '').localeCompare(y.variant ?? '', 'en'));
}

/** The default series: the independent measurement shared by the most models (null when there is none). */
export function defaultSeries(cat: Catalog): BenchmarkSeries | null {
  return benchmarkSeries(cat)[0] ?? null;
}

/**
 * A model's score in a series: its latest independent run of that benchmark and variant (a later run
 * supersedes an earlier one of the same kind; on the same date the better score, as a leaderboard shows).
 */
export function seriesScore(model: Model, series: Pick<BenchmarkSeries, 'id' | 'variant' | 'higherIsBetter'>): SeriesScore | null {
  let best: Score | null = null;
  for (const s of model.benchmarks) {
    if (s.id !== series.id || !independent(s) || variantKey(s) !== (series.variant ?? '')) continue;
    if (!best) best = s;
    else {
      const d = String(s.as_of).localeCompare(String(best.as_of));
      const better = series.higherIsBetter ? s.score > best.score : s.score < best.score;
      if (d > 0 || (d === 0 && better)) best = s;
    }
  }
  return best ? { score: best.score, source: best.source, asOf: String(best.as_of) } : null;
}
