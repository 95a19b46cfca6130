/**
 * Reads a data folder into a validated Catalog. Every file is parsed and checked before any
 * error is thrown, and references between records (lab, provider, benchmark, dataset ids) are
 * checked here rather than in templates, so pages can trust what they get.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import matter from 'gray-matter';
import YAML from 'yaml';
import type { z } from 'zod';
import { currenciesSchema, type CurrencyRate } from '../schema/currency';
import { benchmarkSchema, DEFAULT_MATERIALITY, type Benchmark } from '../schema/benchmark';
import { labSchema, type Lab } from '../schema/lab';
import { modelSchema, type ModelFrontMatter } from '../schema/model';
import { providerSchema, type Provider } from '../schema/provider';
import { idSchema } from '../schema/shared';
import { siteSchema, type Site } from '../schema/site';
import { aliasesSchema, sourcesSchema, type Source } from '../schema/source';
import { DataError, describeValue, zodIssues, type DataIssue } from './errors';

export type WithId<T> = T & { id: string; file: string };
export type Model = WithId<ModelFrontMatter> & { /** Markdown profile (unsanitised source). */ body: string };

export interface Catalog {
  dir: string;
  site: Site;
  labs: Map<string, WithId<Lab>>;
  providers: Map<string, WithId<Provider>>;
  benchmarks: Map<string, WithId<Benchmark>>;
  /** Sorted by id. */
  models: Model[];
  modelsById: Map<string, Model>;
  sources: Source[];
  aliases: Record<string, string[]>;
  /** Exchange rates by currency code, from currencies.yaml (optional file; empty without it). */
  currencies?: Map<string, CurrencyRate>;
}

const YAML_EXT = /\.ya?ml$/;

/** YAML 1.2 core schema: unquoted dates stay strings, unlike js-yaml's default which makes Date objects. */
function parseYaml(text: string): unknown {
  return YAML.parse(text, { schema: 'core', uniqueKeys: true });
}

class Collector {
  issues: DataIssue[] = [];
  constructor(private root: string) {}
  rel(file: string): string {
    return relative(process.cwd(), file) || file;
  }
  add(file: string, field: string, expected: string, found: unknown, raw = false) {
    this.issues.push({ file: this.rel(file), field, expected, found: raw ? String(found) : describeValue(found) });
  }
  parse<S extends z.ZodType>(schema: S, file: string, input: unknown): z.output<S> | undefined {
    const r = schema.safeParse(input);
    if (r.success) return r.data;
    this.issues.push(...zodIssues(this.rel(file), input, r.error));
    return undefined;
  }
  readYaml(file: string): unknown {
    try {
      return parseYaml(readFileSync(file, 'utf8'));
    } catch (e) {
      this.add(file, '(file)', 'valid YAML', (e as Error).message.split('\n')[0], true);
      return undefined;
    }
  }
  get dir() {
    return this.root;
  }
}

/** Lists record files of one folder and rejects ids that are invalid or given twice (x.yaml + x.yml). */
function listRecords(c: Collector, folder: string, ext: RegExp): { id: string; file: string }[] {
  if (!existsSync(folder)) {
    c.add(folder, '(folder)', 'a folder of records', undefined);
    return [];
  }
  const seen = new Map<string, string>();
  const out: { id: string; file: string }[] = [];
  for (const name of readdirSync(folder).sort()) {
    if (name.startsWith('.')) continue;
    const file = join(folder, name);
    if (!ext.test(name)) {
      c.add(file, '(file)', `a record file ending in ${ext.source.replace(/\\/g, '')}`, name);
      continue;
    }
    const id = name.replace(ext, '');
    const idCheck = idSchema.safeParse(id);
    if (!idCheck.success) {
      c.add(file, '(file name)', `${idCheck.error.issues[0]?.message ?? 'a valid id'} (the file name is the id)`, id);
      continue;
    }
    const prev = seen.get(id);
    if (prev !== undefined) {
      c.add(file, '(file name)', `a unique id (${c.rel(prev)} already defines "${id}")`, id);
      continue;
    }
    seen.set(id, file);
    out.push({ id, file });
  }
  return out;
}

function loadYamlFolder<S extends z.ZodType>(c: Collector, sub: string, schema: S): Map<string, WithId<z.output<S>>> {
  const map = new Map<string, WithId<z.output<S>>>();
  for (const { id, file } of listRecords(c, join(c.dir, sub), YAML_EXT)) {
    const raw = c.readYaml(file);
    const rec = c.parse(schema, file, raw ?? {});
    if (rec !== undefined) map.set(id, { ...(rec as object), id, file: c.rel(file) } as WithId<z.output<S>>);
  }
  return map;
}

