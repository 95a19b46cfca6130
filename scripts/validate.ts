/**
 * `npm run validate`: checks the data folder (DATA_DIR or data/) alone, fast, listing every problem:
 * first each record against its schema, then the catalogue-wide data lint (src/lib/lint/), whose
 * findings fail unless a curated explanation (scripts/import/curated/lint-explained.yaml, or a
 * kept-apart decision in kept-apart.yaml) covers them.
 * `--no-lint` checks the schemas only (fixture folders that test one thing).
 */
import { join } from 'node:path';
import { DataError } from '../src/lib/data/errors';
import { dataDir, loadCatalog } from '../src/lib/data/load';
import { formatLint, lintWithCurated } from '../src/lib/lint/index';

export const CURATED_DIR = join(import.meta.dirname, 'import', 'curated');

const args = process.argv.slice(2);
const lint = !args.includes('--no-lint');
const dir = args.find((a) => !a.startsWith('--')) ?? dataDir();
const t0 = performance.now();
try {
  const cat = loadCatalog(dir);
  const routes = cat.models.reduce((n, m) => n + m.routes.length, 0);
  const scores = cat.models.reduce((n, m) => n + m.benchmarks.length, 0);
  console.log(
    `${dir}: valid — ${cat.models.length} models, ${routes} routes, ${cat.providers.size} providers, ` +
      `${cat.labs.size} labs, ${cat.benchmarks.size} benchmarks, ${scores} scores (${Math.round(performance.now() - t0)} ms)`,
  );
  if (lint) {
    const result = lintWithCurated(cat, CURATED_DIR);
    const text = formatLint(result);
    if (text) console.error(text);
    console.log(
      `lint: ${result.findings.length} findings, ${result.findings.length - result.unexplained.length} explained, ` +
        `${result.unexplained.length} unexplained, ${result.stale.length} stale explanations`,
    );
    if (result.unexplained.length > 0) process.exit(1);
  }
} catch (e) {
  if (e instanceof DataError) {
    console.error(e.message);
    process.exit(1);
  }
  throw e;
}
