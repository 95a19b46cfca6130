/**
 * The incremental build's cache key of every pair page (Astro's `experimental.incrementalBuild`,
 * on with INCREMENTAL_BUILD=1, see astro.config.mjs). Astro reuses a page's previous HTML when its
 * key and the hash of its code (the route's module graph) both match the last build, so the key must
 * change whenever anything the page shows from `data/` changes. Code is Astro's side of the bargain:
 * this module is imported by the route, so changing how keys are made re-renders every pair.
 *
 * What a pair page reads from the data (src/pages/compare/[pair].astro, src/layouts/Base.astro and
 * the components, which only read their props):
 *   - the comparison (src/lib/compare/index.ts): the two model records and model views, the benchmark
 *     records their scores name, the site settings, the pair's plan entry and each model's related
 *     links (which depend on the plan, i.e. on every model's rival facts);
 *   - the calculator's pricing slice (src/lib/cost/slice.ts): per model, its routes, their providers,
 *     the lab owning each first-party provider (read from every model), the lab's name, the currency
 *     rates those providers need, and the pricing settings;
 *   - the chart (src/lib/pages/price-chart.ts): the shared axes, series, caption and plotted count
 *     (they depend on every plotted model), and the two models' points;
 *   - the layout: the site settings (title, URL, workload) and the data sets' credits (sources.yaml).
 *
 * The key is therefore `catalogue . model(a) . model(b) . noindex`, where
 *   - `catalogue` hashes the site settings, the sources and the chart without its points (its axes,
 *     series, file and caption, and how many models it plots);
 *   - `model(x)` hashes what a page shows of model x: the record (front matter and profile), the
 *     resolved model view (which carries everything the catalogue adds to it: lab and provider names,
 *     the estimate with owners, references and currency rates, data set names), the benchmark
 *     records its scores name, its pricing slice, its related links and its chart point.
 * Hashing derived values (the view, the related links, the chart) rather than raw files is what makes
 * the key both sound and narrow: a record change that moves another model's related links or the
 * chart's axes changes exactly those keys, and nothing else. It is cheap: one hash per model and one
 * for the catalogue (N + 1 hashes), and a pair's key is three strings joined, so 44,850 keys take
 * milliseconds. The unit test (pair-cache-key.test.ts) checks, over changed copies of the seed
 * fixture, that an unchanged key always means an unchanged view-model; tests/builds/incremental.test.ts
 * checks that an incremental rebuild is byte-identical to a clean build of the changed data.
 */
import { createHash } from 'node:crypto';
import { candidateLinks } from '../compare/related';
import type { PairPlan } from '../compare/pairs';
import { pricingSlice } from '../cost/slice';
import type { Catalog } from '../data/load';
import { getModelView } from '../views/model';
import { modelPage } from './model-page';
import { priceChart } from './price-chart';

/** Characters of base64url SHA-256 kept per hash: 132 bits, far past any chance collision among a few thousand values. */
const HASH_CHARS = 22;

/** Maps and Sets as their entries (JSON.stringify would write `{}`), so their contents count. */
function replacer(_key: string, value: unknown): unknown {
  if (value instanceof Map) return { map: [...value.entries()] };
  if (value instanceof Set) return { set: [...value] };
  return value;
}

function hash(...parts: unknown[]): string {
  const h = createHash('sha256');
  for (const p of parts) h.update(JSON.stringify(p, replacer) ?? 'undefined').update('\u0000');
  return h.digest('base64url').slice(0, HASH_CHARS);
}

/** The inputs every pair page shares: site settings, data-set credits, and the chart minus its points. */
export function catalogueKey(cat: Catalog): string {
  const chart = priceChart(cat);
  const chartShared = chart ? { ...chart, points: undefined, byId: undefined, plotted: chart.points.length } : null;
  return hash(cat.site, cat.sources, chartShared);
}

/** A record without `file`, the path it was read from: no page shows it, and it differs between copies of the same data. */
const withoutFile = <T extends { file: string }>(r: T | undefined) => (r ? { ...r, file: undefined } : null);

/** What any pair page shows of model `id` (see the comment at the top). */
export function modelKey(cat: Catalog, plan: PairPlan, id: string): string {
  const m = cat.modelsById.get(id);
  if (!m) throw new Error(`Unknown model id "${id}"`);
  const benchmarks = [...new Set(m.benchmarks.map((s) => s.id))].sort().map((b) => withoutFile(cat.benchmarks.get(b)));
  return hash(withoutFile(m), getModelView(cat, id), benchmarks, pricingSlice(cat, [id]), candidateLinks(cat, plan, id), priceChart(cat)?.byId.get(id) ?? null);
}

/** The cache key of every planned pair page, by slug. */
export function pairCacheKeys(cat: Catalog, plan: PairPlan): Map<string, string> {
  const shared = catalogueKey(cat);
  const models = new Map<string, string>();
  const of = (id: string) => {
    let k = models.get(id);
    if (k === undefined) models.set(id, (k = modelKey(cat, plan, id)));
    return k;
  };
  return new Map(plan.pairs.map((p) => [p.slug, `${shared}.${of(p.a)}.${of(p.b)}.${p.noindex ? 1 : 0}`]));
}

/**
 * The cache key of every model page (src/pages/models/[id].astro), by model id. A model page is one
 * per model, so its key hashes the page's own view-model rather than its inputs: the model-page
 * view-model (its comparisons list follows the plan and other models' names and labs), the model
 * view and record (profile, tables), the calculator's slice, and the layout's site settings and
 * credits. That is everything the route and its components read; N view-models cost a few ms each.
 */
export function modelPageKeys(cat: Catalog, plan: PairPlan): Map<string, string> {
  const shared = hash(cat.site, cat.sources);
  return new Map(
    cat.models.map((m) => {
      const view = getModelView(cat, m.id);
      return [m.id, `${shared}.${hash(withoutFile(m), view, modelPage(cat, plan, view, m.license ?? null), pricingSlice(cat, [m.id]))}`];
    }),
  );
}
