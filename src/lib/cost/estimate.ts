/**
 * The monthly estimate: which routes a typical buyer can use, and the cheapest of them.
 *
 * Pure: it reads a model's routes, the providers, the labs, the site's pricing settings and the
 * currency rates, and nothing else (no page or pair logic). Every route of a model gets one
 * assessment, so pricing tables can say why a route does or does not count.
 *
 * A route counts towards the estimate when it is paid (not a free tier), not deprecated, lists both
 * prices, is billed in USD (unless `site.pricing.include_other_currencies`), and is not suspect.
 *
 * Suspect: the route's monthly cost at the site workload is below `suspect_fraction` of a reference:
 * - the lab's own price: the cheapest paid, current, USD-billed route of this model on a first-party
 *   provider that belongs to the model's lab (a lab API billed in another currency is not used: its
 *   figures are conversions at an unstated rate, and Alibaba Cloud China's tiers differ from the
 *   international list, which flagged Vercel's real $0.10/$0.40 for Qwen3.5 Flash); else
 * - the median monthly cost of the model's other paid, current, USD-billed routes, when there are at
 *   least `suspect_min_routes` of them; else there is no reference and the route is not suspect.
 * Monthly cost (not the input and output prices one by one) is compared because it is the figure the
 * estimate uses: a route that is cheap on input and dear on output is judged by what it costs the
 * buyer at the stated workload. A route with a reviewed `price_review` (verdict cleared) is never
 * suspect. Of an open-weight model, only routes with an unsourced price are judged (see
 * SUSPECT_RULE_JUDGES_OPEN_WEIGHTS).
 *
 * Which lab a first-party provider belongs to is read from the catalogue: the lab whose models are
 * more than half of the provider's models (see `providerOwners`). That keeps a lab's API that also
 * resells other labs' models (Alibaba Cloud selling DeepSeek) from being taken for DeepSeek's own
 * price, without a hand-kept table.
 */
import { formatDate, formatMoney, formatPercent, formatPrice, plural } from '../format';
import type { CurrencyRate } from '../schema/currency';
import type { Route } from '../schema/model';
import { DEFAULT_PRICING_SETTINGS } from '../schema/defaults';
import type { PricingSettings, Workload } from '../schema/site';
import { isFreeRoute, median, priceAtWorkload } from './routes';

/**
 * The settings a catalogue without a site file gets: the schema's defaults (0.5, 3, USD only), read
 * from the plain constant rather than `pricingSchema.parse({})` so the browser bundle has no zod.
 */
export const DEFAULT_PRICING: PricingSettings = { ...DEFAULT_PRICING_SETTINGS };

/**
 * A first-party provider belongs to a lab when more than this share of the models it serves are that
 * lab's. Half: Perplexity's agent API (a third Anthropic models) belongs to no model lab, Alibaba
 * Cloud China (63% Qwen) to Alibaba.
 */
export const OWNER_MIN_SHARE = 0.5;

/**
 * Whether the suspect rule judges every route of an open-weight model. It does not: anyone may host
 * open weights, and hosts sell them well below the lab's own API and the market median as a matter
 * of course (Llama 3.3 70B at $0.12/$0.30 against a median near $0.90). Judging them all flagged real
 * host prices on about seventy models of the 2026-07 catalogue. Only their routes whose price has no
 * source of its own (UNSOURCED_PRICE_FILES) are judged; models whose weights are closed or not
 * documented have every route judged.
 */
export const SUSPECT_RULE_JUDGES_OPEN_WEIGHTS = false;

/**
 * Price sources that are a whole shared price list rather than a page about this route: a route
 * citing one of these (and nothing more specific) has an unsourced price. LiteLLM's map cites the
 * provider's page in an entry's `source` when it has one, and the importer then writes that page
 * instead; entries without one (Fireworks' MiniMax M1 80K at $0.10/$0.10, a tenth of what every other
 * provider charges for that reasoning model) keep this URL.
 */
export const UNSOURCED_PRICE_FILES: readonly string[] = ['https://github.com/BerriAI/litellm/blob/main/model_prices_and_context_window.json'];

