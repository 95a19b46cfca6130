/** Loaders for the four data sets (file IO only; everything is read in sorted order). */
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { parse as parseCsv } from 'csv-parse/sync';
import type { Obj } from './merge.ts';

export interface MdModel { lab: string; id: string; data: Obj }
export interface MdProvider { id: string; data: Obj }
export interface MdRoute { provider: string; modelId: string; data: Obj }
export interface LlmStatsModel { org: string; model: Obj; benchmarks: Obj[] }
export interface EpochRows { file: string; rows: Record<string, string>[] }

export interface SourceData {
  mdModels: MdModel[];
  mdProviders: MdProvider[];
  mdRoutes: MdRoute[];
  litellm: Record<string, Obj>;
  llmStats: LlmStatsModel[];
  llmStatsLicenses: Record<string, Obj>;
  llmStatsOrgs: Record<string, Obj>;
  epoch: EpochRows[];
}

/** A source file or folder that is missing or cannot be parsed: the import stops and names it. */
export class SourceError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`source ${file}: ${reason}`);
    this.name = 'SourceError';
  }
}

function sortedDir(p: string): string[] {
  return existsSync(p) ? readdirSync(p).sort() : [];
}

/** The folders and files every import needs; a missing one would silently empty the catalogue. */
export const REQUIRED_SOURCE_PATHS = [
  'models.dev/models',
  'models.dev/providers',
  'litellm/model_prices_and_context_window.json',
  'llm-stats/data/organizations',
  'llm-stats/data/licenses',
  'epoch-ai/benchmark_data',
] as const;

/** Reads and parses one file; any failure becomes a SourceError naming the file. */
function parseFile<T>(p: string, parse: (text: string) => T): T {
  let text: string;
  try {
    text = readFileSync(p, 'utf8');
  } catch (e) {
    throw new SourceError(p, `cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  try {
    return parse(text);
  } catch (e) {
    throw new SourceError(p, `cannot be parsed: ${(e as Error).message.split('\n')[0]}`);
  }
}

function walkToml(dir: string): string[] {
  const out: string[] = [];
  for (const name of sortedDir(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...walkToml(p));
    else if (name.endsWith('.toml')) out.push(p);
  }
  return out;
}

function toml(p: string): Obj {
  // smol-toml returns TomlDate objects for bare dates; models.dev quotes dates, but be safe.
  return parseFile(p, (text) => JSON.parse(JSON.stringify(parseToml(text))) as Obj);
}
const json = (p: string) => parseFile(p, (text) => JSON.parse(text) as unknown);

export function loadSources(root: string): SourceData {
  for (const p of REQUIRED_SOURCE_PATHS) {
    if (!existsSync(join(root, p))) throw new SourceError(join(root, p), 'missing (every import needs it; see ../shared/data-sources/README.md)');
  }
  const md = join(root, 'models.dev');
  const mdModels: MdModel[] = [];
  for (const lab of sortedDir(join(md, 'models'))) {
    for (const f of sortedDir(join(md, 'models', lab))) {
      if (f.endsWith('.toml')) mdModels.push({ lab, id: f.slice(0, -5), data: toml(join(md, 'models', lab, f)) });
    }
  }
  const mdProviders: MdProvider[] = [];
  const mdRoutes: MdRoute[] = [];
  for (const p of sortedDir(join(md, 'providers'))) {
    const pt = join(md, 'providers', p, 'provider.toml');
    if (!existsSync(pt)) continue;
    mdProviders.push({ id: p, data: toml(pt) });
    const mdir = join(md, 'providers', p, 'models');
    for (const f of walkToml(mdir)) {
      mdRoutes.push({ provider: p, modelId: relative(mdir, f).slice(0, -5).split('\\').join('/'), data: toml(f) });
    }
  }

  const llFile = join(root, 'litellm', 'model_prices_and_context_window.json');
  const raw = json(llFile);
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new SourceError(llFile, 'expected a JSON object keyed by model');
  const litellm: Record<string, Obj> = {};
  for (const k of Object.keys(raw).sort()) {
    const v = (raw as Record<string, unknown>)[k];
    if (k === 'sample_spec' || k === 'last_updated' || typeof v !== 'object' || v === null) continue;
    litellm[k] = v as Obj;
  }

  const ls = join(root, 'llm-stats', 'data');
  const llmStats: LlmStatsModel[] = [];
  const llmStatsOrgs: Record<string, Obj> = {};
  for (const org of sortedDir(join(ls, 'organizations'))) {
    const oj = join(ls, 'organizations', org, 'organization.json');
    if (existsSync(oj)) llmStatsOrgs[org] = json(oj) as Obj;
    for (const m of sortedDir(join(ls, 'organizations', org, 'models'))) {
      const dir = join(ls, 'organizations', org, 'models', m);
      const mj = join(dir, 'model.json');
      if (!existsSync(mj)) continue;
      const bj = join(dir, 'benchmarks.json');
      llmStats.push({
        org,
        model: json(mj) as Obj,
        benchmarks: existsSync(bj) ? (json(bj) as Obj[]) : [],
      });
    }
  }
  const llmStatsLicenses: Record<string, Obj> = {};
  for (const f of sortedDir(join(ls, 'licenses'))) {
    if (f.endsWith('.json')) llmStatsLicenses[f.slice(0, -5)] = json(join(ls, 'licenses', f)) as Obj;
  }

  const ed = join(root, 'epoch-ai', 'benchmark_data');
  const epoch: EpochRows[] = [];
  for (const f of sortedDir(ed)) {
    if (!f.endsWith('.csv')) continue;
    const rows = parseFile(join(ed, f), (text) => parseCsv(text, { columns: true, skip_empty_lines: true, relax_column_count: true, bom: true }) as Record<string, string>[]);
    epoch.push({ file: f, rows });
  }
  return { mdModels, mdProviders, mdRoutes, litellm, llmStats, llmStatsLicenses, llmStatsOrgs, epoch };
}
