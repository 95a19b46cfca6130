/**
 * The downloadable data under /data/: the compact export the browser's compare reads
 * (catalog.json, see pack.ts), three CSV tables for people and spreadsheets, and README.txt with the
 * licence note and every imported data set's attribution, read from data/sources.yaml.
 *
 * Each file's text is made once per catalogue (the route that writes it and /sources/, which states
 * its size, share it). CSVs are written by csv-stringify (RFC 4180 quoting, so a comma, quote or
 * newline in a model name or variant cannot shift a column).
 */
import { stringify } from 'csv-stringify/sync';
import { getPairPlan } from '../compare/pairs';
import type { Catalog } from '../data/load';
import { CAPABILITIES } from '../schema/model';
import { getModelView } from '../views/model';
import { pack } from './pack';

/** issue 9's budget for the catalogue export, in gzip bytes (checked by pack.test.ts and tests/built/data.test.ts). */
export const EXPORT_GZIP_BUDGET = 120_000;

export type ExportFileId = 'catalog' | 'models' | 'routes' | 'scores' | 'readme';

export interface ExportFile {
  id: ExportFileId;
  /** Base-free path, as the route writes it. */
  path: string;
  format: string;
  /** What a row (or the file) holds, for the download list and the Dataset JSON-LD. */
  what: string;
}

/** The files, in the order /sources/ lists them. The routes in src/pages/data/ write exactly these. */
export const EXPORT_FILES: readonly ExportFile[] = [
  { id: 'catalog', path: '/data/catalog.json', format: 'application/json', what: 'the compact catalogue the any-pair compare page reads: models, routes, prices, scores, labs, providers, benchmarks and the pair plan, as column tables' },
  { id: 'models', path: '/data/models.csv', format: 'text/csv', what: 'one row per model, with its monthly estimate at the site workload' },
  { id: 'routes', path: '/data/routes.csv', format: 'text/csv', what: 'one row per provider route with its prices and their source' },
  { id: 'scores', path: '/data/scores.csv', format: 'text/csv', what: 'one row per benchmark score with its source' },
  { id: 'readme', path: '/data/README.txt', format: 'text/plain', what: 'what each file holds, and the licences and credits of the data sets' },
];

const memo = new WeakMap<Catalog, Map<ExportFileId, string>>();
function once(cat: Catalog, id: ExportFileId, make: () => string): string {
  let byId = memo.get(cat);
  if (!byId) memo.set(cat, (byId = new Map()));
  let text = byId.get(id);
  if (text === undefined) byId.set(id, (text = make()));
  return text;
}

/** catalog.json: the pack of the catalogue and the pair plan the build makes pages for. */
export const exportJson = (cat: Catalog): string => once(cat, 'catalog', () => JSON.stringify(pack(cat, getPairPlan(cat))));

/** Empty cell: the value is not sourced (README.txt says so). */
const cell = (v: string | number | boolean | null | undefined): string => (v === undefined || v === null ? '' : typeof v === 'boolean' ? (v ? 'yes' : 'no') : String(v));
const csv = (header: string[], rows: (string | number | boolean | null | undefined)[][]) => stringify([header, ...rows.map((r) => r.map(cell))], { record_delimiter: 'unix' });

export const MODEL_COLUMNS = [
  'id', 'name', 'lab', 'lab_name', 'kind', 'family', 'released', 'status', 'parameters', 'active_parameters', 'context_window',
  'max_output_tokens', 'knowledge_cutoff', 'license', 'open_weights', 'input_modalities', 'output_modalities',
  ...CAPABILITIES, 'tags', 'monthly_usd', 'monthly_provider', 'data_as_of',
];

export const modelsCsv = (cat: Catalog): string =>
  once(cat, 'models', () =>
    csv(
      MODEL_COLUMNS,
      cat.models.map((m) => {
        const cost = getModelView(cat, m.id).cost;
        return [
          m.id, m.name, m.lab, cat.labs.get(m.lab)?.name, m.kind, m.family, m.released, m.status, m.parameters, m.active_parameters, m.context_window,
          m.max_output_tokens, m.knowledge_cutoff, m.license, m.open_weights, m.modalities.input.join(' '), m.modalities.output.join(' '),
          ...CAPABILITIES.map((c) => m.capabilities[c]), (m.tags ?? []).join(' '), cost.usd === null ? null : cost.usd.toFixed(2), cost.route?.provider, m.data_as_of,
        ];
      }),
    ),
  );

export const ROUTE_COLUMNS = ['model', 'provider', 'provider_name', 'model_id', 'input_usd_per_m', 'output_usd_per_m', 'cache_read_usd_per_m', 'free', 'context_window', 'max_output_tokens', 'status', 'billing_currency', 'source', 'as_of'];