function scoreRange(b: Benchmark): [number, number] {
  if (b.unit === 'percent') return [0, 100];
  return [b.min ?? (b.unit === 'elo' ? 0 : -Infinity), b.max ?? Infinity];
}

/**
 * SITE_URL replaces site.yaml's `url` for one build (a preview or a GitHub Pages project site under
 * a sub-path), read here as well as in astro.config.mjs so canonicals, JSON-LD and the sitemap use
 * the same URL as Astro's `base`. A trailing slash is dropped, as the schema wants.
 */
function withSiteUrlOverride(raw: unknown): unknown {
  const url = process.env['SITE_URL'];
  if (!url || typeof raw !== 'object' || raw === null) return raw;
  return { ...raw, url: url.replace(/\/+$/, '') };
}

/** Loads and validates a whole data folder. Throws DataError listing every problem found. */
export function loadCatalog(dir: string): Catalog {
  const c = new Collector(dir);

  const siteFile = join(dir, 'site.yaml');
  let site: Site | undefined;
  if (!existsSync(siteFile)) c.add(siteFile, '(file)', 'a site settings file', undefined);
  else site = c.parse(siteSchema, siteFile, withSiteUrlOverride(c.readYaml(siteFile) ?? {}));

  const labs = loadYamlFolder(c, 'labs', labSchema);
  const providers = loadYamlFolder(c, 'providers', providerSchema);
  const benchmarksRaw = loadYamlFolder(c, 'benchmarks', benchmarkSchema);
  const benchmarks = new Map<string, WithId<Benchmark>>();
  for (const [id, b] of benchmarksRaw) benchmarks.set(id, { ...b, materiality: b.materiality ?? DEFAULT_MATERIALITY[b.unit] });

  let sources: Source[] = [];
  const sourcesFile = join(dir, 'sources.yaml');
  if (existsSync(sourcesFile)) {
    sources = c.parse(sourcesSchema, sourcesFile, c.readYaml(sourcesFile) ?? []) ?? [];
    sources.forEach((s, i) => {
      if (s.license_file && !existsSync(join(dir, s.license_file)))
        c.add(sourcesFile, `[${i}].license_file`, 'a file that exists in the data folder', s.license_file);
    });
  }
  const sourceIds = new Set(sources.map((s) => s.id));

  let aliases: Record<string, string[]> = {};
  const aliasFile = join(dir, 'aliases.yaml');
  if (existsSync(aliasFile)) aliases = c.parse(aliasesSchema, aliasFile, c.readYaml(aliasFile) ?? {}) ?? {};

  // Rates for providers that bill in another currency: each such currency needs one, so a page
  // can say what rate and date a USD figure stands on.
  const currencies = new Map<string, CurrencyRate>();
  const currencyFile = join(dir, 'currencies.yaml');
  if (existsSync(currencyFile)) {
    const rates = c.parse(currenciesSchema, currencyFile, c.readYaml(currencyFile) ?? []) ?? [];
    rates.forEach((rate, i) => {
      if (currencies.has(rate.code)) c.add(currencyFile, `[${i}].code`, `one rate per currency (${rate.code} is listed twice)`, rate.code);
      else currencies.set(rate.code, rate);
    });
  }
  for (const p of providers.values())
    if (p.currency !== 'USD' && !currencies.has(p.currency))
      c.add(p.file, 'currency', `a currency with a rate in ${c.rel(currencyFile)}`, p.currency);

  const models: Model[] = [];
  const names = new Map<string, string>();
  for (const { id, file } of listRecords(c, join(dir, 'models'), /\.md$/)) {
    let parsed: matter.GrayMatterFile<string>;
    try {
      parsed = matter(readFileSync(file, 'utf8'), { engines: { yaml: (s: string) => parseYaml(s) as object } });
    } catch (e) {
      c.add(file, '(front matter)', 'valid YAML front matter', (e as Error).message.split('\n')[0], true);
      continue;
    }
    const fm = c.parse(modelSchema, file, parsed.data);
    if (fm === undefined) continue;
    const rel = c.rel(file);
    if (!labs.has(fm.lab)) c.add(file, 'lab', `the id of a file in ${join(dir, 'labs')}/`, fm.lab);
    fm.routes.forEach((r, i) => {
      if (!providers.has(r.provider)) c.add(file, `routes[${i}].provider`, `the id of a file in ${join(dir, 'providers')}/`, r.provider);
    });
    const scoreKeys = new Set<string>();
    fm.benchmarks.forEach((s, i) => {
      const b = benchmarks.get(s.id);
      if (!b) {
        c.add(file, `benchmarks[${i}].id`, `the id of a file in ${join(dir, 'benchmarks')}/`, s.id);
      } else {
        const [lo, hi] = scoreRange(b);
        if (s.score < lo || s.score > hi)
          c.add(file, `benchmarks[${i}].score`, `a ${b.unit} score between ${lo} and ${hi} for ${s.id}`, s.score);
      }
      if (s.dataset !== undefined && !sourceIds.has(s.dataset))
        c.add(file, `benchmarks[${i}].dataset`, 'the id of a data set in sources.yaml', s.dataset);
      const key = `${s.id}|${s.self_reported}|${s.variant ?? ''}|${s.dataset ?? ''}`;
      if (scoreKeys.has(key)) c.add(file, `benchmarks[${i}]`, `one score per benchmark, variant and source (${s.id} is listed twice)`, s.score);
      scoreKeys.add(key);
    });
    const lower = fm.name.toLowerCase();
    const other = names.get(lower);
    if (other !== undefined) c.add(file, 'name', `a name no other model uses (${other} is also "${fm.name}")`, fm.name);
    else names.set(lower, rel);
    models.push({ ...fm, id, file: rel, body: parsed.content.trim() });
  }

  models.sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  const modelsById = new Map(models.map((m) => [m.id, m]));
  if (site) {
    site.pairs.always.forEach(([a, b], i) => {
      for (const [j, id] of [a, b].entries())
        if (!modelsById.has(id)) c.add(siteFile, `pairs.always[${i}][${j}]`, 'the id of a model in models/', id);
      if (a === b) c.add(siteFile, `pairs.always[${i}]`, 'two different models', [a, b]);
    });
  }
  for (const id of Object.keys(aliases))
    if (!modelsById.has(id)) c.add(aliasFile, id, 'the id of a model in models/', id);

  if (c.issues.length > 0 || site === undefined) throw new DataError(c.issues);
  return { dir, site, labs, providers, benchmarks, models, modelsById, sources, aliases, currencies };
}

