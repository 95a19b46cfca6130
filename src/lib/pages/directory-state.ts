/**
 * The model directory's filter and sort logic, shared by the build (which packs the data) and the
 * <model-directory> script (which unpacks it, filters, sorts and keeps the state in the URL). Kept
 * apart from directory.ts so the browser bundle holds only this and the formatters, not the engine.
 *
 * The data travels as one compact JSON block: rows are tuples in the table's static (name) order,
 * without the names (the script reads them from the rows), lab, provider and kind ids are indexes
 * into shared lists, and each benchmark series carries only the
 * models that have a score in it. Per-row data attributes would repeat the provider ids (about twelve
 * per model) in every row's markup; the packed form is the lighter of the two.
 *
 * Imports types only from the schema and views: the capability list travels in the data, so the
 * browser bundle carries no zod.
 */
import type { Capability } from '../schema/model';
import type { TriState } from '../views/model';

/** What the script filters and sorts on for one model (raw values, never display text). */
export interface DirectoryRecord {
  name: string;
  lab: string;
  providers: string[];
  kind: string;
  /** Monthly USD at the site workload on the estimate's cheapest route; null without an estimate. */
  price: number | null;
  input: number | null;
  output: number | null;
  context: number | null;
  openWeights: boolean | null;
  caps: Record<Capability, TriState>;
  /** 'YYYY-MM-DD' or 'YYYY-MM'. */
  released: string;
}

export interface SeriesInfo {
  /** Stable key in the URL ("eci", "gpqa-diamond.epoch-ai-run"). */
  key: string;
  /** "GPQA Diamond (Epoch AI run)". */
  label: string;
  unit: 'percent' | 'elo' | 'index';
  higherIsBetter: boolean;
  /** Models with a score in it. */
  models: number;
}

type PackedRow = [lab: number, providers: number[], kind: number, price: number | null, input: number | null, output: number | null, context: number | null, open: 0 | 1 | null, caps: string, released: string];

/** The JSON block's shape (short keys: it ships with every directory page view). */
export interface DirectoryData {
  /** Capability keys, in the order of each row's capability letters. */
  c: Capability[];
  /** Lab ids. */
  l: string[];
  /** Kinds. */
  k: string[];
  /** Provider ids. */
  p: string[];
  /** Rows in the table's order. */
  r: PackedRow[];
  /** Series: [key, label, unit, higher is better (1/0), models]. */
  s: [string, string, SeriesInfo['unit'], 0 | 1, number][];
  /** Per series, flat pairs of row index and score. */
  v: number[][];
}

/** Capability states as one letter each, in the order of the data's capability list: y / n / u. */
const CAP_LETTER: Record<TriState, string> = { yes: 'y', no: 'n', unknown: 'u' };
const LETTER_CAP: Record<string, TriState> = { y: 'yes', n: 'no', u: 'unknown' };

export function packDirectory(records: DirectoryRecord[], series: SeriesInfo[], scores: Map<number, number>[], capabilities: readonly Capability[]): DirectoryData {
  const l = [...new Set(records.map((r) => r.lab))].sort();
  const p = [...new Set(records.flatMap((r) => r.providers))].sort();
  const k = [...new Set(records.map((r) => r.kind))].sort();
  const li = new Map(l.map((x, i) => [x, i]));
  const pi = new Map(p.map((x, i) => [x, i]));
  return {
    c: [...capabilities],
    l,
    k,
    p,
    r: records.map((r): PackedRow => [
      li.get(r.lab)!,
      r.providers.map((x) => pi.get(x)!),
      k.indexOf(r.kind),
      r.price,
      r.input,
      r.output,
      r.context,
      r.openWeights === null ? null : r.openWeights ? 1 : 0,
      capabilities.map((c) => CAP_LETTER[r.caps[c]]).join(''),
      r.released,
    ]),
    s: series.map((s) => [s.key, s.label, s.unit, s.higherIsBetter ? 1 : 0, s.models]),
    v: scores.map((m) => [...m].sort((a, b) => a[0] - b[0]).flat()),
  };
}

export interface Directory {
  capabilities: Capability[];
  records: DirectoryRecord[];
  series: SeriesInfo[];
  /** Per series (same order), row index → score. */
  scores: Map<number, number>[];
}