export interface PricingProvider {
  name: string;
  kind: string;
  currency: string;
}
/** The fields of a route the estimate reads (a catalogue slice carries these and no more). */
export type CostRoute = Pick<Route, 'provider' | 'model_id' | 'input' | 'output' | 'free' | 'status' | 'source' | 'price_review' | 'price_disagreements'>;
export interface PricedModel {
  lab: string;
  open_weights?: boolean | undefined;
  routes: readonly CostRoute[];
}
/** What the cost model reads from a catalogue; a loaded `Catalog` is one. */
export interface PricingCatalog {
  providers: ReadonlyMap<string, PricingProvider>;
  /** Every model, to tell which lab a first-party provider belongs to; without it every first-party route counts as the lab's own. */
  models?: readonly PricedModel[];
  /**
   * Lab id per first-party provider id, as `providerOwners` reads it from every model: a slice of the
   * catalogue (the calculator's page data, src/lib/cost/slice.ts) carries it instead of every model.
   */
  owners?: ReadonlyMap<string, string>;
  labs?: ReadonlyMap<string, { name: string }>;
  site?: { pricing?: PricingSettings };
  currencies?: ReadonlyMap<string, CurrencyRate>;
}

export type RouteStatus = 'counted' | 'suspect' | 'other-currency' | 'free' | 'deprecated' | 'unpriced';

export interface PriceReference {
  /** first-party: the lab's own API; median: the model's other paid USD routes. */
  kind: 'first-party' | 'median';
  /** Monthly USD at the workload. */
  usd: number;
  /** How many routes the reference was taken from. */
  routes: number;
  /** The lab's display name (first-party references). */
  labName: string | null;
}

export interface PriceDisagreementView {
  input: number | null;
  output: number | null;
  inputText: string | null;
  outputText: string | null;
  source: string;
  asOf: string;
}

export interface RouteAssessment {
  provider: string;
  providerName: string;
  modelId: string;
  input: number | null;
  output: number | null;
  /** Monthly USD at the workload; null for free, deprecated and unpriced routes. */
  usd: number | null;
  status: RouteStatus;
  /** Billing currency and the rate kept for it, when the provider does not bill in USD. */
  currency: { code: string; rate: CurrencyRate | null } | null;
  /** What a priced route was judged against, and the route's share of it. */
  reference: PriceReference | null;
  shareOfReference: number | null;
  /** Below the suspect line but reviewed and found real. */
  cleared: { source: string; note: string } | null;
  /** Other sources' prices for this same route. */
  disagreements: PriceDisagreementView[];
  /** Why the route is left out of (or, for other currencies, let into) the estimate; null when it simply counts. */
  note: string | null;
}

export interface PricedRoute {
  provider: string;
  providerName: string;
  modelId: string;
  input: number;
  output: number;
  usd: number;
}

export interface ExcludedCounts {
  suspect: number;
  otherCurrency: number;
  free: number;
  deprecated: number;
}

export interface CostEstimate {
  /** Cheapest monthly cost in USD over the routes that count, or null when none does. */
  usd: number | null;
  /** The route that gives `usd`. */
  route: PricedRoute | null;
  /** Why there is no estimate, in words; null when there is one. */
  reason: string | null;
  /** Providers offering a free (0/0 or flagged) tier, which the estimate leaves out. */
  freeTiers: { provider: string; providerName: string; modelId: string }[];
  /** Number of routes that count (paid, both prices, current, USD unless set otherwise, not suspect). */
  pricedRoutes: number;
  /** Every route of the model, in the model's order, with whether and why it counts. */
  routes: RouteAssessment[];
  /** Routes left out of the estimate, by reason (routes without both prices are not counted here). */
  excluded: ExcludedCounts;
  /** "3 routes left out: 2 suspect, 1 billed in CNY"; null when none is. */
  excludedText: string | null;
  /** The lab's own price at the workload, when the model has a route on its lab's API. */
  labReference: PriceReference | null;
}

const routeKey = (provider: string, modelId: string) => `${provider}\u0000${modelId}`;

const ownersCache = new WeakMap<readonly PricedModel[], Map<string, string>>();
/** Lab id per first-party provider id, for the providers whose models are mostly one lab's. */
export function providerOwners(cat: Pick<PricingCatalog, 'providers' | 'models' | 'owners'>): ReadonlyMap<string, string> | null {
  if (cat.owners) return cat.owners;
  if (!cat.models) return null;
  const cached = ownersCache.get(cat.models);
  if (cached) return cached;
  const counts = new Map<string, Map<string, number>>();
  for (const m of cat.models) {
    for (const p of new Set(m.routes.map((r) => r.provider))) {
      if (cat.providers.get(p)?.kind !== 'first-party') continue;
      const perLab = counts.get(p) ?? new Map<string, number>();
      perLab.set(m.lab, (perLab.get(m.lab) ?? 0) + 1);
      counts.set(p, perLab);
    }
  }
  const owners = new Map<string, string>();
  for (const [p, perLab] of counts) {
    const total = [...perLab.values()].reduce((a, b) => a + b, 0);
    for (const [lab, n] of perLab) if (n / total > OWNER_MIN_SHARE) owners.set(p, lab);
  }
  ownersCache.set(cat.models, owners);
  return owners;
}

