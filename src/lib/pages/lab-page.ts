/**
 * Lab pages (`/labs/<id>/`) and their index (`/labs/`): a lab's models newest first with a key
 * fact or two from their model views (context, cheapest monthly figure), the lab's own APIs, and
 * the lab's best comparisons: the pair pages of the pair plan that involve its models, in the
 * plan's own order (rival score, then slug, as `plan.byModel` sorts them).
 *
 * Pure: reads the catalogue, the model views and the pair plan; the routes only lay the result out.
 */
import { providerOwners, workloadTokens } from '../cost';
import { collectionPageJsonLd, fitHtmlTitle } from './titles';
import type { PairPlan, PlannedPair } from '../compare/pairs';
import type { Catalog } from '../data/load';
import { formatDate, formatYesNo, plural, sentenceCase } from '../format';
import { compareDates } from '../schema/shared';
import { estimateCell, labPath, providerPath } from '../views/listing';
import { getModelView } from '../views/model';
import { newestDate } from './sitemap';

/**
 * How many comparisons a lab page lists: enough to show its closest match-ups, not every pair of a
 * large lab (OpenAI's models are on hundreds); each model page links all of its own.
 */
export const LAB_BEST_PAIRS = 12;

/**
 * How many comparisons against other labs a lab page adds when its best pairs are mostly between its
 * own models (Anthropic's top twelve are all Claude vs Claude): a buyer also wants the rivals.
 */
export const LAB_RIVAL_PAIRS = 6;

export interface LabModelRow {
  id: string;
  name: string;
  path: string;
  released: string;
  releasedText: string;
  status: string;
  contextText: string | null;
  /** "$87.00", "Free tier only", or null (not sourced). */
  costText: string | null;
  /** "via DeepInfra" when there is an estimate. */
  costVia: string | null;
  openWeights: string | null;
  dataAsOf: string;
}

export interface LabPairRow {
  path: string;
  /** The lab's model first, then its rival (for a pair of two of the lab's models, in the plan's order). */
  ownName: string;
  rivalName: string;
  rivalLabName: string;
  /** Both models are this lab's. */
  sameLab: boolean;
}

export interface LabPage {
  id: string;
  name: string;
  url: string;
  path: string;
  models: LabModelRow[];
  newest: LabModelRow | null;
  /** The lab's own APIs (first-party providers serving mostly its models). */
  apis: { id: string; name: string; path: string }[];
  pairs: LabPairRow[];
  /** The next best pairs against other labs' models, in plan order, so that with `pairs` at least LAB_RIVAL_PAIRS rival pairs show (when there are that many). */
  rivalPairs: LabPairRow[];
  /** Indexable planned pairs involving the lab's models, before the LAB_BEST_PAIRS cap. */
  pairsTotal: number;
  workloadTokens: string;
  title: string;
  description: string;
  breadcrumbs: { name: string; path: string }[];
  /** The newest data date of the lab's models: the page's dateModified and sitemap lastmod. */
  dateModified: string;
  jsonLd: object;
}

export interface LabIndexRow {
  id: string;
  name: string;
  path: string;
  modelCount: number;
  newest: { name: string; path: string; releasedText: string } | null;
}

export interface LabIndex {
  title: string;
  description: string;
  breadcrumbs: { name: string; path: string }[];
  rows: LabIndexRow[];
  jsonLd: object;
}

const INDEX_CRUMB = { name: 'Labs', path: '/labs/' };

/** Newest release first; a month-only date sorts as the month's first day (compareDates); name breaks ties. */
const newestFirst = (x: LabModelRow, y: LabModelRow) => compareDates(y.released, x.released) || x.name.localeCompare(y.name, 'en');

/** The plan's own order of pairs (as planPairs sorts `byModel`): rival score, best first, then slug. */
const planOrder = (x: PlannedPair, y: PlannedPair) => y.score - x.score || x.slug.localeCompare(y.slug);

function modelRows(cat: Catalog, labId: string): LabModelRow[] {
  return cat.models
    .filter((m) => m.lab === labId)
    .map((m): LabModelRow => {
      const v = getModelView(cat, m.id);
      return {
        id: v.id,
        name: v.name,
        path: v.url,
        released: v.released,
        releasedText: formatDate(v.released),
        status: sentenceCase(v.status),
        contextText: v.contextText !== null ? `${v.contextText} tokens` : null,
        costText: estimateCell(v),
        costVia: v.cost.route ? `via ${v.cost.route.providerName}` : null,
        openWeights: formatYesNo(v.openWeights),
        dataAsOf: v.dataAsOf,
      };
    })
    .sort(newestFirst);
}

