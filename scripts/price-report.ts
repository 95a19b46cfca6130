/**
 * What the buyer-price rules change on a catalogue: each model's estimate without the rules (any
 * currency, no suspect check: the cheapest paid route, as before src/lib/cost/) against with them.
 * Usage: npx tsx scripts/price-report.ts [data-dir]
 * Prints the models whose rule-free estimate comes from a suspect or other-currency route, the
 * closed-weight models whose rule-free estimate is under the suspect fraction of the lab's own price,
 * and how many "cheaper" calls change over every same-kind pair and over the pair pages the build writes.
 */
import { loadCatalog, type Catalog } from '../src/lib/data/load';
import { assessmentOf, compareCost, estimateCost } from '../src/lib/cost';
import { planPairs } from '../src/lib/compare/pairs';

const cat = loadCatalog(process.argv[2] ?? 'data');
const w = cat.site.workload;
const noRules: Catalog = { ...cat, site: { ...cat.site, pricing: { suspect_fraction: 0, suspect_min_routes: cat.site.pricing.suspect_min_routes, include_other_currencies: true } } };
const before = new Map(cat.models.map((m) => [m.id, estimateCost(m, noRules, w)]));
const after = new Map(cat.models.map((m) => [m.id, estimateCost(m, cat, w)]));

const byCause = new Map<string, string[]>();
for (const m of cat.models) {
  const b = before.get(m.id)!;
  if (!b.route) continue;
  const a = assessmentOf(after.get(m.id)!, b.route.provider, b.route.modelId)!;
  if (a.status === 'counted') continue;
  const cause = a.status === 'other-currency' ? `billed in ${a.currency?.code}` : `suspect (${a.reference?.kind} reference)`;
  byCause.set(cause, [...(byCause.get(cause) ?? []), `${m.id} via ${b.route.provider}`]);
}
console.log('Estimates set by a route the rules leave out:');
for (const [cause, list] of byCause) console.log(`  ${cause}: ${list.length} — ${list.join(', ')}`);

const fraction = cat.site.pricing.suspect_fraction;
const under = cat.models.filter((m) => {
  const ref = after.get(m.id)!.labReference;
  const usd = before.get(m.id)!.usd;
  return m.open_weights === false && ref !== null && usd !== null && usd < fraction * ref.usd;
});
console.log(`Closed-weight models whose rule-free estimate is under ${fraction} of the lab's own price: ${under.length}`);

const flipped = (a: string, b: string) =>
  compareCost(before.get(a)!.usd, before.get(b)!.usd).cheaper !== compareCost(after.get(a)!.usd, after.get(b)!.usd).cheaper;
let pairs = 0;
let flips = 0;
for (let i = 0; i < cat.models.length; i++)
  for (let j = i + 1; j < cat.models.length; j++) {
    const x = cat.models[i]!;
    const y = cat.models[j]!;
    if (x.kind !== y.kind) continue;
    pairs++;
    if (flipped(x.id, y.id)) flips++;
  }
const plan = planPairs(cat);
const pageFlips = plan.pairs.filter((p) => flipped(p.a, p.b)).length;
console.log(`"Cheaper" calls changed: ${flips} of ${pairs} same-kind pairs; ${pageFlips} of ${plan.pairs.length} pair pages`);
