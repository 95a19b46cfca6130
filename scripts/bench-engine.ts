/**
 * `npm run bench:engine` (or `npx tsx scripts/bench-engine.ts`): times the comparison engine over
 * every unordered pair of the catalog in DATA_DIR (default data/), the figure issue 7 targets
 * (under 4 s), and audits the benchmark leads of the pairs that get pages: how many set a
 * self-reported score against an independent one, compare different benchmark versions or
 * agents, or different reasoning budgets without saying so. Writes reports/bench-engine.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { buildComparison } from '../src/lib/compare/index';
import { getPairPlan } from '../src/lib/compare/pairs';
import type { BenchmarkRow } from '../src/lib/compare/types';
import { getCatalog } from '../src/lib/data/load';
import { readVariant } from '../src/lib/views/variant';

const t0 = performance.now();
const cat = getCatalog();
const plan = getPairPlan(cat);
const tLoad = performance.now();
const ids = cat.models.map((m) => m.id).sort();
let pairs = 0;
for (let i = 0; i < ids.length; i++)
  for (let j = i + 1; j < ids.length; j++) {
    buildComparison(cat, ids[i]!, ids[j]!, plan);
    pairs++;
  }
const tAll = performance.now();

const leads = { total: 0, mixed_basis: 0, version_differs: 0, agent_differs_unnamed: 0, budget_differs_unnamed: 0, conditions_differ: 0 };
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
    if ((va.effort ?? '').toLowerCase() !== (vb.effort ?? '').toLowerCase() && !named) leads.budget_differs_unnamed++;
    if (va.conditions.join() !== vb.conditions.join()) leads.conditions_differ++;
  }
}

const report = {
  data: process.env['DATA_DIR'] ?? 'data',
  models: ids.length,
  pairs_all: pairs,
  load_and_plan_ms: Math.round(tLoad - t0),
  every_pair_ms: Math.round(tAll - tLoad),
  per_pair_us: Number((((tAll - tLoad) * 1000) / pairs).toFixed(1)),
  pages: plan.pairs.length,
  leads_on_pages: leads,
};
mkdirSync('reports', { recursive: true });
writeFileSync('reports/bench-engine.json', `${JSON.stringify(report, null, 2)}\n`);
console.log(JSON.stringify(report, null, 2));
