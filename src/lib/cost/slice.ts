/**
 * The part of the catalogue the monthly estimate of a few models reads, as plain JSON for a page's
 * `<script type="application/json">`: the calculator recomputes estimates in the browser with the
 * engine's own `estimateCost` over this slice, so it must give the same answer as the full
 * catalogue (slice.test.ts checks every model of data/ at every preset).
 *
 * What the estimate reads besides the models' routes: each route's provider (name, kind, currency),
 * which lab owns each first-party provider (read from every model of the catalogue, so it is carried
 * precomputed rather than recomputed from two models), the lab's name (for the reference's wording),
 * the pricing settings and the currency rates. Maps travel as entry lists: data ids are keys, and an
 * object keyed by ids would treat one named "__proto__" specially.
 */
import type { CurrencyRate } from '../schema/currency';
import type { PricingSettings } from '../schema/site';
import { DEFAULT_PRICING, providerOwners, UNSOURCED_PRICE_FILES, type CostRoute, type PricedModel, type PricingCatalog, type PricingProvider } from './estimate';

/**
 * A route as the estimate reads it, minus `price_disagreements` (shown by the static tables only; the
 * estimate just copies them), as a tuple: provider, model id, input and output price (null when not
 * sourced), then the rarer fields only when set. A pair page carries up to a hundred routes, so field
 * names on each were a tenth of its slice. `source` travels only when it is one of UNSOURCED_PRICE_FILES.
 */
export type SliceRouteExtra = Partial<Pick<CostRoute, 'free' | 'status' | 'price_review' | 'source'>>;
export type SliceRoute = [provider: string, modelId: string, input: number | null, output: number | null, extra?: SliceRouteExtra];

/** A provider as the estimate reads it: its name, `first-party` or nothing for kind, and its currency only when not USD. */
export interface SliceProvider {
  name: string;
  kind?: 'first-party';
  currency?: string;
}

/** The rate fields the estimate reads (its note names the rate and its day); the rate's own source and note stay on the static pages. */
export type SliceRate = Pick<CurrencyRate, 'code' | 'usd_per_unit' | 'as_of'>;

export interface PricingSlice {
  models: [string, { lab: string; open_weights?: boolean; routes: SliceRoute[] }][];
  providers: [string, SliceProvider][];
  /** Null when the catalogue had no models to read owners from (every first-party route then counts as the lab's own). */
  owners: [string, string][] | null;
  labs: [string, { name: string }][];
  pricing: PricingSettings;
  currencies: [string, SliceRate][];
}

/**
 * The estimate reads a route's price source only to ask whether it is one of UNSOURCED_PRICE_FILES,
 * so any other source is left out and read back as "" (the URLs were a third of a pair page's slice).
 */
function sliceRoute(r: CostRoute): SliceRoute {
  const extra: SliceRouteExtra = {};
  if (UNSOURCED_PRICE_FILES.includes(r.source)) extra.source = r.source;
  if (r.free !== undefined) extra.free = r.free;
  if (r.status !== undefined) extra.status = r.status;
  if (r.price_review !== undefined) extra.price_review = r.price_review;
  const out: SliceRoute = [r.provider, r.model_id, r.input ?? null, r.output ?? null];
  if (Object.keys(extra).length > 0) out.push(extra);
  return out;
}

function unsliceRoute([provider, model_id, input, output, extra]: SliceRoute): CostRoute {
  const { source = '', ...rest } = extra ?? {};
  return { provider, model_id, source, ...(input !== null ? { input } : {}), ...(output !== null ? { output } : {}), ...rest };
}

/** The slice for the models with these ids (unknown ids are skipped). */
export function pricingSlice(cat: PricingCatalog & { modelsById: ReadonlyMap<string, PricedModel> }, ids: readonly string[]): PricingSlice {
  const models = ids.flatMap((id) => {
    const m = cat.modelsById.get(id);
    return m ? [[id, { lab: m.lab, ...(m.open_weights !== undefined ? { open_weights: m.open_weights } : {}), routes: m.routes.map(sliceRoute) }] as PricingSlice['models'][number]] : [];
  });
  const providerIds = [...new Set(models.flatMap(([, m]) => m.routes.map((r) => r[0])))].sort();
  const providers = providerIds.flatMap((p) => {
    const v = cat.providers.get(p);
    if (!v) return [];
    const out: SliceProvider = { name: v.name };
    if (v.kind === 'first-party') out.kind = 'first-party';
    if (v.currency !== 'USD') out.currency = v.currency;
    return [[p, out] as [string, SliceProvider]];
  });
  const allOwners = providerOwners(cat);
  const owners = allOwners ? providerIds.flatMap((p) => (allOwners.has(p) ? [[p, allOwners.get(p)!] as [string, string]] : [])) : null;
  const labs = [...new Set(models.map(([, m]) => m.lab))].sort().flatMap((l) => {
    const v = cat.labs?.get(l);
    return v ? [[l, { name: v.name }] as [string, { name: string }]] : [];
  });
  const codes = new Set(providers.flatMap(([, p]) => p.currency ?? []));
  const currencies = [...(cat.currencies ?? new Map<string, CurrencyRate>())]
    .filter(([code]) => codes.has(code))
    .map(([code, r]): [string, SliceRate] => [code, { code: r.code, usd_per_unit: r.usd_per_unit, as_of: r.as_of }]);
  return { models, providers, owners, labs, pricing: cat.site?.pricing ?? DEFAULT_PRICING, currencies };
}

/** The slice as a catalogue `estimateCost` takes, plus its models by id. */
export function sliceCatalog(s: PricingSlice): PricingCatalog & { modelsById: Map<string, PricedModel> } {
  return {
    // The estimate asks only whether a provider is first-party and bills in something other than USD.
    providers: new Map(s.providers.map(([id, p]): [string, PricingProvider] => [id, { name: p.name, kind: p.kind ?? '', currency: p.currency ?? 'USD' }])),
    ...(s.owners ? { owners: new Map(s.owners) } : {}),
    labs: new Map(s.labs),
    site: { pricing: s.pricing },
    // The rate's source and note are not read by the estimate; the empty text only satisfies the type.
    currencies: new Map(s.currencies.map(([code, r]) => [code, { ...r, source: '' }])),
    modelsById: new Map(s.models.map(([id, m]) => [id, { ...m, routes: m.routes.map(unsliceRoute) }])),
  };
}
