/**
 * Prices stage: runs after routes and before facts, on the included models' routes.
 *
 * - Price disagreements. When models.dev and LiteLLM both price the same provider route (same
 *   provider, same cleaned model id) differently, the route keeps one figure and records the other in
 *   `price_disagreements`. Rule (PRICE_CHOICE_RULE): a LiteLLM figure that cites a page of its own
 *   (its entry's `source`, usually the provider's price page) wins; otherwise models.dev's figure is
 *   kept. The newer snapshot is not taken as the newer price: LiteLLM's file is dated 2026-07-24 but
 *   its unsourced entries are often stale copies (Mistral's Codestral at the 2024 list price $1/$3
 *   against today's $0.30/$0.90; Vercel's Gemini 2.5 Pro at the over-200K-token $2.50 input), while
 *   models.dev keeps one reviewed file per provider route. A free tier (0/0) is not a price for the
 *   same route and never replaces a paid figure; figures within PRICE_AGREEMENT_TOLERANCE agree.
 * - Price reviews. A person who checked a flagged low price on the provider's own page clears it in
 *   curated/price-reviews.yaml; the stage writes it to the route as `price_review`.
 * - Currency rates. curated/currencies.yaml is copied to data/currencies.yaml (with the generated-file
 *   header), after checking there is a rate for every currency a provider bills in.
 */
import { z } from 'zod';
import { DataError, type DataIssue } from '../../../src/lib/data/errors';
import { readCuratedFile } from '../curated/load.ts';
import { currenciesSchema, type CurrencyRate } from '../../../src/lib/schema/currency';
import { idSchema, nonEmptyText, urlSchema } from '../../../src/lib/schema/shared';
import { isFree, round6 } from '../prices.ts';
import { generatedHeader, toYaml } from '../yaml.ts';
import type { SourceData } from '../sources.ts';
import { LITELLM_URL, cmp, type Drops, type IncludedModel, type Route } from './context.ts';

export const PRICE_CHOICE_RULE =
  "a figure that cites the provider's own page first, else models.dev's per-route file over an unsourced LiteLLM entry";

/**
 * Figures within this share of each other are the same price (Databricks' DBU conversion gives
 * $1.00002 for Anthropic's $1): half a percent, far below any real price difference seen.
 */
export const PRICE_AGREEMENT_TOLERANCE = 0.005;

/** Two prices per 1M tokens that are the same within PRICE_AGREEMENT_TOLERANCE. */
export function samePrice(a: number, b: number): boolean {
  return Math.abs(a - b) <= PRICE_AGREEMENT_TOLERANCE * Math.max(Math.abs(a), Math.abs(b));
}

export const PRICE_FILES = { currencies: 'currencies.yaml', reviews: 'price-reviews.yaml' } as const;

/** One cleared route in curated/price-reviews.yaml. */
export const priceReviewEntrySchema = z.strictObject({
  /** Record id of the model (data/models/<id>.md). */
  model: idSchema,
  /** Provider id of the route. */
  provider: idSchema,
  /** The route's model id at that provider. */
  model_id: nonEmptyText('the model id used by the provider'),
  /** Where a person saw the price: the provider's own price page. */
  source: urlSchema,
  /** Why the low price is real, in a sentence. */
  note: nonEmptyText('a note saying why the price is real'),
});
export const priceReviewsFileSchema = z.array(priceReviewEntrySchema, { error: 'a list of cleared routes' });
export type PriceReviewEntry = z.output<typeof priceReviewEntrySchema>;

export interface PriceCurated {
  currencies: CurrencyRate[];
  reviews: PriceReviewEntry[];
}
export const NO_PRICE_CURATED: PriceCurated = { currencies: [], reviews: [] };

/** Reads curated/currencies.yaml and curated/price-reviews.yaml; throws DataError listing every problem. */
export function loadPriceCurated(dir: string): PriceCurated {
  const issues: DataIssue[] = [];
  const currencies = readCuratedFile(dir, PRICE_FILES.currencies, currenciesSchema, issues);
  const reviews = readCuratedFile(dir, PRICE_FILES.reviews, priceReviewsFileSchema, issues);
  if (issues.length || !currencies || !reviews) throw new DataError(issues);
  return { currencies, reviews };
}

