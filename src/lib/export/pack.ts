/**
 * The catalogue as one compact JSON file (`/data/catalog.json`) that the browser's any-pair compare
 * (/compare/?a=&b=) unpacks and hands to the same engine the build uses (buildComparison), so a
 * client-rendered comparison states exactly what a static pair page would.
 *
 * Compact, because the whole catalogue travels to the browser (budget: 120 KB gzip, issue 9):
 * - only the record fields the engine reads to build a comparison: no Markdown profiles, no model
 *   `sources` / `disagreements` / `reviewed`, no route `cache_read` / `max_output_tokens`, no score
 *   `cost_per_task` (the CSVs carry those; the model pages show them);
 * - column tables: one array per field (`models.name[i]`), so field names appear once and gzip
 *   sees runs of like values; a missing value is `null` and is dropped again on unpacking, so
 *   "not sourced" stays not sourced;
 * - one shared string table, sorted and front-coded (each string stored as the length it shares with
 *   the one before plus the rest: the price-source URLs differ only after 60-odd characters), so a
 *   string in a table is its index there; front coding took the file from 123 to about 108 KB gzip;
 * - routes and scores in model order, with a per-model count instead of a model column;
 * - the pair plan as partner lists: for each model, the later models (by id) it has a page with, as
 *   gaps between indices. Scores, noindex and the order of each model's list are recomputed with the
 *   planner's own functions (rivalScore, isThin), which read nothing the export leaves out.
 *
 * Pure: no file system, no Astro. pack.test.ts checks that every planned pair of the real catalogue
 * builds the same comparison from the unpacked export as from data/.
 */
import type { Catalog, Model, WithId } from '../data/load';
import { isThin, type PairPlan, type PlannedPair } from '../compare/pairs';
import { getRivalFacts, rivalScore } from '../compare/rivals';
import type { Benchmark } from '../schema/benchmark';
import type { CurrencyRate } from '../schema/currency';
import type { Lab } from '../schema/lab';
import { CAPABILITIES, PAIR_SEPARATOR, type Capability } from '../schema/constants';
import type { Route, Score } from '../schema/model';
import type { Provider } from '../schema/provider';
import type { Site } from '../schema/site';
import type { Source } from '../schema/source';

/** Written into the file so a reader can tell this layout from a later one. */
export const PACK_FORMAT = 'llm-versus-catalog/1';


/** s: string (index in the string table); n: number; b: boolean as 1/0; l: list of strings; j: JSON as is. */
type Kind = 's' | 'n' | 'b' | 'l' | 'j';
type Fields = readonly (readonly [string, Kind])[];
export type Column = (number | number[] | unknown | null)[];
export type Table = Record<string, Column>;

const LAB_FIELDS: Fields = [['id', 's'], ['name', 's'], ['url', 's']];
const PROVIDER_FIELDS: Fields = [['id', 's'], ['name', 's'], ['url', 's'], ['kind', 's'], ['currency', 's']];
const BENCHMARK_FIELDS: Fields = [
  ['id', 's'], ['name', 's'], ['description', 's'], ['url', 's'], ['unit', 's'], ['higher_is_better', 'b'],
  ['category', 's'], ['materiality', 'n'], ['min', 'n'], ['max', 'n'],
];
const MODEL_FIELDS: Fields = [
  ['id', 's'], ['name', 's'], ['lab', 's'], ['kind', 's'], ['family', 's'], ['released', 's'], ['status', 's'],
  ['parameters', 'n'], ['active_parameters', 'n'], ['context_window', 'n'], ['max_output_tokens', 'n'],
  ['knowledge_cutoff', 's'], ['license', 's'], ['open_weights', 'b'], ['input', 'l'], ['output', 'l'],
  ...CAPABILITIES.map((c) => [c, 'b'] as const), ['tags', 'l'], ['data_as_of', 's'], ['routes', 'n'], ['scores', 'n'],
];
const ROUTE_FIELDS: Fields = [
  ['provider', 's'], ['model_id', 's'], ['input', 'n'], ['output', 'n'], ['free', 'b'], ['context_window', 'n'],
  ['status', 's'], ['source', 's'], ['as_of', 's'], ['price_disagreements', 'j'], ['price_review', 'j'],
];
const SCORE_FIELDS: Fields = [['id', 's'], ['score', 'n'], ['self_reported', 'b'], ['variant', 's'], ['source', 's'], ['as_of', 's'], ['dataset', 's']];

