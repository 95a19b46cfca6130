/**
 * The model directory (/models/): every model of the catalogue in one table, sorted by name, with
 * the figures the other pages show (read from each model's view, never recomputed), the options of
 * the filter form, and the packed data the <model-directory> script filters and sorts.
 */
import { workloadText, workloadTokens } from '../cost';
import type { Catalog } from '../data/load';
import { capabilityLabel, formatDate, formatPrice, formatScore, formatTokens, formatYesNo, plural, sentenceCase } from '../format';
import { CAPABILITIES, MODEL_KINDS, type Capability } from '../schema/model';
import { getModelView, type TriState } from '../views/model';
import { benchmarkSeries, seriesScore, type BenchmarkSeries } from './benchmark-choice';
import { packDirectory, type DirectoryData, type DirectoryRecord, type SeriesInfo } from './directory-state';

/**
 * A series enters the directory's select only when at least this many models have a score in it:
 * a column with one or two figures neither ranks nor filters anything, and each series adds to the
 * page's data block. The default series always enters.
 */
export const MIN_SERIES_MODELS = 5;

/** Context-window floors offered by the filter (tokens). */
export const CONTEXT_STEPS = [32_000, 128_000, 200_000, 1_000_000] as const;

/** Display words of each model kind. */
export const KIND_TEXT: Record<(typeof MODEL_KINDS)[number], string> = { chat: 'Chat', guard: 'Guard' };

export interface DirectoryRow {
  id: string;
  name: string;
  path: string;
  labId: string;
  labName: string;
  labPath: string;
  /** Provider ids with a route for this model, sorted. */
  providers: string[];
  kind: string;
  kindText: string;
  /** The model view's monthly estimate at the site workload (cheapest counted route). */
  monthlyUsd: number | null;
  /** "$87.00", "Free tier only", or null (not sourced). */
  monthlyText: string | null;
  /** Prices per 1M tokens of the route the estimate uses. */
  inputText: string | null;
  outputText: string | null;
  contextWindow: number | null;
  contextText: string | null;
  openWeights: boolean | null;
  openText: string | null;
  caps: Record<Capability, TriState>;
  released: string;
  releasedText: string;
  /** Score in the default series, or null. */
  score: number | null;
  scoreText: string | null;
}

export interface Option {
  value: string;
  label: string;
}

export interface DirectoryPage {
  title: string;
  description: string;
  breadcrumbs: { name: string; path: string }[];
  jsonLd: object;
  workloadText: string;
  rows: DirectoryRow[];
  labs: Option[];
  providers: Option[];
  kinds: Option[];
  /** Each capability: the filter's label and the column's short header. */
  capabilities: { key: Capability; label: string; short: string }[];
  contextSteps: Option[];
  series: SeriesInfo[];
  /** Key of the series the static score column shows; '' when the catalogue has none. */
  defaultSeries: string;
  data: DirectoryData;
}

const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** URL keys of the series: the benchmark id, plus the variant as a slug; unique within the list. */
export function seriesKeys(series: readonly BenchmarkSeries[]): string[] {
  const seen = new Set<string>();
  return series.map((s) => {
    const base = s.variant ? `${s.id}.${slug(s.variant) || 'variant'}` : s.id;
    let key = base;
    for (let n = 2; seen.has(key); n++) key = `${base}-${n}`;
    seen.add(key);
    return key;
  });
}

export const seriesLabel = (s: Pick<BenchmarkSeries, 'name' | 'variant'>) => (s.variant ? `${s.name} (${s.variant})` : s.name);

const byLabel = (a: Option, b: Option) => a.label.localeCompare(b.label, 'en') || a.value.localeCompare(b.value);