const key = (provider: string, id: string) => `${provider}\u0000${id.toLowerCase()}`;
const priced = (r: Route) => r.input !== undefined && r.output !== undefined && !isFree(r.input, r.output);
/** A LiteLLM route cites a page of its own when the importer wrote its entry's `source` instead of the shared file. */
const citesOwnPage = (r: Route) => r._origin === 'litellm' && r.source !== LITELLM_URL;

/** The route that keeps its figures when two sources disagree (see PRICE_CHOICE_RULE). */
export function choosePrice(_md: Route, ll: Route): 'models.dev' | 'litellm' {
  return citesOwnPage(ll) ? 'litellm' : 'models.dev';
}

/** Records source disagreements on each route, choosing the figure by rule; returns how many routes disagree. */
export function reconcilePrices(m: IncludedModel, drops: Drops): number {
  // LiteLLM's plain (rank 0) key per provider route; regional copies are not the same offer.
  const litellm = new Map<string, Route>();
  for (const r of m.g.routes)
    if (r._origin === 'litellm' && (r._rank ?? 0) === 0 && priced(r) && !litellm.has(key(r.provider, r._cleaned))) litellm.set(key(r.provider, r._cleaned), r);
  let n = 0;
  m.routes = m.routes.map((r) => {
    if (r._origin !== 'models.dev' || !priced(r)) return r;
    const ll = litellm.get(key(r.provider, r._cleaned));
    if (!ll || (samePrice(ll.input!, r.input!) && samePrice(ll.output!, r.output!))) return r;
    n++;
    const other = (x: Route) => ({ input: round6(x.input!), output: round6(x.output!), source: x.source, as_of: x.as_of });
    if (choosePrice(r, ll) === 'models.dev') {
      drops.add('price disagreement: models.dev figure kept, LiteLLM recorded (not dropped)');
      return { ...r, price_disagreements: [other(ll)] };
    }
    drops.add('price disagreement: LiteLLM figure kept, models.dev recorded (not dropped)');
    return { ...r, input: ll.input, output: ll.output, cache_read: ll.cache_read ?? r.cache_read, source: ll.source, as_of: ll.as_of, price_disagreements: [other(r)] };
  });
  return n;
}

/** Writes curated price reviews onto their routes; an entry matching no route stops the import. */
export function applyReviews(models: IncludedModel[], reviews: PriceReviewEntry[], file = `scripts/import/curated/${PRICE_FILES.reviews}`): void {
  const byId = new Map(models.map((m) => [m.id, m]));
  const issues: DataIssue[] = [];
  reviews.forEach((e, i) => {
    const m = byId.get(e.model);
    const r = m?.routes.find((x) => x.provider === e.provider && x.model_id === e.model_id);
    if (!m) issues.push({ file, field: `[${i}].model`, expected: 'the id of an imported model', found: JSON.stringify(e.model) });
    else if (!r) issues.push({ file, field: `[${i}].model_id`, expected: `a route of ${e.model} on ${e.provider}`, found: JSON.stringify(e.model_id) });
    else r.price_review = { verdict: 'cleared', source: e.source, note: e.note };
  });
  if (issues.length) throw new DataError(issues);
}

export function annotatePrices(models: IncludedModel[], _src: SourceData, drops: Drops, curated: PriceCurated = NO_PRICE_CURATED): IncludedModel[] {
  for (const m of models) reconcilePrices(m, drops);
  applyReviews(models, curated.reviews);
  return models;
}

/** data/currencies.yaml: the curated rates, sorted by code, with the generated-file header. */
export function currenciesFile(rates: CurrencyRate[]): string {
  const sorted = [...rates].sort((a, b) => cmp(a.code, b.code)).map((r) => ({ code: r.code, usd_per_unit: r.usd_per_unit, source: r.source, as_of: r.as_of, ...(r.note ? { note: r.note } : {}) }));
  return toYaml(sorted, generatedHeader(`scripts/import/curated/${PRICE_FILES.currencies}`));
}
