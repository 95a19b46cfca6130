/**
 * The price-vs-benchmark chart: each model's monthly figure at the site workload (the estimate of
 * its model view, never recomputed) against its score in one benchmark series (benchmark-choice.ts).
 *
 * One chart per series and catalogue: every page that shows it (the directory, each pair page)
 * shares the same axes, so a pair page marks its two models on the very picture the directory shows
 * and can reuse the background (axes and every other model) from one built file, /charts/price-<series>.svg.
 */
import { formatScoreTick, formatUsdTick, linearScale, linearTicks, logScale, logTicks, placeTicks, type Tick } from '../chart/scale';
import { workloadText } from '../cost';
import type { Catalog } from '../data/load';
import { formatMoney, formatScore, listText, plural, urlHost } from '../format';
import { getModelView } from '../views/model';
import { defaultSeries, seriesScore, type BenchmarkSeries } from './benchmark-choice';

/** The SVG's user space: 640 × 360 keeps a 16:9 picture that scales down to a phone without tiny text. */
export const CHART_WIDTH = 640;
export const CHART_HEIGHT = 360;
/** Room around the plot for tick labels (left, bottom) and axis titles. */
export const PLOT = { left: 56, right: 624, top: 16, bottom: 304 } as const;
/** Most labelled ticks per axis: more would overlap at the chart's narrowest rendering. */
export const MAX_X_TICKS = 8;
export const MAX_Y_TICKS = 7;

/** One plotted model. */
export interface ChartPoint {
  id: string;
  name: string;
  /** Base-free path of the model's page. */
  url: string;
  /** Monthly cost in USD at the site workload, from the model view's estimate. */
  usd: number;
  usdText: string;
  /** Provider and model id of the route the estimate uses. */
  via: string;
  score: number;
  scoreText: string;
  /** Where the score was published (and its host, as link text), and when. */
  source: string;
  sourceHost: string;
  asOf: string;
  /** Position in the SVG's user space. */
  x: number;
  y: number;
}

export interface PriceChartView {
  series: BenchmarkSeries;
  /** File-name part for the series: "eci", "gpqa-diamond-epoch-ai-run". */
  slug: string;
  /** Base-free path of the shared background file. */
  file: string;
  /** Fragment id of the background group inside that file. */
  bgId: string;
  /** "Epoch Capabilities Index (Epoch AI run)". */
  seriesText: string;
  workloadText: string;
  width: number;
  height: number;
  plot: typeof PLOT;
  xTicks: Tick[];
  yTicks: Tick[];
  xTitle: string;
  yTitle: string;
  /** Every plotted model, by id. */
  points: ChartPoint[];
  byId: ReadonlyMap<string, ChartPoint>;
  /** Models left out, and why, in one sentence; null when every model is plotted. */
  leftOutText: string | null;
  /** What the chart shows, in one or two sentences (the SVG's description and the caption). */
  about: string;
}

const slugPart = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, '-')
    .replace(/^-+|-+$/g, '');

/** File-name slug of a series: the benchmark id, then its variant when it has one. */
export function seriesSlug(s: Pick<BenchmarkSeries, 'id' | 'variant'>): string {
  return [s.id, s.variant ? slugPart(s.variant) : ''].filter(Boolean).join('-');
}

export const chartFile = (slug: string) => `/charts/price-${slug}.svg`;

const cache = new WeakMap<Catalog, Map<string, PriceChartView | null>>();

/**
 * The chart of one series (default: the most widely shared independent one) over the whole
 * catalogue, built once per catalogue and series. Null when the catalogue has no independent series
 * or no model has both a monthly figure and a score in it.
 */
export function priceChart(cat: Catalog, series: BenchmarkSeries | null = defaultSeries(cat)): PriceChartView | null {
  if (!series) return null;
  let bySeries = cache.get(cat);
  if (!bySeries) cache.set(cat, (bySeries = new Map()));
  const key = seriesSlug(series);
  if (!bySeries.has(key)) bySeries.set(key, build(cat, series));
  return bySeries.get(key)!;
}

