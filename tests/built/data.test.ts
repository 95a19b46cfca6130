/**
 * The downloadable data in the built site (dist/data/): the catalogue export stays within its budget
 * and unpacks into the catalogue's models and pairs; the CSVs parse (csv-parse, the maintained
 * parser the importer uses) with one row per model, route and score of the data folder; README.txt
 * credits every data set of sources.yaml with its licence; /sources/ links every file.
 */
import { gzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import { expect, test } from 'vitest';
import { getPairPlan } from '../../src/lib/compare/pairs';
import { dataDir, loadCatalog } from '../../src/lib/data/load';
import { EXPORT_FILES, EXPORT_GZIP_BUDGET, MODEL_COLUMNS, ROUTE_COLUMNS, SCORE_COLUMNS } from '../../src/lib/export/files';
import { unpack, unpackPlan, type PackedCatalog } from '../../src/lib/export/pack';
import { basePath, distFiles, readDist, requireDist } from './dist';

const cat = loadCatalog(dataDir());

test('dist/data/ holds exactly the export files', () => {
  requireDist();
  expect(distFiles().filter((f) => f.startsWith('data/'))).toEqual(EXPORT_FILES.map((f) => f.path.slice(1)).sort());
});

test(`catalog.json is at most ${EXPORT_GZIP_BUDGET / 1000} KB gzip and unpacks into the catalogue's models and pairs`, () => {
  requireDist();
  const text = readDist('data/catalog.json');
  const gz = gzipSync(text, { level: 9 }).length;
  console.info(`catalog.json: ${Buffer.byteLength(text)} B raw, ${gz} B gzip`);
  expect(gz).toBeLessThanOrEqual(EXPORT_GZIP_BUDGET);
  const packed = JSON.parse(text) as PackedCatalog;
  const back = unpack(packed);
  expect(back.models.map((m) => m.id)).toEqual(cat.models.map((m) => m.id));
  // The pairs of the export are the pages of this build: every planned pair has its page in dist/.
  const slugs = unpackPlan(packed, back).pairs.map((p) => p.slug);
  expect(slugs).toEqual(getPairPlan(cat).pairs.map((p) => p.slug));
  const pages = new Set(distFiles().filter((f) => /^compare\/[^/]+-vs-[^/]+\/index\.html$/.test(f)).map((f) => f.split('/')[1]));
  expect(slugs.filter((s) => !pages.has(s))).toEqual([]);
  expect(pages.size).toBe(slugs.length);
});

const csv = (rel: string) => parse(readDist(rel), { columns: true, skip_empty_lines: true, relax_column_count: false }) as Record<string, string>[];

test('models.csv, routes.csv and scores.csv parse, with the documented columns and one row per record', () => {
  requireDist();
  const models = csv('data/models.csv');
  const routes = csv('data/routes.csv');
  const scores = csv('data/scores.csv');
  expect(Object.keys(models[0]!)).toEqual(MODEL_COLUMNS);
  expect(Object.keys(routes[0]!)).toEqual(ROUTE_COLUMNS);
  expect(Object.keys(scores[0]!)).toEqual(SCORE_COLUMNS);
  expect(models.map((r) => r['id'])).toEqual(cat.models.map((m) => m.id));
  expect(models.map((r) => r['name'])).toEqual(cat.models.map((m) => m.name));
  expect(routes.length).toBe(cat.models.reduce((n, m) => n + m.routes.length, 0));
  expect(scores.length).toBe(cat.models.reduce((n, m) => n + m.benchmarks.length, 0));
  // Figures survive the trip exactly (a price, a score), and an unknown value is an empty cell.
  const m = cat.models.find((x) => x.routes.some((r) => r.input !== undefined))!;
  const r = m.routes.find((x) => x.input !== undefined)!;
  expect(Number(routes.find((x) => x['model'] === m.id && x['provider'] === r.provider && x['model_id'] === r.model_id)!['input_usd_per_m'])).toBe(r.input);
  const unknownContext = cat.models.find((x) => x.context_window === undefined);
  if (unknownContext) expect(models.find((x) => x['id'] === unknownContext.id)!['context_window']).toBe('');
  for (const row of [...models, ...routes, ...scores]) for (const v of Object.values(row)) expect(v).not.toMatch(/^(NaN|undefined|null|\[object Object\])$/);
});

test('README.txt credits every data set of sources.yaml with its licence', () => {
  requireDist();
  const readme = readDist('data/README.txt');
  for (const s of cat.sources) {
    expect(readme).toContain(s.name);
    expect(readme).toContain(s.url);
    expect(readme).toContain(s.license_url);
    if (s.credit) expect(readme).toContain(s.credit);
  }
  for (const f of EXPORT_FILES) expect(readme).toContain(f.path.split('/').pop()!);
});

test('/sources/ links every export file under the base path, with its size', () => {
  requireDist();
  const html = readDist('sources/index.html');
  for (const f of EXPORT_FILES) expect(html).toContain(`href="${basePath()}${f.path}"`);
  expect(html).toMatch(/Download the data/);
  expect(html).toMatch(/\d+(\.\d+)? (KB|MB)/);
});
