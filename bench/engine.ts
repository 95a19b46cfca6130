/**
 * Stage 4a of `npm run bench`, run in its own process (`tsx bench/engine.ts <data dir> [runs]`): the
 * engine alone over every unordered pair of a catalogue, as scripts/bench-engine.ts does for data/.
 * Each run loads the catalogue afresh so model views and caches are built inside the timing, as in a
 * build; the plan (which pairs get pages) is timed apart. Prints one JSON line.
 */
import { buildComparison } from '../src/lib/compare/index';
import { getPairPlan } from '../src/lib/compare/pairs';
import { loadCatalog } from '../src/lib/data/load';

const dir = process.argv[2];
if (!dir) throw new Error('usage: tsx bench/engine.ts <data dir> [runs]');
/** Runs of the whole loop; the machine is shared, so the fastest and the median are both reported. */
const runs = Number(process.argv[3] ?? 3);

const wall: number[] = [];
const planMs: number[] = [];
let pairs = 0;
let models = 0;
for (let run = 0; run < runs; run++) {
  const cat = loadCatalog(dir);
  const p0 = performance.now();
  const plan = getPairPlan(cat);
  planMs.push(performance.now() - p0);
  const ids = cat.models.map((m) => m.id).sort();
  models = ids.length;
  pairs = 0;
  const w0 = performance.now();
  for (let i = 0; i < ids.length; i++)
    for (let j = i + 1; j < ids.length; j++) {
      buildComparison(cat, ids[i]!, ids[j]!, plan);
      pairs++;
    }
  wall.push(performance.now() - w0);
}
const sorted = [...wall].sort((x, y) => x - y);
console.log(
  JSON.stringify({
    models,
    pairs,
    runs,
    best_ms: Math.round(sorted[0]!),
    median_ms: Math.round(sorted[Math.floor(sorted.length / 2)]!),
    plan_ms: Math.round(Math.min(...planMs)),
    per_pair_us: Number(((sorted[0]! * 1000) / pairs).toFixed(1)),
  }),
);
