/**
 * Provider pages (`/providers/<id>/`) and their index (`/providers/`): every model route a provider
 * serves, with its prices and the monthly figure at the site workload, read from the model views
 * (the same RouteView and estimate the model pages show, so the two pages cannot disagree), sorted
 * like the model pages' pricing tables (cost/table.ts RANK): routes that count towards their
 * model's estimate cheapest first, then priced routes the estimate leaves out (suspect, other
 * currency), then free tiers, deprecated and unpriced routes.
 *
 * Pure: reads the catalogue and the model views; the routes only lay the result out.
 */
import { assessmentOf, providerOwners, RANK, routeBadges, workloadText, workloadTokens, type RouteBadge, type RouteStatus } from '../cost';
import { collectionPageJsonLd, fitHtmlTitle } from './titles';
import type { Catalog } from '../data/load';
import { formatDate, formatTokens, plural, sentenceCase } from '../format';
import { labPath, providerPath } from '../views/listing';
import { getModelView } from '../views/model';
import { newestDate } from './sitemap';

export interface ProviderKindWords {
  /** Short label for tables: "Lab API", "Cloud", "Aggregator", "Host". */
  label: string;
  /** In running text, one and many: "lab API", "lab APIs". */
  one: string;
  many: string;
  /** What the kind means to a buyer, as a sentence ending. */
  meaning: string;
}

/** The schema's provider kinds (src/lib/schema/provider.ts) in words a buyer reads. */
export const PROVIDER_KIND_WORDS: Readonly<Record<string, ProviderKindWords>> = {
  'first-party': { label: 'Lab API', one: 'lab API', many: 'lab APIs', meaning: 'a lab’s own API' },
  cloud: { label: 'Cloud', one: 'cloud platform', many: 'cloud platforms', meaning: 'a cloud platform that resells labs’ models' },
  aggregator: { label: 'Aggregator', one: 'aggregator', many: 'aggregators', meaning: 'an aggregator that routes requests to other providers' },
  host: { label: 'Host', one: 'host', many: 'hosts', meaning: 'a host that runs open-weight models on its own hardware' },
};

const kindWords = (kind: string): ProviderKindWords => PROVIDER_KIND_WORDS[kind] ?? { label: sentenceCase(kind), one: kind, many: kind, meaning: kind };

export interface ProviderRouteRow {
  modelId: string;
  modelName: string;
  modelPath: string;
  labName: string;
  labPath: string;
  /** The id sent to this provider's API. */
  routeModelId: string;
  inputText: string | null;
  outputText: string | null;
  /** Monthly USD at the workload, as the model view computes it; null for free, deprecated and unpriced routes. */
  monthlyUsd: number | null;
  monthlyText: string | null;
  /** How the model's estimate treats this route. */
  status: RouteStatus;
  /** This route sets the model's monthly estimate (its cheapest route that counts). */
  setsEstimate: boolean;
  free: boolean;
  beta: boolean;
  /** Why the estimate leaves the route out (or lets a flagged one in), as a sentence; null when it simply counts. */
  note: string | null;
  badges: RouteBadge[];
  /** This route's own context limit when it differs from the model's. */
  routeContextText: string | null;
  source: string;
  asOf: string;
  dataAsOf: string;
}

export interface ProviderPage {
  id: string;
  name: string;
  url: string;
  path: string;
  kind: string;
  kindLabel: string;
  /** "OpenRouter is an aggregator that routes requests to other providers." */
  kindText: string;
  /** The lab whose own API this is (first-party providers serving mostly one lab's models). */
  ownerLab: { id: string; name: string; path: string } | null;
  currency: string;
  /** The currency said plainly, with what it means for the figures and the estimate. */
  currencyText: string;
  /** Free, rate-limited tiers here, said plainly (or that there are none). */
  freeText: string;
  freeModels: { name: string; path: string }[];
  modelCount: number;
  rows: ProviderRouteRow[];
  /** The cheapest route here whose price is not flagged as suspect; null when none is priced. */
  cheapest: ProviderRouteRow | null;
  /** Rows with a missing price exist (the table's "—" legend is then shown). */
  hasGaps: boolean;
  workloadText: string;
  title: string;
  description: string;
  breadcrumbs: { name: string; path: string }[];
  /** The newest data date of the models listed: the page's dateModified and sitemap lastmod. */
  dateModified: string;
  jsonLd: object;
}

