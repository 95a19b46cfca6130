import { describe, expect, test } from 'vitest';
import { loadCatalog, type Catalog } from '../data/load';
import { getModelView } from '../views/model';
import { benchmarkSeries, defaultSeries, seriesScore } from './benchmark-choice';
import { pairChart, priceChart, seriesSlug } from './price-chart';
import { chartBackground, chartBackgroundFile } from './price-chart-svg';

const catalogues: [string, Catalog][] = [
  ['seed', loadCatalog('tests/fixtures/seed')],
  ['real', loadCatalog('data')],
];

/** Pairs of the real catalogue checked one by one (all 65,703 would take a minute for no new case). */
const MAX_PAIRS_CHECKED = 3000;

describe.each(catalogues)('the %s catalogue', (_, cat) => {
  const chart = priceChart(cat)!;
  const series = defaultSeries(cat)!;

  test('every point is the model view’s monthly figure against its series score, inside the plot', () => {
    expect(chart).not.toBeNull();
    expect(chart.series).toEqual(series);
    const { left, right, top, bottom } = chart.plot;
    for (const p of chart.points) {
      const v = getModelView(cat, p.id);
      expect(p.usd).toBe(v.cost.usd);
      expect(p.usdText).toBe(v.costText);
      expect(p.score).toBe(seriesScore(cat.modelsById.get(p.id)!, series)!.score);
      expect(p.x).toBeGreaterThanOrEqual(left);
      expect(p.x).toBeLessThanOrEqual(right);
      expect(p.y).toBeGreaterThanOrEqual(top);
      expect(p.y).toBeLessThanOrEqual(bottom);
    }
  });

  test('every model with both values is plotted once; the caption counts the rest', () => {
    const both = cat.models.filter((m) => getModelView(cat, m.id).cost.usd !== null && seriesScore(m, series) !== null);
    expect(chart.points.map((p) => p.id).sort()).toEqual(both.map((m) => m.id).sort());
    const left = cat.models.length - both.length;
    if (left === 0) expect(chart.leftOutText).toBeNull();
    else expect(chart.leftOutText).toMatch(new RegExp(`^${left} of ${cat.models.length} models are not plotted( \\(|: they have )`));
  });

  test('the price axis is monotonic: a dearer model never sits left of a cheaper one', () => {
    const byUsd = [...chart.points].sort((a, b) => a.usd - b.usd);
    for (let i = 1; i < byUsd.length; i++) expect(byUsd[i]!.x).toBeGreaterThanOrEqual(byUsd[i - 1]!.x);
    const xs = chart.xTicks.map((t) => t.pos);
    for (let i = 1; i < xs.length; i++) expect(xs[i]!).toBeGreaterThan(xs[i - 1]!);
    // Log scale: 1-2-5 (or sparser) steps, equal distances per decade.
    expect(chart.xTicks[0]!.pos).toBe(chart.plot.left);
    expect(chart.xTicks.at(-1)!.pos).toBe(chart.plot.right);
  });

  test('a pair with both models plotted marks both, with distinct shapes; otherwise one sentence says why', () => {
    const ids = cat.models.map((m) => m.id).sort();
    let drawn = 0;
    let checked = 0;
    for (const a of ids)
      for (const b of ids) {
        if (a >= b) continue;
        const v = pairChart(cat, a, b);
        const both = chart.byId.has(a) && chart.byId.has(b);
        if (both) {
          drawn++;
          expect(v.kind).toBe('chart');
          if (v.kind !== 'chart') continue;
          expect(v.marked.map((m) => m.id)).toEqual([a, b]);
          expect(v.marked.map((m) => m.shape)).toEqual(['circle', 'square']);
          for (const m of v.marked) {
            expect(v.desc).toContain(`${m.name} costs ${m.usdText} a month and scores ${m.scoreText}`);
            expect(m.labelY).toBeGreaterThanOrEqual(chart.plot.top);
            expect(m.labelY).toBeLessThanOrEqual(chart.plot.bottom);
          }
        } else {
          expect(v.kind).toBe('missing');
          if (v.kind !== 'missing') continue;
          for (const id of [a, b]) if (!chart.byId.has(id)) expect(v.text).toContain(getModelView(cat, id).name);
          expect(v.text).toMatch(/\.$/);
        }
        // The real catalogue: the first few thousand pairs (in id order) show every case, in seconds.
        if (++checked >= MAX_PAIRS_CHECKED && drawn > 0) return;
      }
    expect(drawn).toBeGreaterThan(0);
  }, 30_000);

  test('the shared background holds every point once and escapes data', () => {
    const bg = chartBackground(chart);
    for (const p of chart.points) expect(bg.split(`data-id="${p.id}"`).length - 1).toBe(1);
    expect(bg.match(/<circle /g)!.length).toBe(chart.points.length);
    expect(chartBackgroundFile(chart)).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"[^>]*>[\s\S]*<g id="bg"[\s\S]*<\/svg>\n$/);
    expect(bg).not.toMatch(/NaN|undefined|null/);
  });
});

test('a series with a variant gets a file-name slug that says it', () => {
  expect(seriesSlug({ id: 'eci', variant: null })).toBe('eci');
  expect(seriesSlug({ id: 'gpqa-diamond', variant: 'Epoch AI run' })).toBe('gpqa-diamond-epoch-ai-run');
});

test('any series of the real catalogue can be charted (the directory may offer each one)', () => {
  const real = catalogues[1]![1];
  for (const s of benchmarkSeries(real).slice(0, 5)) {
    const c = priceChart(real, s)!;
    expect(c.series).toEqual(s);
    expect(c.about).toContain(s.higherIsBetter ? 'higher is better' : 'lower is better');
    expect(c.points.length).toBeGreaterThan(0);
  }
});

test('a catalogue without any independent run has no chart, and its pair pages show nothing', () => {
  const seed = catalogues[0]![1];
  const bare: Catalog = { ...seed, models: seed.models.map((m) => ({ ...m, benchmarks: [] })) };
  expect(defaultSeries(bare)).toBeNull();
  expect(priceChart(bare)).toBeNull();
  expect(pairChart(bare, 'gpt-4.1', 'phi-4')).toEqual({ kind: 'none' });
});