/** The data folder to build from: DATA_DIR, or data/ beside the project. */
export function dataDir(): string {
  return process.env['DATA_DIR'] ?? 'data';
}

/**
 * What a loaded catalogue was read from: every file's path, size and modification time under the
 * data folder, and the SITE_URL override the loader applies. Two equal stamps mean the same input.
 */
export function dataStamp(dir: string): string {
  const parts = [resolve(dir), process.env['SITE_URL'] ?? ''];
  let names: string[] = [];
  try {
    names = readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();
  } catch {
    return parts.join('\n'); // no folder: loadCatalog reports it
  }
  for (const name of names) {
    try {
      const s = statSync(join(dir, name));
      if (s.isFile()) parts.push(`${name}\t${s.size}\t${s.mtimeMs}`);
    } catch {
      parts.push(`${name}\t?`); // vanished while listed: the stamp differs from any complete one
    }
  }
  return parts.join('\n');
}

/**
 * One build loads its catalogue in two module copies of this file: the config process's (the
 * data guard and the build hooks) and the pages' bundle, which Astro imports into the same process
 * to prerender (core/build/default-prerenderer.js), with its own module-level memo. They share the
 * loaded catalogue through globalThis, so the YAML parse and zod validation (0.4 s at 100 models,
 * 1.5 s for the real data) run once a build. An entry is reused only while the folder's dataStamp is
 * unchanged, so an edited data folder is read again, never served stale.
 */
const SHARED = Symbol.for('llm-versus:catalog-cache');
type Shared = Map<string, { stamp: string; cat: Catalog }>;
function shared(): Shared {
  const g = globalThis as { [SHARED]?: Shared };
  return (g[SHARED] ??= new Map());
}

const cache = new Map<string, Catalog>();
/** Loads a catalog once per process: every route of a build shares one snapshot. */
export function getCatalog(dir = dataDir()): Catalog {
  let cat = cache.get(dir);
  if (!cat) {
    const key = resolve(dir);
    const stamp = dataStamp(dir);
    const hit = shared().get(key);
    if (hit && hit.stamp === stamp) cat = hit.cat;
    else {
      cat = loadCatalog(dir);
      shared().set(key, { stamp, cat });
    }
    cache.set(dir, cat);
  }
  return cat;
}