function build(cat: Catalog, series: BenchmarkSeries): PriceChartView | null {
  const raw: Omit<ChartPoint, 'x' | 'y'>[] = [];
  let noScore = 0;
  let noPrice = 0;
  for (const m of [...cat.models].sort((a, b) => a.id.localeCompare(b.id, 'en'))) {
    const v = getModelView(cat, m.id);
    const s = seriesScore(m, series);
    const usd = v.cost.usd;
    if (!s) noScore++;
    else if (usd === null || !(usd > 0)) noPrice++;
    if (!s || usd === null || !(usd > 0)) continue;
    const r = v.cost.route;
    raw.push({
      id: m.id,
      name: v.name,
      url: v.url,
      usd,
      usdText: v.costText ?? formatMoney(usd),
      via: r ? `${r.providerName} (${r.modelId})` : '',
      score: s.score,
      scoreText: formatScore(s.score, series.unit),
      source: s.source,
      sourceHost: urlHost(s.source),
      asOf: s.asOf,
    });
  }
  if (raw.length === 0) return null;

  const usds = raw.map((p) => p.usd);
  const scores = raw.map((p) => p.score);
  const xValues = logTicks(Math.min(...usds), Math.max(...usds), MAX_X_TICKS);
  const yValues = linearTicks(Math.min(...scores), Math.max(...scores), MAX_Y_TICKS);
  const x = logScale([xValues[0]!, xValues.at(-1)!], [PLOT.left, PLOT.right]);
  const y = linearScale([yValues[0]!, yValues.at(-1)!], [PLOT.bottom, PLOT.top]);
  const percent = series.unit === 'percent';
  const points = raw.map((p) => ({ ...p, x: x(p.usd), y: y(p.score) }));

  const seriesText = series.variant ? `${series.name} (${series.variant})` : series.name;
  const wl = workloadText(cat.site.workload);
  const total = cat.models.length;
  const leftOut = total - points.length;
  const reasons = [noScore ? `${noScore} with no independent run` : '', noPrice ? `${noPrice} with no monthly estimate` : ''].filter(Boolean);
  const leftOutText = !leftOut
    ? null
    : reasons.length === 1
      ? `${leftOut} of ${total} models are not plotted: they have ${noScore ? 'no independent run' : 'no monthly estimate'}.`
      : `${leftOut} of ${total} models are not plotted (${listText(reasons)}).`;
  const better = series.higherIsBetter ? 'higher is better' : 'lower is better';
  // The axis titles say "log scale"; the cost section says which route: the caption stays short, it is on thousands of pages.
  const about = `Monthly cost at ${wl} against ${seriesText}, independent runs only; ${better}.`;
  const slug = seriesSlug(series);
  return {
    series,
    slug,
    file: chartFile(slug),
    bgId: 'bg',
    seriesText,
    workloadText: wl,
    width: CHART_WIDTH,
    height: CHART_HEIGHT,
    plot: PLOT,
    xTicks: placeTicks(xValues, x, formatUsdTick),
    yTicks: placeTicks(yValues, y, (v) => formatScoreTick(v, percent)),
    xTitle: 'Monthly cost (log scale)',
    yTitle: percent ? `${series.name} (%)` : series.name,
    points,
    byId: new Map(points.map((p) => [p.id, p])),
    leftOutText,
    about,
  };
}

/** A marked model's label: placed beside its point, on the side with room, nudged apart from the other label. */
export interface MarkedPoint extends ChartPoint {
  /** Which marker shape: the first model a circle, the second a square (shape tells them apart, not colour). */
  shape: 'circle' | 'square';
  labelX: number;
  labelY: number;
  anchor: 'start' | 'end';
}

/** What a pair page shows of the chart. */
export type PairChartView =
  | { kind: 'chart'; heading: string; chart: PriceChartView; marked: [MarkedPoint, MarkedPoint]; title: string; desc: string }
  | { kind: 'missing'; heading: string; text: string }
  | { kind: 'none' };

/** Gap between a marker and its label, and the least vertical distance between the two labels. */
const LABEL_GAP = 9;
const LABEL_MIN_DY = 14;

/** The chart section of the pair page of `a` and `b`: both models marked, or one sentence on why not. */
export function pairChart(cat: Catalog, a: string, b: string): PairChartView {
  const chart = priceChart(cat);
  if (!chart) return { kind: 'none' };
  const pa = chart.byId.get(a);
  const pb = chart.byId.get(b);
  const heading = `Price against ${chart.series.name}`;
  if (!pa || !pb) {
    const missing = [pa ? null : a, pb ? null : b].filter((x): x is string => x !== null).map((id) => getModelView(cat, id));
    const why = (v: (typeof missing)[number]) =>
      v.cost.usd === null ? `${v.name} has no monthly estimate` : `${v.name} has no independent ${chart.seriesText} run`;
    return {
      kind: 'missing',
      heading,
      text: `${listText(missing.map(why))}, so ${missing.length === 2 ? 'neither model has' : 'this pair has no'} point on the chart of monthly cost against that benchmark.`,
    };
  }
  const marked: [MarkedPoint, MarkedPoint] = [place(pa, 'circle', chart), place(pb, 'square', chart)];
  // Two labels on nearly the same line would overprint: push them apart vertically around their middle.
  const [m0, m1] = marked;
  if (Math.abs(m0.labelY - m1.labelY) < LABEL_MIN_DY && Math.abs(m0.x - m1.x) < CHART_WIDTH / 2) {
    const mid = (m0.labelY + m1.labelY) / 2;
    const upper = m0.y <= m1.y ? m0 : m1;
    const lower = upper === m0 ? m1 : m0;
    upper.labelY = round(Math.max(PLOT.top + 8, mid - LABEL_MIN_DY / 2));
    lower.labelY = round(Math.min(PLOT.bottom - 2, mid + LABEL_MIN_DY / 2));
  }
  const at = (p: ChartPoint) => `${p.name} costs ${p.usdText} a month and scores ${p.scoreText}`;
  const others = chart.points.length - 2;
  return {
    kind: 'chart',
    heading,
    chart,
    marked,
    // The section heading, which gzip stores once; the description names the two models.
    title: heading,
    // The visible caption already says what the axes are; the description says what the picture shows.
    desc: `${at(pa)} (circle); ${at(pb)} (square)${others ? `; ${plural(others, 'other model')} ${others === 1 ? 'is a faint dot' : 'are faint dots'}` : ''}.`,
  };
}

const round = (v: number) => Math.round(v * 10) / 10;

function place(p: ChartPoint, shape: MarkedPoint['shape'], chart: PriceChartView): MarkedPoint {
  // Labels go right of the point unless it sits in the right half, where a name would run off the plot.
  const right = p.x < (chart.plot.left + chart.plot.right) / 2;
  return {
    ...p,
    shape,
    anchor: right ? 'start' : 'end',
    labelX: round(right ? p.x + LABEL_GAP : p.x - LABEL_GAP),
    labelY: round(Math.min(chart.plot.bottom - 2, Math.max(chart.plot.top + 8, p.y + 4))),
  };
}