export function directoryPage(cat: Catalog): DirectoryPage {
  const w = cat.site.workload;
  const views = cat.models.map((m) => ({ m, v: getModelView(cat, m.id) }));
  views.sort((x, y) => x.v.name.localeCompare(y.v.name, 'en') || x.v.id.localeCompare(y.v.id));

  const all = benchmarkSeries(cat);
  const keys = seriesKeys(all);
  const chosen = all.map((s, i) => ({ s, key: keys[i]! })).filter((x, i) => i === 0 || x.s.models >= MIN_SERIES_MODELS);
  const def = chosen[0] ?? null;

  const rows = views.map(({ m, v }): DirectoryRow => {
    const route = v.cost.route;
    const score = def ? seriesScore(m, def.s) : null;
    return {
      id: v.id,
      name: v.name,
      path: v.url,
      labId: v.labId,
      labName: v.labName,
      labPath: `/labs/${v.labId}/`,
      providers: [...v.providerIds].sort(),
      kind: m.kind,
      kindText: KIND_TEXT[m.kind],
      monthlyUsd: v.cost.usd,
      monthlyText: v.costText ?? (v.cost.freeTiers.length > 0 ? 'Free tier only' : null),
      inputText: route ? formatPrice(route.input) : null,
      outputText: route ? formatPrice(route.output) : null,
      contextWindow: v.contextWindow,
      contextText: v.contextText,
      openWeights: v.openWeights,
      openText: formatYesNo(v.openWeights),
      caps: v.caps,
      released: v.released,
      releasedText: formatDate(v.released),
      score: score?.score ?? null,
      scoreText: score && def ? formatScore(score.score, def.s.unit) : null,
    };
  });

  const count = (ids: string[]) => {
    const c = new Map<string, number>();
    for (const id of ids) c.set(id, (c.get(id) ?? 0) + 1);
    return c;
  };
  const labCounts = count(rows.map((r) => r.labId));
  const labs = [...labCounts].map(([id, n]) => ({ value: id, label: `${cat.labs.get(id)?.name ?? id} (${n})` })).sort(byLabel);
  const providerCounts = count(rows.flatMap((r) => r.providers));
  const providers = [...providerCounts].map(([id, n]) => ({ value: id, label: `${cat.providers.get(id)?.name ?? id} (${n})` })).sort(byLabel);
  const kindCounts = count(rows.map((r) => r.kind));
  const kinds = MODEL_KINDS.filter((k) => kindCounts.has(k)).map((k) => ({ value: k, label: `${KIND_TEXT[k]} (${kindCounts.get(k)})` }));

  const series = chosen.map(({ s, key }) => ({ key, label: seriesLabel(s), unit: s.unit, higherIsBetter: s.higherIsBetter, models: s.models }));
  const index = new Map(rows.map((r, i) => [r.id, i]));
  const scores = chosen.map(({ s }) => {
    const m = new Map<number, number>();
    for (const { m: model } of views) {
      const sc = seriesScore(model, s);
      if (sc) m.set(index.get(model.id)!, sc.score);
    }
    return m;
  });
  const records = rows.map(
    (r, i): DirectoryRecord => ({
      name: r.name,
      lab: r.labId,
      providers: r.providers,
      kind: r.kind,
      price: r.monthlyUsd,
      input: views[i]!.v.cost.route?.input ?? null,
      output: views[i]!.v.cost.route?.output ?? null,
      context: r.contextWindow,
      openWeights: r.openWeights,
      caps: r.caps,
      released: r.released,
    }),
  );

  const title = `All ${rows.length} models: filter by price, context and benchmarks | ${cat.site.title}`;
  const description =
    `${plural(rows.length, 'model')} from ${plural(labCounts.size, 'lab')} on ${plural(providerCounts.size, 'provider')}: ` +
    `monthly cost at ${workloadTokens(w)}, context window, open weights, capabilities` +
    `${def ? ` and ${seriesLabel(def.s)} scores` : ''}. Sort and filter; the view is a shareable link.`;
  const abs = (p: string) => `${cat.site.url}${p}`;
  return {
    title,
    description,
    breadcrumbs: [
      { name: 'Home', path: '/' },
      { name: 'Models', path: '/models/' },
    ],
    jsonLd: { '@context': 'https://schema.org', '@type': 'CollectionPage', name: title, url: abs('/models/'), description },
    workloadText: workloadText(w),
    rows,
    labs,
    providers,
    kinds,
    capabilities: CAPABILITIES.map((key) => ({ key, label: sentenceCase(capabilityLabel(key)), short: sentenceCase(key.replace(/_/g, ' ')) })),
    contextSteps: CONTEXT_STEPS.map((n) => ({ value: String(n), label: `${formatTokens(n)} tokens or more` })),
    series,
    defaultSeries: def?.key ?? '',
    data: packDirectory(records, series, scores, CAPABILITIES),
  };
}