/** "half", "40%": the suspect fraction as words. */
export function fractionWords(f: number): string {
  return f === 0.5 ? 'half' : formatPercent(f);
}

function currencyNote(code: string, rate: CurrencyRate | null, counted: boolean): string {
  const rateText = rate
    ? `rate not stated; 1 ${code} ≈ $${rate.usd_per_unit} on ${formatDate(rate.as_of)}`
    : 'rate not stated';
  return `billed in ${code} — USD as converted by the source (${rateText}), ${counted ? 'included in the estimate by the site setting' : 'left out of the estimate'}`;
}

function suspectNote(ref: PriceReference, f: number, cleared: boolean): string {
  const what =
    ref.kind === 'first-party'
      ? `${ref.labName ?? 'the lab'}'s own price`
      : `the median price of ${plural(ref.routes, 'other provider')}`;
  return cleared
    ? `below ${fractionWords(f)} of ${what} — checked by hand and found real, so it counts`
    : `below ${fractionWords(f)} of ${what} — left out of the estimate`;
}

/** The words for routes left out, most telling first: "2 suspect, 1 billed in CNY, 1 free tier". */
function excludedWords(routes: RouteAssessment[]): string[] {
  const parts: string[] = [];
  const n = (s: RouteStatus) => routes.filter((r) => r.status === s).length;
  if (n('suspect')) parts.push(`${n('suspect')} suspect`);
  const codes = new Map<string, number>();
  for (const r of routes) if (r.status === 'other-currency' && r.currency) codes.set(r.currency.code, (codes.get(r.currency.code) ?? 0) + 1);
  for (const [code, c] of [...codes].sort((a, b) => a[0].localeCompare(b[0]))) parts.push(`${c} billed in ${code}`);
  if (n('free')) parts.push(plural(n('free'), 'free tier'));
  if (n('deprecated')) parts.push(`${n('deprecated')} deprecated`);
  return parts;
}