/** The data block back as records; `names` are the rows' model names, in the same order. */
export function unpackDirectory(d: DirectoryData, names: readonly string[]): Directory {
  const records = d.r.map(([lab, providers, kind, price, input, output, context, open, caps, released], i): DirectoryRecord => ({
    name: names[i] ?? '',
    lab: d.l[lab] ?? '',
    providers: providers.map((i) => d.p[i] ?? ''),
    kind: d.k[kind] ?? '',
    price,
    input,
    output,
    context,
    openWeights: open === null ? null : open === 1,
    caps: Object.fromEntries(d.c.map((c, i) => [c, LETTER_CAP[caps[i] ?? 'u'] ?? 'unknown'])) as Record<Capability, TriState>,
    released,
  }));
  const series = d.s.map(([key, label, unit, h, models]): SeriesInfo => ({ key, label, unit, higherIsBetter: h === 1, models }));
  const scores = d.v.map((flat) => {
    const m = new Map<number, number>();
    for (let i = 0; i + 1 < flat.length; i += 2) m.set(flat[i]!, flat[i + 1]!);
    return m;
  });
  return { capabilities: d.c, records, series, scores };
}

/** Columns a reader can sort by, besides each capability (yes, then no, then not sourced). */
export const SORT_KEYS = ['name', 'lab', 'providers', 'kind', 'price', 'input', 'output', 'context', 'open', 'score', 'released'] as const;
export type SortKey = (typeof SORT_KEYS)[number] | Capability;

export interface DirectoryState {
  /** Text the name must contain (case-insensitive). */
  q: string;
  lab: string;
  provider: string;
  kind: string;
  /** Highest monthly USD at the workload. */
  maxPrice: number | null;
  /** Smallest context window in tokens. */
  minContext: number | null;
  /** Only models whose weights are documented as open. */
  open: boolean;
  /** Capabilities that must be documented as yes. */
  caps: Capability[];
  /** Key of the series the score column shows. */
  series: string;
  minScore: number | null;
  /** 'YYYY-MM' bounds on the release date, inclusive. */
  from: string;
  to: string;
  sort: SortKey;
  dir: 'asc' | 'desc';
}

