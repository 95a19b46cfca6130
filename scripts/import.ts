/**
 * LLM Versus importer: open data sets + curated decisions -> data folder.
 * Usage: npx tsx scripts/import.ts [--sources ../shared/data-sources] [--out data] [--curated scripts/import/curated]
 * Deterministic: same sources + same curated YAML -> byte-identical output. The output folder is only
 * replaced after the new one validated; on any error it is left as it was (exit code 1).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DataError } from '../src/lib/data/errors';
import { SourceError } from './import/sources.ts';
import { runImport } from './import/run.ts';
import { reviewMarkdown } from './import/stages/review.ts';

const here = dirname(fileURLToPath(import.meta.url));

function arg(name: string, def: string): string {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? process.argv[i + 1] : undefined;
  return v ? v : def;
}

const sourcesDir = resolve(arg('sources', join(here, '..', '..', 'shared', 'data-sources')));
const outDir = resolve(arg('out', join(here, '..', 'data')));
const curatedDir = resolve(arg('curated', join(here, 'import', 'curated')));

console.log(`sources:   ${sourcesDir}`);
console.log(`out:       ${outDir}`);
console.log(`curated:   ${curatedDir}`);

let result;
try {
  result = runImport({ sourcesDir, outDir, curatedDir, log: (l) => console.log(l) });
} catch (e) {
  if (e instanceof SourceError || e instanceof DataError) {
    console.error(`\nimport stopped, ${outDir} left unchanged:\n${e.message}`);
    process.exit(1);
  }
  throw e;
}
const { summary, review } = result;
// The review lists what a person has to settle; it is a report, not data, so it lives outside data/.
const reviewFile = resolve(arg('review-file', join(here, '..', 'reports', 'import-review.md')));
mkdirSync(dirname(reviewFile), { recursive: true });
writeFileSync(reviewFile, reviewMarkdown(review));
if (process.argv.includes('--review')) console.log(`\n${reviewMarkdown(review)}`);
console.log('\nsummary');
console.log(`  models:           ${summary.models}`);
console.log(`  routes:           ${summary.routes}`);
console.log(`  providers:        ${summary.providers}`);
console.log(`  labs:             ${summary.labs}`);
console.log(`  benchmarks:       ${summary.benchmarks}`);
console.log(`  benchmark scores: ${summary.benchmarkScores}`);
console.log('  dropped / skipped (count per reason):');
for (const [k, v] of Object.entries(summary.dropped)) console.log(`    ${String(v).padStart(6)}  ${k}`);
const open = review.duplicates.filter((d) => !d.settled).length;
console.log(`  candidate duplicates: ${review.duplicates.length} (${open} not settled by a curated entry)`);
console.log(`  fact anomalies: ${review.anomalies.length} (${review.anomalies.filter((a) => !a.settled).length} not settled by a curated override)`);
if (review.staleCurated.length) console.log(`  curated entries naming no model: ${review.staleCurated.join('; ')}`);
console.log(`  routes attached by rule: ${Object.entries(review.attached).map(([k, v]) => `${v} ${k}`).join(', ') || 'none'}`);
console.log(`  priced routes not in the catalogue: ${review.unattached.length}, per reason:`);
for (const [k, v] of Object.entries(review.reasons)) console.log(`    ${String(v).padStart(6)}  ${k}`);
console.log(`  review: ${reviewFile}`);
