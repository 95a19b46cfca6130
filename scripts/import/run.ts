/**
 * The import with its file IO: load sources and curated decisions, run the pipeline, write a scratch
 * folder, validate it with the site's own loader (src/lib/data/load.ts, which applies the zod schemas
 * of src/lib/schema/), and only then replace the output folder. Any failure leaves the output folder
 * exactly as it was.
 */
import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { loadCatalog } from '../../src/lib/data/load';
import { loadSources } from './sources.ts';
import { loadCurated } from './curated/load.ts';
import { runPipeline, type PipelineResult } from './pipeline.ts';
import { loadPriceCurated } from './stages/prices.ts';
import { LICENSE_FILES } from './attribution.ts';
import { toYaml } from './yaml.ts';

/** Paths under the output folder that the importer owns; everything else there is kept as is. */
export const MANAGED_PATHS = ['models', 'providers', 'labs', 'benchmarks', 'licenses', 'aliases.yaml', 'sources.yaml', 'currencies.yaml'];

const DEFAULT_SITE = {
  title: 'LLM Versus',
  url: 'https://llm-versus.pages.dev',
  description: 'Head-to-head comparisons of large language models, built from open data.',
  workload: { input_tokens_per_month: 800000000, output_tokens_per_month: 250000000 },
};

export interface ImportOptions {
  sourcesDir: string;
  outDir: string;
  curatedDir: string;
  log?: (line: string) => void;
}

export interface ImportResult extends PipelineResult {
  /** Models, routes and the rest as the site's loader read them back from the written folder. */
  validated: { models: number; routes: number };
}

/** Runs the whole import. Throws (SourceError, DataError) without touching `outDir` on any failure. */
export function runImport(opts: ImportOptions): ImportResult {
  const log = opts.log ?? (() => {});
  log('loading sources…');
  const src = loadSources(opts.sourcesDir);
  log(
    `  models.dev: ${src.mdModels.length} model files, ${src.mdProviders.length} providers, ${src.mdRoutes.length} routes; ` +
      `LiteLLM: ${Object.keys(src.litellm).length} entries; LLM-Stats: ${src.llmStats.length} models; Epoch: ${src.epoch.length} files`,
  );
  const curated = loadCurated(opts.curatedDir);
  const prices = loadPriceCurated(opts.curatedDir);
  log('building catalogue…');
  const result = runPipeline(src, curated, prices);

  const scratch = join(dirname(opts.outDir), `.${basename(opts.outDir)}.import-${process.pid}`);
  rmSync(scratch, { recursive: true, force: true });
  mkdirSync(scratch, { recursive: true });
  try {
    // Files the importer does not own (site.yaml, hand-written data) are carried over unchanged.
    if (existsSync(opts.outDir)) {
      for (const name of readdirSync(opts.outDir)) {
        if (!MANAGED_PATHS.includes(name)) cpSync(join(opts.outDir, name), join(scratch, name), { recursive: true });
      }
    }
    for (const path of [...result.files.keys()].sort()) {
      const p = join(scratch, path);
      mkdirSync(dirname(p), { recursive: true });
      writeFileSync(p, result.files.get(path)!);
    }
    // The loader expects every record folder, even an empty one.
    for (const d of ['models', 'providers', 'labs', 'benchmarks', 'licenses']) mkdirSync(join(scratch, d), { recursive: true });
    for (const [from, to] of LICENSE_FILES) copyFileSync(join(opts.sourcesDir, from), join(scratch, 'licenses', to));
    if (!existsSync(join(scratch, 'site.yaml'))) writeFileSync(join(scratch, 'site.yaml'), toYaml(DEFAULT_SITE));

    log('validating with the site loader…');
    const cat = loadCatalog(scratch);
    const validated = { models: cat.models.length, routes: cat.models.reduce((n, m) => n + m.routes.length, 0) };

    const old = `${scratch}.old`;
    const hadOut = existsSync(opts.outDir);
    if (hadOut) renameSync(opts.outDir, old);
    try {
      renameSync(scratch, opts.outDir);
    } catch (e) {
      if (hadOut) renameSync(old, opts.outDir);
      throw e;
    }
    rmSync(old, { recursive: true, force: true });
    return { ...result, validated };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
