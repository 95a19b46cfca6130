/** `npm run validate`: checks the data folder (DATA_DIR or data/) alone, fast, listing every problem. */
import { DataError } from '../src/lib/data/errors';
import { dataDir, loadCatalog } from '../src/lib/data/load';

const dir = process.argv[2] ?? dataDir();
const t0 = performance.now();
try {
  const cat = loadCatalog(dir);
  const routes = cat.models.reduce((n, m) => n + m.routes.length, 0);
  const scores = cat.models.reduce((n, m) => n + m.benchmarks.length, 0);
  console.log(
    `${dir}: valid — ${cat.models.length} models, ${routes} routes, ${cat.providers.size} providers, ` +
      `${cat.labs.size} labs, ${cat.benchmarks.size} benchmarks, ${scores} scores (${Math.round(performance.now() - t0)} ms)`,
  );
} catch (e) {
  if (e instanceof DataError) {
    console.error(e.message);
    process.exit(1);
  }
  throw e;
}