export interface PackedCatalog {
  format: typeof PACK_FORMAT;
  /** The sorted string table, front-coded: string i = string i-1 cut to `shared[i]` characters + `rest[i]`. */
  strings: { shared: number[]; rest: string[] };
  site: Site;
  sources: Source[];
  currencies: CurrencyRate[];
  labs: Table;
  providers: Table;
  benchmarks: Table;
  models: Table;
  routes: Table;
  scores: Table;
  plan: {
    cut: number;
    budgetPairs: number;
    /** Per model (in id order): gaps to the later models it has a pair page with (first gap from the model itself). */
    partners: number[][];
  };
}

type Row = Record<string, unknown>;

/** Column tables with strings still in place; `pack` swaps them for table indices once all are known. */
function columns(rows: readonly Row[], fields: Fields): Table {
  const t: Table = {};
  for (const [key, kind] of fields) {
    t[key] = rows.map((r) => {
      const v = r[key];
      if (v === undefined || v === null) return null;
      if (kind === 'b') return v ? 1 : 0;
      return v;
    });
  }
  return t;
}

function indexStrings(tables: { t: Table; fields: Fields }[]): string[] {
  const all = new Set<string>();
  for (const { t, fields } of tables)
    for (const [key, kind] of fields) {
      if (kind === 's') for (const v of t[key]!) if (v !== null) all.add(v as string);
      if (kind === 'l') for (const v of t[key]!) if (v !== null) for (const x of v as string[]) all.add(x);
    }
  const strings = [...all].sort();
  const at = new Map(strings.map((s, i) => [s, i]));
  for (const { t, fields } of tables)
    for (const [key, kind] of fields) {
      if (kind === 's') t[key] = t[key]!.map((v) => (v === null ? null : at.get(v as string)!));
      if (kind === 'l') t[key] = t[key]!.map((v) => (v === null ? null : (v as string[]).map((x) => at.get(x)!)));
    }
  return strings;
}

function frontCode(sorted: readonly string[]): PackedCatalog['strings'] {
  const shared: number[] = [];
  const rest: string[] = [];
  sorted.forEach((x, i) => {
    const prev = i > 0 ? sorted[i - 1]! : '';
    let n = 0;
    while (n < x.length && n < prev.length && x[n] === prev[n]) n++;
    shared.push(n);
    rest.push(x.slice(n));
  });
  return { shared, rest };
}

function frontDecode({ shared, rest }: PackedCatalog['strings']): string[] {
  const out: string[] = [];
  rest.forEach((x, i) => out.push((i > 0 ? out[i - 1]!.slice(0, shared[i]) : '') + x));
  return out;
}

/** The export of a catalogue and its pair plan (the plan the build made pages for). */
export function pack(cat: Catalog, plan: PairPlan): PackedCatalog {
  const ids = cat.models.map((m) => m.id);
  const modelRows: Row[] = cat.models.map((m) => {
    const row: Row = { ...m, input: m.modalities.input, output: m.modalities.output, routes: m.routes.length, scores: m.benchmarks.length };
    for (const c of CAPABILITIES) row[c] = m.capabilities[c];
    return row;
  });
  const tables = {
    labs: { t: columns([...cat.labs.values()], LAB_FIELDS), fields: LAB_FIELDS },
    providers: { t: columns([...cat.providers.values()], PROVIDER_FIELDS), fields: PROVIDER_FIELDS },
    benchmarks: { t: columns([...cat.benchmarks.values()], BENCHMARK_FIELDS), fields: BENCHMARK_FIELDS },
    models: { t: columns(modelRows, MODEL_FIELDS), fields: MODEL_FIELDS },
    routes: { t: columns(cat.models.flatMap((m) => m.routes), ROUTE_FIELDS), fields: ROUTE_FIELDS },
    scores: { t: columns(cat.models.flatMap((m) => m.benchmarks), SCORE_FIELDS), fields: SCORE_FIELDS },
  };
  const strings = frontCode(indexStrings(Object.values(tables)));
  const index = new Map(ids.map((id, i) => [id, i]));
  const partners = ids.map((id, i) =>
    (plan.byModel.get(id) ?? [])
      .filter((p) => p.a === id)
      .map((p) => index.get(p.b)!)
      .sort((x, y) => x - y)
      .map((j, k, l) => j - (k === 0 ? i : l[k - 1]!)),
  );
  return {
    format: PACK_FORMAT,
    strings,
    site: cat.site,
    sources: cat.sources,
    currencies: [...(cat.currencies ?? new Map<string, CurrencyRate>()).values()],
    labs: tables.labs.t,
    providers: tables.providers.t,
    benchmarks: tables.benchmarks.t,
    models: tables.models.t,
    routes: tables.routes.t,
    scores: tables.scores.t,
    plan: { cut: plan.cut, budgetPairs: plan.budgetPairs, partners },
  };
}