function pairRows(cat: Catalog, plan: PairPlan, labId: string, ids: ReadonlySet<string>): { rows: LabPairRow[]; rivals: LabPairRow[]; total: number } {
  const seen = new Map<string, PlannedPair>();
  for (const id of ids) for (const p of plan.byModel.get(id) ?? []) if (!p.noindex) seen.set(p.slug, p);
  const ordered = [...seen.values()].sort(planOrder);
  const name = (id: string) => cat.modelsById.get(id)?.name ?? id;
  const row = (p: PlannedPair): LabPairRow => {
    const own = ids.has(p.a) ? p.a : p.b;
    const rival = own === p.a ? p.b : p.a;
    const rivalLab = cat.modelsById.get(rival)?.lab ?? '';
    return { path: p.path, ownName: name(own), rivalName: name(rival), rivalLabName: cat.labs.get(rivalLab)?.name ?? rivalLab, sameLab: rivalLab === labId };
  };
  const rows = ordered.slice(0, LAB_BEST_PAIRS).map(row);
  const rivals = ordered
    .slice(LAB_BEST_PAIRS)
    .map(row)
    .filter((r) => !r.sameLab)
    .slice(0, Math.max(0, LAB_RIVAL_PAIRS - rows.filter((r) => !r.sameLab).length));
  return { rows, rivals, total: ordered.length };
}

export function labPage(cat: Catalog, plan: PairPlan, id: string): LabPage {
  const lab = cat.labs.get(id);
  if (!lab) throw new Error(`Unknown lab id "${id}"`);
  const models = modelRows(cat, id);
  const ids = new Set(models.map((m) => m.id));
  const { rows: pairs, rivals: rivalPairs, total: pairsTotal } = pairRows(cat, plan, id, ids);
  const owners = providerOwners(cat);
  const apis = [...cat.providers.values()]
    .filter((p) => p.kind === 'first-party' && owners?.get(p.id) === id)
    .map((p) => ({ id: p.id, name: p.name, path: providerPath(p.id) }))
    .sort((x, y) => x.name.localeCompare(y.name, 'en'));
  const newest = models[0] ?? null;
  const modelsText = plural(models.length, 'model');
  const title = fitHtmlTitle(
    newest
      ? [
          `${lab.name} models: ${modelsText}, newest ${newest.name} | ${cat.site.title}`,
          `${lab.name} models: ${modelsText}, newest ${newest.name}`,
          `${lab.name} models: ${modelsText} | ${cat.site.title}`,
        ]
      : [`${lab.name} models | ${cat.site.title}`],
    `${lab.name} models: ${modelsText}`,
  );
  const priced = models.filter((m) => m.costVia !== null).length;
  const pricedText =
    priced === models.length ? (priced === 1 ? 'It has' : 'All have') : priced === 0 ? 'None has' : `${priced} of them have`;
  const description =
    `${lab.name} has ${modelsText} on ${cat.site.title}${newest ? `, the newest ${newest.name} (${newest.releasedText})` : ''}. ` +
    `${pricedText} a monthly estimate at ${workloadTokens(cat.site.workload)}` +
    (pairsTotal > 0 ? `; ${plural(pairsTotal, 'head-to-head comparison')}.` : '.');
  const path = labPath(id);
  const dateModified = newestDate(models.map((m) => m.dataAsOf));
  const jsonLd = collectionPageJsonLd(cat.site, { title, path, description, dateModified }, lab);
  return {
    id,
    name: lab.name,
    url: lab.url,
    path,
    models,
    newest,
    apis,
    pairs,
    rivalPairs,
    pairsTotal,
    workloadTokens: workloadTokens(cat.site.workload),
    title,
    description,
    breadcrumbs: [{ name: 'Home', path: '/' }, INDEX_CRUMB, { name: lab.name, path }],
    dateModified,
    jsonLd,
  };
}

const pagesCache = new WeakMap<Catalog, Map<string, LabPage>>();

/** Every lab's page, built once per catalogue (the index and each route read the same objects). */
export function getLabPages(cat: Catalog, plan: PairPlan): Map<string, LabPage> {
  let pages = pagesCache.get(cat);
  if (!pages) {
    pages = new Map([...cat.labs.keys()].sort().map((id) => [id, labPage(cat, plan, id)]));
    pagesCache.set(cat, pages);
  }
  return pages;
}

export function labIndex(cat: Catalog, plan: PairPlan): LabIndex {
  const pages = [...getLabPages(cat, plan).values()].sort((x, y) => x.name.localeCompare(y.name, 'en') || x.id.localeCompare(y.id));
  const rows = pages.map((p): LabIndexRow => ({
    id: p.id,
    name: p.name,
    path: p.path,
    modelCount: p.models.length,
    newest: p.newest ? { name: p.newest.name, path: p.newest.path, releasedText: p.newest.releasedText } : null,
  }));
  const title = `AI labs: ${plural(pages.length, 'lab')} and their models | ${cat.site.title}`;
  const description = `The ${plural(pages.length, 'lab')} behind the ${plural(cat.models.length, 'model')} on ${cat.site.title}, with how many models each has and its newest release.`;
  return {
    title,
    description,
    breadcrumbs: [{ name: 'Home', path: '/' }, INDEX_CRUMB],
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