export function defaultState(defaultSeries: string): DirectoryState {
  return { q: '', lab: '', provider: '', kind: '', maxPrice: null, minContext: null, open: false, caps: [], series: defaultSeries, minScore: null, from: '', to: '', sort: 'name', dir: 'asc' };
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const num = (v: string | null): number | null => {
  if (v === null || v.trim() === '') return null;
  const n = Number(v);
  return Number.isFinite(n) ? n : null;
};
const nonNegative = (v: string | null) => {
  const n = num(v);
  return n !== null && n >= 0 ? n : null;
};

/**
 * The state a query string describes. Unknown keys and values that make no sense (a series or lab
 * the page does not have, a negative price, a malformed month) fall back to the default, so a hand-
 * edited or stale link still opens a working view. Query keys match the filter form's field names.
 */
export function stateFromQuery(
  params: URLSearchParams,
  ctx: { capabilities: readonly Capability[]; series: string[]; defaultSeries: string; labs: string[]; providers: string[]; kinds: string[] },
): DirectoryState {
  const s = defaultState(ctx.defaultSeries);
  const pick = (key: string, allowed: readonly string[]) => {
    const v = params.get(key) ?? '';
    return allowed.includes(v) ? v : '';
  };
  s.q = (params.get('q') ?? '').slice(0, 100);
  s.lab = pick('lab', ctx.labs);
  s.provider = pick('provider', ctx.providers);
  s.kind = pick('kind', ctx.kinds);
  s.maxPrice = nonNegative(params.get('maxprice'));
  s.minContext = nonNegative(params.get('minctx'));
  s.open = params.get('open') === '1';
  s.caps = ctx.capabilities.filter((c) => params.getAll('cap').includes(c));
  const series = params.get('series');
  if (series !== null && ctx.series.includes(series)) s.series = series;
  s.minScore = num(params.get('minscore'));
  const month = (key: string) => {
    const v = params.get(key) ?? '';
    return MONTH.test(v) ? v : '';
  };
  s.from = month('from');
  s.to = month('to');
  const sort = params.get('sort') ?? '';
  if ((SORT_KEYS as readonly string[]).includes(sort) || (ctx.capabilities as readonly string[]).includes(sort)) s.sort = sort as SortKey;
  s.dir = params.get('dir') === 'desc' ? 'desc' : 'asc';
  return s;
}

/** The query string for a state, without the values that equal the default ('' for the default view). */
export function queryFromState(s: DirectoryState, defaultSeries: string): string {
  const p = new URLSearchParams();
  if (s.q.trim()) p.set('q', s.q.trim());
  if (s.lab) p.set('lab', s.lab);
  if (s.provider) p.set('provider', s.provider);
  if (s.kind) p.set('kind', s.kind);
  if (s.maxPrice !== null) p.set('maxprice', String(s.maxPrice));
  if (s.minContext !== null) p.set('minctx', String(s.minContext));
  if (s.open) p.set('open', '1');
  for (const c of s.caps) p.append('cap', c);
  if (s.series && s.series !== defaultSeries) p.set('series', s.series);
  if (s.minScore !== null) p.set('minscore', String(s.minScore));
  if (s.from) p.set('from', s.from);
  if (s.to) p.set('to', s.to);
  if (s.sort !== 'name' || s.dir !== 'asc') {
    p.set('sort', s.sort);
    p.set('dir', s.dir);
  }
  const q = p.toString();
  return q ? `?${q}` : '';
}

/** Whether a model passes every filter. `score` is its score in the state's series, or null. */
export function matches(r: DirectoryRecord, s: DirectoryState, score: number | null): boolean {
  if (s.q.trim() && !r.name.toLowerCase().includes(s.q.trim().toLowerCase())) return false;
  if (s.lab && r.lab !== s.lab) return false;
  if (s.provider && !r.providers.includes(s.provider)) return false;
  if (s.kind && r.kind !== s.kind) return false;
  // A bound excludes models whose value is not sourced: "at most $100" cannot be confirmed for them.
  if (s.maxPrice !== null && (r.price === null || r.price > s.maxPrice)) return false;
  if (s.minContext !== null && (r.context === null || r.context < s.minContext)) return false;
  if (s.open && r.openWeights !== true) return false;
  for (const c of s.caps) if (r.caps[c] !== 'yes') return false;
  if (s.minScore !== null && (score === null || score < s.minScore)) return false;
  const month = r.released.slice(0, 7);
  if (s.from && month < s.from) return false;
  if (s.to && month > s.to) return false;
  return true;
}

const CAP_RANK: Record<TriState, number | null> = { yes: 1, no: 0, unknown: null };

/** A record's value in a sort column: a number or text, null when not sourced. */
function sortValue(r: DirectoryRecord, key: SortKey, score: number | null): number | string | null {
  switch (key) {
    case 'name':
      return r.name;
    case 'lab':
      return r.lab;
    case 'providers':
      return r.providers.length;
    case 'kind':
      return r.kind;
    case 'price':
      return r.price;
    case 'input':
      return r.input;
    case 'output':
      return r.output;
    case 'context':
      return r.context;
    case 'open':
      return r.openWeights === null ? null : r.openWeights ? 1 : 0;
    case 'score':
      return score;
    case 'released':
      return r.released;
    default:
      return CAP_RANK[r.caps[key]];
  }
}

/**
 * Row indexes in display order: the filtered rows sorted by the state's column. Values not sourced
 * go last in both directions (they are not the cheapest nor the dearest); ties keep name order, which
 * is the static order, so the sort is stable and a reload gives the same order.
 */
export function visibleOrder(d: Pick<Directory, 'records' | 'series' | 'scores'>, s: DirectoryState, labNames?: ReadonlyMap<string, string>): number[] {
  const si = d.series.findIndex((x) => x.key === s.series);
  const scores = si >= 0 ? d.scores[si]! : new Map<number, number>();
  const idx = d.records.map((_, i) => i).filter((i) => matches(d.records[i]!, s, scores.get(i) ?? null));
  const sign = s.dir === 'asc' ? 1 : -1;
  const val = (i: number) => {
    const v = sortValue(d.records[i]!, s.sort, scores.get(i) ?? null);
    return s.sort === 'lab' && typeof v === 'string' ? (labNames?.get(v) ?? v) : v;
  };
  const keyed = idx.map((i) => ({ i, v: val(i) }));
  keyed.sort((x, y) => {
    if (x.v === null || y.v === null) return x.v === y.v ? x.i - y.i : x.v === null ? 1 : -1;
    const c = typeof x.v === 'number' && typeof y.v === 'number' ? x.v - y.v : String(x.v).localeCompare(String(y.v), 'en');
    return c !== 0 ? sign * c : x.i - y.i;
  });
  return keyed.map((k) => k.i);
}

/** Columns whose first click sorts ascending; the others (score, context, dates, counts, yes/no) start descending. */
const ASC_FIRST: ReadonlySet<string> = new Set(['name', 'lab', 'kind', 'price', 'input', 'output']);

/**
 * The direction a column sorts in when first chosen, best first: names A→Z, cheapest first, the best
 * score first (lowest where lower is better), newest, largest and "Yes" first.
 */
export function firstDirection(key: SortKey, series: Pick<SeriesInfo, 'higherIsBetter'> | undefined): DirectoryState['dir'] {
  if (key === 'score') return series?.higherIsBetter === false ? 'asc' : 'desc';
  return ASC_FIRST.has(key) ? 'asc' : 'desc';
}