/** Rows back from column tables; a `null` cell leaves its key out, as the record had it. */
function rows(t: Table, fields: Fields, strings: readonly string[]): Row[] {
  const n = t[fields[0]![0]]?.length ?? 0;
  const out: Row[] = [];
  for (let i = 0; i < n; i++) {
    const r: Row = {};
    for (const [key, kind] of fields) {
      const v = t[key]?.[i];
      if (v === null || v === undefined) continue;
      r[key] = kind === 's' ? strings[v as number] : kind === 'l' ? (v as number[]).map((x) => strings[x]) : kind === 'b' ? v === 1 : v;
    }
    out.push(r);
  }
  return out;
}

const byId = <T>(list: Row[]) => new Map(list.map((r) => [r['id'] as string, { ...r, file: '' } as WithId<T>]));

/** Thrown on a file that is not this export (another format, or cut short). */
export class PackFormatError extends Error {}

/** A catalogue the engine accepts, from `pack`'s output (parsed JSON). Profiles are empty: the engine's comparison never reads them. */
export function unpack(p: PackedCatalog): Catalog {
  if (p?.format !== PACK_FORMAT || !Array.isArray(p.strings?.rest) || !Array.isArray(p.strings.shared)) throw new PackFormatError(`not a ${PACK_FORMAT} file`);
  const s = frontDecode(p.strings);
  const routes = rows(p.routes, ROUTE_FIELDS, s) as unknown as Route[];
  const scores = rows(p.scores, SCORE_FIELDS, s) as unknown as Score[];
  let r = 0;
  let k = 0;
  const models = rows(p.models, MODEL_FIELDS, s).map((row): Model => {
    const { input, output, routes: nr, scores: ns, ...rest } = row;
    const capabilities: Partial<Record<Capability, boolean>> = {};
    for (const c of CAPABILITIES) {
      if (c in rest) capabilities[c] = rest[c] as boolean;
      delete rest[c];
    }
    return {
      ...rest,
      modalities: { input, output },
      capabilities,
      routes: routes.slice(r, (r += nr as number)),
      benchmarks: scores.slice(k, (k += ns as number)),
      file: '',
      body: '',
    } as unknown as Model;
  });
  return {
    dir: PACK_FORMAT,
    site: p.site,
    labs: byId<Lab>(rows(p.labs, LAB_FIELDS, s)),
    providers: byId<Provider>(rows(p.providers, PROVIDER_FIELDS, s)),
    benchmarks: byId<Benchmark>(rows(p.benchmarks, BENCHMARK_FIELDS, s)),
    models,
    modelsById: new Map(models.map((m) => [m.id, m])),
    sources: p.sources,
    aliases: {},
    currencies: new Map(p.currencies.map((c) => [c.code, c])),
  };
}

/**
 * The pair plan of an unpacked catalogue, as the build's planner left it: the same pairs, paths,
 * noindex flags and scores, each model's list best rival first (the planner's own order).
 */
export function unpackPlan(p: PackedCatalog, cat: Catalog): PairPlan {
  const ids = cat.models.map((m) => m.id);
  const pairs: PlannedPair[] = [];
  p.plan.partners.forEach((gaps, i) => {
    let j = i;
    for (const gap of gaps) {
      j += gap;
      const a = ids[i]!;
      const b = ids[j]!;
      const fa = getRivalFacts(cat, a);
      const fb = getRivalFacts(cat, b);
      const slug = `${a}${PAIR_SEPARATOR}${b}`;
      pairs.push({ a, b, slug, path: `/compare/${slug}/`, jsonPath: `/compare/${slug}.json`, noindex: isThin(fa, fb), score: rivalScore(fa, fb) });
    }
  });
  // The planner's orders (planPairs): pages by slug, each model's list by score then slug.
  pairs.sort((x, y) => x.slug.localeCompare(y.slug));
  const byScore = (x: PlannedPair, y: PlannedPair) => y.score - x.score || x.slug.localeCompare(y.slug);
  const byModel = new Map<string, PlannedPair[]>(ids.map((id) => [id, []]));
  for (const q of pairs) {
    byModel.get(q.a)?.push(q);
    byModel.get(q.b)?.push(q);
  }
  for (const l of byModel.values()) l.sort(byScore);
  const index = new Map(pairs.map((q) => [q.slug, q]));
  return {
    strategy: cat.site.pairs.strategy,
    pairs,
    byModel,
    cut: p.plan.cut,
    budgetPairs: p.plan.budgetPairs,
    get: (x, y) => index.get(x < y ? `${x}${PAIR_SEPARATOR}${y}` : `${y}${PAIR_SEPARATOR}${x}`),
  };
}
