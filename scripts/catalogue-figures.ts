/**
 * `npm run figures`: the catalogue-truth figures (issue 6) for a data folder, so a before/after of
 * any importer change is one command: estimates set by a route a buyer cannot use, duplicate
 * records, pair pages with a capability contradiction, benchmark coverage. Prints JSON.
 */
import { compareCost } from '../src/lib/cost/compare';
import { estimateCost } from '../src/lib/cost/estimate';
import { getPairPlan } from '../src/lib/compare/pairs';
import { dataDir, loadCatalog } from '../src/lib/data/load';
import { runLint } from '../src/lib/lint/index';

const cat = loadCatalog(process.argv[2] ?? dataDir());
const w = cat.site.workload;
const est = new Map(cat.models.map((m) => [m.id, estimateCost(m, cat, w)]));
const lint = runLint(cat);
const of = (rule: string) => lint.findings.filter((f) => f.rule === rule);
const plan = getPairPlan(cat);
const subjects = (rule: string) => new Set(of(rule).flatMap((f) => f.subject.split('|')));
const contradicting = subjects('vision-vs-modalities');
const duplicates = new Set(of('duplicate-candidate').map((f) => f.subject));
const indexed = plan.pairs.filter((p) => !p.noindex);
const shares = (a: string, b: string) => {
  const x = new Set(cat.modelsById.get(a)!.benchmarks.map((s) => s.id));
  return cat.modelsById.get(b)!.benchmarks.some((s) => x.has(s.id));
};
const y2026 = cat.models.filter((m) => m.released.startsWith('2026'));
/** The old rule, for before/after: the cheapest paid, current route with both prices, whoever sells it. */
const naive = new Map(
  cat.models.map((m) => {
    const cheapest = est.get(m.id)!.routes.filter((a) => a.usd !== null && a.status !== 'free' && a.status !== 'deprecated').sort((a, b) => a.usd! - b.usd! || a.provider.localeCompare(b.provider))[0];
    return [m.id, cheapest ?? null] as const;
  }),
);
const naiveFrom = (status: string) => cat.models.filter((m) => naive.get(m.id)?.status === status).length;
const flips = plan.pairs.filter((p) => {
  const before = compareCost(naive.get(p.a)?.usd ?? null, naive.get(p.b)?.usd ?? null).cheaper;
  const after = compareCost(est.get(p.a)!.usd, est.get(p.b)!.usd).cheaper;
  return before !== after;
}).length;

console.log(
  JSON.stringify(
    {
      models: cat.models.length,
      routes: cat.models.reduce((n, m) => n + m.routes.length, 0),
      pair_pages: plan.pairs.length,
      estimate_from_suspect_route_under_cheapest_rule: naiveFrom('suspect'),
      estimate_from_other_currency_route_under_cheapest_rule: naiveFrom('other-currency'),
      estimate_from_excluded_route_now: of('estimate-excluded-route').length,
      routes_excluded: Object.fromEntries(['suspect', 'other-currency', 'free', 'deprecated'].map((k) => [k, [...est.values()].reduce((n, e) => n + e.routes.filter((a) => a.status === k).length, 0)])),
      pair_pages_whose_cheaper_call_changes: flips,
      duplicate_candidate_pairs: duplicates.size,
      pair_pages_between_duplicate_candidates: plan.pairs.filter((p) => duplicates.has(`${p.a}|${p.b}`)).length,
      models_with_vision_contradiction: contradicting.size,
      pair_pages_with_capability_contradiction: plan.pairs.filter((p) => contradicting.has(p.a) || contradicting.has(p.b)).length,
      lint_findings: Object.fromEntries([...new Set(lint.findings.map((f) => f.rule))].map((r) => [r, of(r).length])),
      models_without_score: cat.models.filter((m) => m.benchmarks.length === 0).length,
      models_2026: y2026.length,
      models_2026_without_score: y2026.filter((m) => m.benchmarks.length === 0).length,
      indexed_pair_pages: indexed.length,
      indexed_pair_pages_sharing_a_benchmark_pct: Math.round((1000 * indexed.filter((p) => shares(p.a, p.b)).length) / Math.max(1, indexed.length)) / 10,
    },
    null,
    2,
  ),
);