export interface ProviderIndexRow {
  id: string;
  name: string;
  path: string;
  kindLabel: string;
  currency: string;
  modelCount: number;
  routeCount: number;
  cheapest: { modelName: string; modelPath: string; monthlyText: string; counted: boolean } | null;
}

export interface ProviderIndex {
  title: string;
  description: string;
  breadcrumbs: { name: string; path: string }[];
  workloadText: string;
  rows: ProviderIndexRow[];
  jsonLd: object;
}

const INDEX_CRUMB = { name: 'Providers', path: '/providers/' };

/** Priced routes the estimate does not flag as suspect can head a listing; a suspect price never does. */
const canHeadline = (r: ProviderRouteRow) => r.monthlyUsd !== null && r.status !== 'suspect';

function rowsFor(cat: Catalog, providerId: string): ProviderRouteRow[] {
  const rows: ProviderRouteRow[] = [];
  for (const m of cat.models) {
    if (!m.routes.some((r) => r.provider === providerId)) continue;
    const view = getModelView(cat, m.id);
    for (const r of view.routes) {
      if (r.provider !== providerId) continue;
      const a = assessmentOf(view.cost, r.provider, r.modelId) ?? null;
      rows.push({
        modelId: view.id,
        modelName: view.name,
        modelPath: view.url,
        labName: view.labName,
        labPath: labPath(view.labId),
        routeModelId: r.modelId,
        inputText: r.inputText,
        outputText: r.outputText,
        monthlyUsd: r.monthlyUsd,
        monthlyText: r.monthlyText,
        status: a?.status ?? 'unpriced',
        setsEstimate: r.cheapest,
        free: r.free,
        beta: r.status === 'beta',
        // Every route here bills in the provider's currency, which the page says once at the top: a row
        // repeats only the notes that differ between routes (suspect, or a low price checked by hand).
        note: a?.note && !(a.currency && a.status !== 'suspect') ? `${sentenceCase(a.note)}.` : null,
        badges: routeBadges(a),
        routeContextText: r.contextWindow !== null && r.contextWindow !== view.contextWindow ? `${formatTokens(r.contextWindow)} tokens` : null,
        source: r.source,
        asOf: r.asOf,
        dataAsOf: view.dataAsOf,
      });
    }
  }
  return rows.sort(
    (x, y) =>
      RANK[x.status] - RANK[y.status] ||
      (x.monthlyUsd ?? 0) - (y.monthlyUsd ?? 0) ||
      x.modelName.localeCompare(y.modelName, 'en') ||
      x.routeModelId.localeCompare(y.routeModelId),
  );
}

function currencyText(cat: Catalog, code: string): string {
  if (code === 'USD') return 'Bills in US dollars: the prices below are the provider’s own.';
  const rate = cat.currencies?.get(code);
  const rateText = rate ? ` (for reference, 1 ${code} ≈ $${rate.usd_per_unit} on ${formatDate(rate.as_of)})` : '';
  const included = cat.site.pricing.include_other_currencies;
  return `Bills in ${code}, not US dollars: the USD prices below are the source’s conversions at a rate it does not state${rateText}, so ${
    included ? 'they are counted in monthly estimates only because the site is set to include other currencies' : 'these routes are left out of every model’s monthly estimate'
  }.`;
}