export function estimateCost(model: PricedModel, cat: PricingCatalog, w: Workload): CostEstimate {
  const settings = cat.site?.pricing ?? DEFAULT_PRICING;
  const provider = (id: string) => cat.providers.get(id);
  const name = (id: string) => provider(id)?.name ?? id;
  const billing = (id: string) => provider(id)?.currency ?? 'USD';
  const owners = providerOwners(cat);
  const isLabApi = (id: string) => provider(id)?.kind === 'first-party' && (owners === null || owners.get(id) === model.lab);

  // Paid, current routes with both prices: the candidates for the estimate and for references.
  const paid = model.routes.flatMap((r, i) =>
    !isFreeRoute(r) && r.status !== 'deprecated' && r.input !== undefined && r.output !== undefined
      ? [{ r, i, usd: priceAtWorkload(r.input, r.output, w), usdBilled: billing(r.provider) === 'USD' }]
      : [],
  );

  const judgesEveryRoute = SUSPECT_RULE_JUDGES_OPEN_WEIGHTS || model.open_weights !== true;
  const judged = (r: CostRoute) => judgesEveryRoute || UNSOURCED_PRICE_FILES.includes(r.source);
  const ownRef = paid.filter((p) => p.usdBilled && isLabApi(p.r.provider));
  const labReference: PriceReference | null =
    ownRef.length > 0
      ? { kind: 'first-party', usd: Math.min(...ownRef.map((p) => p.usd)), routes: ownRef.length, labName: cat.labs?.get(model.lab)?.name ?? model.lab }
      : null;

  const referenceFor = (i: number): PriceReference | null => {
    if (!judged(model.routes[i]!)) return null;
    if (labReference) return labReference;
    const others = paid.filter((p) => p.i !== i && p.usdBilled);
    if (others.length < settings.suspect_min_routes) return null;
    return { kind: 'median', usd: median(others.map((p) => p.usd)), routes: others.length, labName: null };
  };

  const routes = model.routes.map((r, i): RouteAssessment => {
    const code = billing(r.provider);
    const currency = code === 'USD' ? null : { code, rate: cat.currencies?.get(code) ?? null };
    const base = {
      provider: r.provider,
      providerName: name(r.provider),
      modelId: r.model_id,
      input: r.input ?? null,
      output: r.output ?? null,
      currency,
      disagreements: (r.price_disagreements ?? []).map((d) => ({
        input: d.input ?? null,
        output: d.output ?? null,
        inputText: d.input !== undefined ? formatPrice(d.input) : null,
        outputText: d.output !== undefined ? formatPrice(d.output) : null,
        source: d.source,
        asOf: d.as_of,
      })),
    };
    const none = { usd: null, reference: null, shareOfReference: null, cleared: null };
    if (isFreeRoute(r)) return { ...base, ...none, status: 'free', note: null };
    if (r.status === 'deprecated') return { ...base, ...none, status: 'deprecated', note: null };
    if (r.input === undefined || r.output === undefined) return { ...base, ...none, status: 'unpriced', note: null };
    const usd = priceAtWorkload(r.input, r.output, w);
    const reference = referenceFor(i);
    const share = reference && reference.usd > 0 ? usd / reference.usd : null;
    const below = share !== null && share < settings.suspect_fraction;
    const review = r.price_review?.verdict === 'cleared' ? { source: r.price_review.source, note: r.price_review.note } : null;
    const priced = { usd, reference, shareOfReference: share, cleared: below && review ? review : null };
    if (currency && !settings.include_other_currencies)
      return { ...base, ...priced, status: 'other-currency', note: currencyNote(code, currency.rate, false) };
    if (below && !review) return { ...base, ...priced, status: 'suspect', note: suspectNote(reference!, settings.suspect_fraction, false) };
    const note = currency ? currencyNote(code, currency.rate, true) : below ? suspectNote(reference!, settings.suspect_fraction, true) : null;
    return { ...base, ...priced, status: 'counted', note };
  });

  const counted: PricedRoute[] = routes
    .filter((a) => a.status === 'counted')
    .map((a) => ({ provider: a.provider, providerName: a.providerName, modelId: a.modelId, input: a.input!, output: a.output!, usd: a.usd! }))
    .sort((x, y) => x.usd - y.usd || x.provider.localeCompare(y.provider) || x.modelId.localeCompare(y.modelId));
  const best = counted[0] ?? null;

  const freeTiers = routes.filter((a) => a.status === 'free').map((a) => ({ provider: a.provider, providerName: a.providerName, modelId: a.modelId }));
  const count = (s: RouteStatus) => routes.filter((a) => a.status === s).length;
  const excluded: ExcludedCounts = { suspect: count('suspect'), otherCurrency: count('other-currency'), free: count('free'), deprecated: count('deprecated') };
  const total = excluded.suspect + excluded.otherCurrency + excluded.free + excluded.deprecated;
  const words = excludedWords(routes);
  const excludedText = total > 0 ? `${plural(total, 'route')} left out: ${words.join(', ')}` : null;

  let reason: string | null = null;
  if (!best) {
    const ruledOut = excluded.suspect + excluded.otherCurrency;
    if (model.routes.length === 0) reason = 'no provider route is sourced';
    else if (excluded.free === model.routes.length) reason = 'only free, rate-limited tiers are sourced';
    else if (ruledOut > 0) reason = `every priced route is left out of the estimate (${excludedWords(routes.filter((a) => a.status === 'suspect' || a.status === 'other-currency')).join(', ')})`;
    else reason = 'no paid route lists both an input and an output price';
  }
  return { usd: best?.usd ?? null, route: best, reason, freeTiers, pricedRoutes: counted.length, routes, excluded, excludedText, labReference };
}

/** The assessment of one route of an estimate (pricing tables look rows up by provider and model id). */
export function assessmentOf(e: Pick<CostEstimate, 'routes'>, provider: string, modelId: string): RouteAssessment | undefined {
  return e.routes.find((a) => routeKey(a.provider, a.modelId) === routeKey(provider, modelId));
}

/** "Anthropic's own price: $2,050.00 a month" — the reference in words, for the pricing notes. */
export function referenceText(ref: PriceReference): string {
  return ref.kind === 'first-party'
    ? `${ref.labName ?? 'the lab'}'s own price, ${formatMoney(ref.usd)} a month`
    : `the median of ${plural(ref.routes, 'other paid route')}, ${formatMoney(ref.usd)} a month`;
}
