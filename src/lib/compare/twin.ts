/**
 * Factoring of a pair's JSON twin: every benchmark score used to repeat its benchmark's name, URL,
 * category and unit and its data set's name, and every priced route its provider's name, URL and
 * kind (a twin of two well-benchmarked models was ~200 KB, the twins half of dist/). Those move to
 * tables keyed by id — `benchmarks`, `datasets`, `providers` — and each score or route keeps only the
 * id. A field whose value differs from its table entry stays inline, so no fact is lost.
 * Each model's `cost` in `models` was also a copy of `cost.estimates` of its side (without the
 * `text`): it is left out when it is exactly that copy.
 * expandTwin() restores the repeated form (twin.test.ts checks the round trip).
 */

/** Fields of a score that belong to its benchmark (by `benchmark` id), named in the table without the prefix. */
const BENCHMARK_FIELDS = { benchmarkName: 'name', benchmarkUrl: 'url', category: 'category', unit: 'unit' } as const;
const DATASET_FIELDS = { datasetName: 'name' } as const;
const PROVIDER_FIELDS = { providerName: 'name', providerUrl: 'url', providerKind: 'kind' } as const;

export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Table = Record<string, Record<string, Json>>;

export interface TwinTables {
  benchmarks: Table;
  datasets: Table;
  providers: Table;
}

const FACTORS: [idKey: string, fields: Record<string, string>, table: keyof TwinTables][] = [
  ['benchmark', BENCHMARK_FIELDS, 'benchmarks'],
  ['dataset', DATASET_FIELDS, 'datasets'],
  ['provider', PROVIDER_FIELDS, 'providers'],
];

/** The factoring step of one object, applied bottom-up (its children already factored); `tables` collects the entries. */
export interface TwinFactorer {
  node(out: Record<string, Json>): void;
  tables(): TwinTables;
}

/** Equal as JSON text: the same value, or two non-strings that serialise alike (two different strings never do). */
const sameJson = (x: Json | undefined, y: Json | undefined) => x === y || ((typeof x !== 'string' || typeof y !== 'string') && JSON.stringify(x) === JSON.stringify(y));

export function twinFactorer(): TwinFactorer {
  const tables: TwinTables = { benchmarks: {}, datasets: {}, providers: {} };
  const sorted = (t: Table): Table => Object.fromEntries(Object.entries(t).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return {
    node(out) {
      for (const [idKey, fields, tableName] of FACTORS) {
        const id = out[idKey];
        if (typeof id !== 'string') continue;
        let entry: Record<string, Json> | undefined;
        for (const field in fields) {
          if (!(field in out)) continue;
          const name = fields[field]!;
          entry ??= tables[tableName][id] ??= {};
          if (!(name in entry)) entry[name] = out[field]!;
          if (sameJson(entry[name], out[field])) delete out[field];
        }
      }
    },
    tables: () => ({ benchmarks: sorted(tables.benchmarks), datasets: sorted(tables.datasets), providers: sorted(tables.providers) }),
  };
}

/**
 * Moves the repeated fields of `value` into tables; returns the slimmed value and the tables (keys
 * sorted). comparisonJson does the same within its rounding walk (one pass over the view, with
 * twinFactorer and finishTwin); this is the standalone form.
 */
export function factorTwin<T>(value: T): { value: T; tables: TwinTables } {
  const f = twinFactorer();
  const walk = (x: Json): Json => {
    if (Array.isArray(x)) return x.map(walk);
    if (x === null || typeof x !== 'object') return x;
    const out: Record<string, Json> = {};
    // for…in over these plain JSON objects visits the same keys in the same order as Object.entries,
    // without an array per key: this walk runs over every node of every twin (thousands per pair).
    for (const k in x) out[k] = walk(x[k]!);
    f.node(out);
    return out;
  };
  return { value: finishTwin(walk(value as Json)) as T, tables: f.tables() };
}

/** The last step of factoring, on the whole factored value: drops each model's copied cost. */
export function finishTwin<T>(value: T): T {
  return dropCopiedCost(value as Json) as T;
}

/** The inverse of factorTwin: puts the table fields back into every score and route. */
export function expandTwin<T>(value: T, tables: TwinTables): T {
  const walk = (x: Json): Json => {
    if (Array.isArray(x)) return x.map(walk);
    if (x === null || typeof x !== 'object') return x;
    const out: Record<string, Json> = {};
    for (const [k, v] of Object.entries(x)) out[k] = walk(v);
    for (const [idKey, fields, tableName] of FACTORS) {
      const id = out[idKey];
      const entry = typeof id === 'string' ? tables[tableName][id] : undefined;
      if (!entry) continue;
      for (const [field, name] of Object.entries(fields)) if (!(field in out) && name in entry) out[field] = entry[name]!;
    }
    return out;
  };
  return restoreCopiedCost(walk(value as Json)) as T;
}

type Obj = Record<string, Json>;
const isObj = (x: Json | undefined): x is Obj => !!x && typeof x === 'object' && !Array.isArray(x);

/** `models.<side>.cost` and `cost.estimates.<side>` without its `text`, when the value has that shape. */
function costPairs(x: Json): [model: Obj, estimate: Obj][] {
  if (!isObj(x) || !isObj(x['models']) || !isObj(x['cost']) || !isObj(x['cost']['estimates'])) return [];
  const models = x['models'];
  const estimates = x['cost']['estimates'];
  return (['a', 'b'] as const).flatMap((side) => {
    const m = models[side];
    const e = estimates[side];
    return isObj(m) && isObj(e) ? [[m, e] as [Obj, Obj]] : [];
  });
}

const withoutText = (e: Obj): Obj => Object.fromEntries(Object.entries(e).filter(([k]) => k !== 'text'));

function dropCopiedCost(x: Json): Json {
  for (const [m, e] of costPairs(x)) if ('cost' in m && JSON.stringify(m['cost']) === JSON.stringify(withoutText(e))) delete m['cost'];
  return x;
}

function restoreCopiedCost(x: Json): Json {
  for (const [m, e] of costPairs(x)) if (!('cost' in m)) m['cost'] = withoutText(e);
  return x;
}
