/**
 * LLM Versus importer: four open data sets -> data folder (see /tmp/plan/contract.md).
 * Usage: npx tsx scripts/import.ts [--sources ../shared/data-sources] [--out data]
 * Deterministic: same sources + same alias-overrides.yaml -> byte-identical output.
 */
import { readFileSync, writeFileSync, mkdirSync, rmSync, existsSync, copyFileSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';
import { loadSources } from './import/sources.ts';
import { build, type Overrides } from './import/build.ts';
import { SOURCES, LICENSE_FILES } from './import/attribution.ts';
import { toYaml } from './import/yaml.ts';

const here = dirname(fileURLToPath(import.meta.url));

function arg(name: string, def: string): string {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? process.argv[i + 1] : undefined;
  return v ? v : def;
}

const sourcesDir = resolve(arg('sources', join(here, '..', '..', 'shared', 'data-sources')));
const outDir = resolve(arg('out', join(here, '..', 'data')));
const overridesPath = resolve(arg('overrides', join(here, 'import', 'alias-overrides.yaml')));

console.log(`sources:   ${sourcesDir}`);
console.log(`out:       ${outDir}`);
console.log(`overrides: ${overridesPath}`);

console.log('loading sources…');
const src = loadSources(sourcesDir);
console.log(
  `  models.dev: ${src.mdModels.length} model files, ${src.mdProviders.length} providers, ${src.mdRoutes.length} routes; ` +
    `LiteLLM: ${Object.keys(src.litellm).length} entries; LLM-Stats: ${src.llmStats.length} models; Epoch: ${src.epoch.length} files`,
);
const overrides = (existsSync(overridesPath) ? YAML.parse(readFileSync(overridesPath, 'utf8')) : {}) as Overrides;

console.log('building catalogue…');
const { files, summary } = build(src, overrides ?? {});
files.set('sources.yaml', toYaml(SOURCES));

console.log('writing…');
for (const d of ['models', 'providers', 'labs', 'benchmarks', 'licenses']) rmSync(join(outDir, d), { recursive: true, force: true });
for (const f of ['aliases.yaml', 'sources.yaml']) rmSync(join(outDir, f), { force: true });
for (const path of [...files.keys()].sort()) {
  const p = join(outDir, path);
  mkdirSync(dirname(p), { recursive: true });
  writeFileSync(p, files.get(path)!);
}
mkdirSync(join(outDir, 'licenses'), { recursive: true });
for (const [from, to] of LICENSE_FILES) copyFileSync(join(sourcesDir, from), join(outDir, 'licenses', to));
if (!existsSync(join(outDir, 'site.yaml'))) {
  writeFileSync(
    join(outDir, 'site.yaml'),
    toYaml({
      title: 'LLM Versus',
      url: 'https://llm-versus.pages.dev',
      description: 'Head-to-head comparisons of large language models, built from open data.',
      workload: { input_tokens_per_month: 800000000, output_tokens_per_month: 250000000 },
    }),
  );
}

console.log('\nsummary');
console.log(`  models:           ${summary.models}`);
console.log(`  routes:           ${summary.routes}`);
console.log(`  providers:        ${summary.providers}`);
console.log(`  labs:             ${summary.labs}`);
console.log(`  benchmarks:       ${summary.benchmarks}`);
console.log(`  benchmark scores: ${summary.benchmarkScores}`);
console.log('  dropped / skipped (count per reason):');
for (const [k, v] of Object.entries(summary.dropped)) console.log(`    ${String(v).padStart(6)}  ${k}`);
