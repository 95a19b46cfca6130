/**
 * `npm run bench:engine` (or `npx tsx scripts/bench-engine.ts`): times the comparison engine over
 * every unordered pair of the catalog in DATA_DIR (default data/), the figure issue 7 targets
 * (under 4 s; BENCH_RUNS runs, default 3), and audits the benchmark leads of the pairs that get pages: how many set a
 * self-reported score against an independent one, compare different benchmark versions or
 * agents, or different reasoning budgets without saying so. Writes reports/bench-engine.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { buildComparison } from '../src/lib/compare/index';
import { getPairPlan } from '../src/lib/compare/pairs';
import type { BenchmarkRow } from '../src/lib/compare/types';
import { dataDir, getCatalog, loadCatalog } from '../src/lib/data/load';
import { readVariant } from '../src/lib/views/variant';

/**
 * Runs of the whole loop, each on a freshly loaded catalog (so model views and caches are built
 * inside the timing, as in a build). The machine is shared, so wall time swings with other work:
 * the report gives the fastest and the median run, and the process CPU time of each.
 */
const RUNS = Number(process.env['BENCH_RUNS'] ?? 3);

const t0 = performance.now();
let cat = getCatalog();
let plan = getPairPlan(cat);
const tLoad = performance.now();
const ids = cat.models.map((m) => m.id).sort();
let pairs = 0;
const wall: number[] = [];
const cpu: number[] = [];
for (let run = 0; run < RUNS; run++) {
  if (run > 0) {
    cat = loadCatalog(dataDir());
    plan = getPairPlan(cat);
  }
  pairs = 0;
  const c0 = process.cpuUsage();
  const w0 = performance.now();
  for (let i = 0; i < ids.length; i++)
    for (let j = i + 1; j < ids.length; j++) {
      buildComparison(cat, ids[i]!, ids[j]!, plan);
      pairs++;
    }
  wall.push(performance.now() - w0);
  const c = process.cpuUsage(c0);
  cpu.push((c.user + c.system) / 1000);
}
const sorted = [...wall].sort((x, y) => x - y);
const best = sorted[0]!;
const median = sorted[Math.floor(sorted.length / 2)]!;

const leads = { total: 0, mixed_basis: 0, version_differs: 0, agent_differs_unnamed: 0, budget_differs_unnamed: 0, conditions_differ: 0 };
const budgetBy = new Map<string, number>();
for (const p of plan.pairs) {
  const c = buildComparison(cat, p.a, p.b, plan);
  const rows: BenchmarkRow[] = [...c.benchmarks.leads.a, ...c.benchmarks.leads.b];
  for (const r of rows) {
    leads.total++;
    const a = r.compared.a!;
    const b = r.compared.b!;
    if (a.selfReported !== b.selfReported) leads.mixed_basis++;
    const va = readVariant(a.variant);
    const vb = readVariant(b.variant);
    if (va.version !== vb.version) leads.version_differs++;
    // Settings count as named when the row carries both (r.settings, added with like-for-like leads).
    const settings = (r as { settings?: { a: string | null; b: string | null } }).settings;
    const named = settings !== undefined && settings.a !== null && settings.b !== null;
    if ((va.agent ?? '') !== (vb.agent ?? '') && !named) leads.agent_differs_unnamed++;
    if ((va.effort ?? '').toLowerCase() !== (vb.effort ?? '').toLowerCase() && !named) {
      leads.budget_differs_unnamed++;
      budgetBy.set(r.id, (budgetBy.get(r.id) ?? 0) + 1);
    }
    if (va.conditions.join() !== vb.conditions.join()) leads.conditions_differ++;
  }
}

const report = {
  data: process.env['DATA_DIR'] ?? 'data',
  models: ids.length,
  pairs_all: pairs,
  load_and_plan_ms: Math.round(tLoad - t0),
  runs: RUNS,
  every_pair_ms: Math.round(best),
  every_pair_median_ms: Math.round(median),
  every_pair_cpu_ms: cpu.map(Math.round),
  per_pair_us: Number(((best * 1000) / pairs).toFixed(1)),
  pages: plan.pairs.length,
  leads_on_pages: { ...leads, budget_differs_unnamed_by_benchmark: Object.fromEntries([...budgetBy].sort((x, y) => y[1] - x[1]).slice(0, 4)) },
};
mkdirSync('reports', { recursive: true });
writeFileSync('reports/bench-engine.json', `${JSON.stringify(report, null, 2)}\n`);
console.log(JSON.stringify(report, null, 2));
