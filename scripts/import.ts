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
const { summary, review, facts } = result;
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
console.log('  benchmark sources matched by model name (curated aliases: scripts/import/curated/benchmark-aliases.yaml):');
for (const r of summary.benchmarkSources ?? []) {
  const rows = r.unmatched.reduce((n, u) => n + u.rows, 0);
  console.log(`    ${r.dataset}: ${r.matchedNames} names matched (${r.matchedRows} rows); ${r.unmatched.length} not matched (${rows} rows)`);
  for (const u of r.unmatched) console.log(`      unmatched: ${u.name} (${u.rows} ${u.rows === 1 ? 'row' : 'rows'})`);
}
const byKind = (k: string) => facts.anomalies.filter((a) => a.kind === k).length;
console.log('  facts:');
console.log(`    ${String(facts.anomalies.length).padStart(6)}  fact anomalies, all settled by curated/facts.yaml (${byKind('before-id-date')} release dates before the id's date, ${byKind('far-from-consensus')} far from a three-source consensus)`);
for (const a of facts.anomalies) console.log(`            ${a.model}: ${a.field} ${a.found}, ${a.expected}`);
console.log(`    ${String(facts.overridesWithoutAnomaly).padStart(6)}  curated fact overrides without an anomaly (corrections)`);
console.log(`    ${String(facts.curatedNames).padStart(6)}  display names from curated/names.yaml`);
console.log(`    data dates: ${Object.entries(facts.dataDates).map(([d, n]) => `${d} ×${n}`).join(', ')}`);
for (const s of facts.stale) console.log(`    stale curated entry (no such model now; delete it): ${s}`);
const open = review.duplicates.filter((d) => !d.settled).length;
console.log(`  candidate duplicates: ${review.duplicates.length} (${open} not settled by a curated entry)`);
if (review.staleCurated.length) console.log(`  curated entries naming no model: ${review.staleCurated.join('; ')}`);
console.log(`  routes attached by rule: ${Object.entries(review.attached).map(([k, v]) => `${v} ${k}`).join(', ') || 'none'}`);
console.log(`  priced routes not in the catalogue: ${review.unattached.length}, per reason:`);
for (const [k, v] of Object.entries(review.reasons)) console.log(`    ${String(v).padStart(6)}  ${k}`);
console.log(`  review: ${reviewFile}`);