export const routesCsv = (cat: Catalog): string =>
  once(cat, 'routes', () =>
    csv(
      ROUTE_COLUMNS,
      cat.models.flatMap((m) =>
        m.routes.map((r) => {
          const p = cat.providers.get(r.provider);
          return [m.id, r.provider, p?.name, r.model_id, r.input, r.output, r.cache_read, r.free ?? false, r.context_window, r.max_output_tokens, r.status, p?.currency, r.source, r.as_of];
        }),
      ),
    ),
  );

export const SCORE_COLUMNS = ['model', 'benchmark', 'benchmark_name', 'unit', 'score', 'self_reported', 'variant', 'cost_per_task_usd', 'source', 'as_of', 'dataset'];

export const scoresCsv = (cat: Catalog): string =>
  once(cat, 'scores', () =>
    csv(
      SCORE_COLUMNS,
      cat.models.flatMap((m) =>
        m.benchmarks.map((s) => {
          const b = cat.benchmarks.get(s.id);
          return [m.id, s.id, b?.name, b?.unit, s.score, s.self_reported, s.variant, s.cost_per_task, s.source, s.as_of, s.dataset];
        }),
      ),
    ),
  );

/** Rows of each table (models, routes, scores), for the download list. */
export function exportRowCounts(cat: Catalog): Record<'models' | 'routes' | 'scores', number> {
  let routes = 0;
  let scores = 0;
  for (const m of cat.models) {
    routes += m.routes.length;
    scores += m.benchmarks.length;
  }
  return { models: cat.models.length, routes, scores };
}

const wrap = (text: string, width = 78): string => {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.join('\n');
};

/** README.txt: the files, how to read them, and each data set's licence and credit (from sources.yaml). */
export const readmeText = (cat: Catalog): string =>
  once(cat, 'readme', () => {
    const { site } = cat;
    const n = exportRowCounts(cat);
    const w = site.workload;
    const out: string[] = [
      `${site.title}: downloadable data`,
      `${site.url}/sources/`,
      '',
      wrap(`The catalogue behind ${site.title}: ${n.models} models, ${n.routes} provider routes and ${n.scores} benchmark scores. Every figure carries the source it was read from and a date.`),
      '',
      'FILES',
      ...EXPORT_FILES.map((f) => `  ${f.path.split('/').pop()}: ${f.what}`),
      '',
      wrap(`CSV files are UTF-8, comma-separated, with a header row and RFC 4180 quoting. An empty cell means no source states the value (never zero and never "no"). Prices are US dollars per 1 million tokens; a route billed in another currency names it in billing_currency and its prices are converted to USD. monthly_usd is the site's estimate at ${w.input_tokens_per_month.toLocaleString('en-US')} input and ${w.output_tokens_per_month.toLocaleString('en-US')} output tokens a month on the cheapest route a typical buyer can use (see ${site.url}/methodology/); it is empty when no such route is sourced. Capability columns read yes, no, or empty for not documented.`),
      '',
      wrap(`catalog.json is the compact form the site's compare page reads in the browser: a shared string table and one array per field; see src/lib/export/pack.ts in the site's source for the layout.`),
      '',
      'LICENCES AND CREDITS',
    ];
    if (cat.sources.length === 0) {
      out.push(wrap('No data set was imported in bulk: every record cites its own sources, listed in the files above.'));
    } else {
      out.push(wrap('The data comes from these openly licensed data sets. Each keeps its own licence; when you reuse the data, credit them as below and follow their terms.'), '');
      for (const s of cat.sources) {
        out.push(`* ${s.name}`, `  ${s.url}`, `  Licence: ${s.license} (${s.license_url})`);
        if (s.license_file) out.push(`  Licence text: ${s.license_file} in the site's data folder`);
        out.push(`  Snapshot: ${s.snapshot}`, `  Used for: ${s.used_for}`, `  Changes: ${s.changes}`);
        out.push(`  Credit: ${s.credit ?? `Contains data from ${s.name} (${s.url}), licensed under ${s.license}.`}`, '');
      }
    }
    return `${out.join('\n').trimEnd()}\n`;
  });

/** The text of each file by id (the routes in src/pages/data/ and /sources/'s sizes read this). */
export function exportFileText(cat: Catalog, id: ExportFileId): string {
  switch (id) {
    case 'catalog':
      return exportJson(cat);
    case 'models':
      return modelsCsv(cat);
    case 'routes':
      return routesCsv(cat);
    case 'scores':
      return scoresCsv(cat);
    case 'readme':
      return readmeText(cat);
  }
}