export function providerPage(cat: Catalog, id: string): ProviderPage {
  const p = cat.providers.get(id);
  if (!p) throw new Error(`Unknown provider id "${id}"`);
  const w = cat.site.workload;
  const rows = rowsFor(cat, id);
  const modelIds = new Set(rows.map((r) => r.modelId));
  const modelCount = modelIds.size;
  const words = kindWords(p.kind);
  const ownerId = p.kind === 'first-party' ? (providerOwners(cat)?.get(id) ?? null) : null;
  const ownerLab = ownerId ? { id: ownerId, name: cat.labs.get(ownerId)?.name ?? ownerId, path: labPath(ownerId) } : null;
  const kindText = ownerLab ? `${p.name} is ${ownerLab.name}’s own API.` : `${p.name} is ${words.meaning}.`;
  const freeModels = [...new Map(rows.filter((r) => r.free).map((r) => [r.modelId, { name: r.modelName, path: r.modelPath }])).values()];
  const freeText =
    freeModels.length === 0
      ? 'No free tier is listed here: every listed price is paid.'
      : `${plural(freeModels.length, 'model has', 'models have')} a free, rate-limited tier here; free tiers cannot carry production traffic, so they have no monthly figure.`;
  const cheapest = rows.find(canHeadline) ?? null;
  const tokens = workloadTokens(w);
  const modelsText = plural(modelCount, 'model');
  const title = fitHtmlTitle(
    cheapest
      ? [
          `${p.name} prices: ${modelsText}, from ${cheapest.monthlyText} a month | ${cat.site.title}`,
          `${p.name} prices: ${modelsText}, from ${cheapest.monthlyText} a month`,
          `${p.name} prices: ${modelsText}`,
        ]
      : [`${p.name} prices: ${modelsText} | ${cat.site.title}`, `${p.name} prices: ${modelsText}`],
    `${p.name} prices`,
  );
  const cheapestText = cheapest
    ? `Cheapest at ${tokens} a month: ${cheapest.modelName} at ${cheapest.monthlyText}${p.currency !== 'USD' ? ` (converted from ${p.currency})` : ''}.`
    : 'No route here has a monthly figure yet.';
  const freeShort = freeModels.length > 0 ? ` ${plural(freeModels.length, 'free tier')}.` : '';
  const description = `${p.name} (${words.one}, bills in ${p.currency}) serves ${modelsText}. ${cheapestText}${freeShort} Every price with its source.`;
  const path = providerPath(id);
  const dateModified = newestDate(rows.map((r) => r.dataAsOf));
  const jsonLd = collectionPageJsonLd(cat.site, { title, path, description, dateModified }, p);
  return {
    id,
    name: p.name,
    url: p.url,
    path,
    kind: p.kind,
    kindLabel: words.label,
    kindText,
    ownerLab,
    currency: p.currency,
    currencyText: currencyText(cat, p.currency),
    freeText,
    freeModels,
    modelCount,
    rows,
    cheapest,
    hasGaps: rows.some((r) => r.inputText === null || r.outputText === null),
    workloadText: workloadText(w),
    title,
    description,
    breadcrumbs: [{ name: 'Home', path: '/' }, INDEX_CRUMB, { name: p.name, path }],
    dateModified,
    jsonLd,
  };
}

const pagesCache = new WeakMap<Catalog, Map<string, ProviderPage>>();

/** Every provider's page, built once per catalogue (the index and each route read the same objects). */
export function getProviderPages(cat: Catalog): Map<string, ProviderPage> {
  let pages = pagesCache.get(cat);
  if (!pages) {
    pages = new Map([...cat.providers.keys()].sort().map((id) => [id, providerPage(cat, id)]));
    pagesCache.set(cat, pages);
  }
  return pages;
}

export function providerIndex(cat: Catalog): ProviderIndex {
  const pages = [...getProviderPages(cat).values()].sort((x, y) => x.name.localeCompare(y.name, 'en') || x.id.localeCompare(y.id));
  const rows = pages.map((p): ProviderIndexRow => ({
    id: p.id,
    name: p.name,
    path: p.path,
    kindLabel: p.kindLabel,
    currency: p.currency,
    modelCount: p.modelCount,
    routeCount: p.rows.length,
    cheapest: p.cheapest
      ? { modelName: p.cheapest.modelName, modelPath: p.cheapest.modelPath, monthlyText: p.cheapest.monthlyText!, counted: p.cheapest.status === 'counted' }
      : null,
  }));
  const kinds = Object.keys(PROVIDER_KIND_WORDS)
    .map((k) => [k, pages.filter((p) => p.kind === k).length] as const)
    .filter(([, n]) => n > 0)
    .map(([k, n]) => plural(n, kindWords(k).one, kindWords(k).many));
  const title = `LLM API providers: ${plural(pages.length, 'provider')} and their prices | ${cat.site.title}`;
  const description = `Every provider that serves the ${plural(cat.models.length, 'model')} on ${cat.site.title} (${kinds.join(', ')}), with how many models each serves and its cheapest at ${workloadTokens(cat.site.workload)} a month.`;
  return {
    title,
    description,
    breadcrumbs: [{ name: 'Home', path: '/' }, INDEX_CRUMB],
    workloadText: workloadText(cat.site.workload),
    rows,
    jsonLd: {
      '@context': 'https://schema.org',
      '@type': 'CollectionPage',
      name: title,
      url: `${cat.site.url}${INDEX_CRUMB.path}`,
      description,
      isPartOf: { '@type': 'WebSite', name: cat.site.title, url: `${cat.site.url}/` },
    },
  };
}
