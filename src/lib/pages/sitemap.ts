/**
 * What the sitemaps say about each page: which sitemap it belongs in (by page type) and its
 * `lastmod`, taken from the data (the newest `data_as_of` of the models the page shows), never
 * from the build time, so a rebuild of unchanged data does not claim every page changed.
 */
import type { PairPlan } from '../compare/pairs';
import type { Catalog } from '../data/load';
import { compareDates } from '../schema/shared';

/** The sitemap files under sitemap-index.xml, one per page type. */
export const SITEMAP_KINDS = ['pairs', 'models', 'providers-and-labs', 'other'] as const;
export type SitemapKind = (typeof SITEMAP_KINDS)[number];

/** The sitemaps protocol's limit on URLs per file; a kind with more is split into numbered files. */
export const URLS_PER_SITEMAP = 50_000;

/** Which sitemap a base-free page path ("/compare/a-vs-b/") belongs in. */
export function sitemapKind(path: string): SitemapKind {
  if (/^\/compare\/[^/]+\/$/.test(path)) return 'pairs';
  if (path.startsWith('/models/')) return 'models';
  if (path.startsWith('/providers/') || path.startsWith('/labs/')) return 'providers-and-labs';
  return 'other';
}

const later = (x: string | undefined, y: string): string => (x === undefined || compareDates(y, x) > 0 ? y : x);

/**
 * lastmod for every page path the data knows: a pair page the later of its two models' dates, a
 * model page its own, a provider or lab page its newest model's, every other page the catalogue's
 * newest. Returns a lookup; an unknown path under /models/, /providers/ or /labs/ falls back to the
 * catalogue's newest date too (a directory page lists every model).
 */
export function lastmodLookup(cat: Catalog, plan: PairPlan): (path: string) => string {
  const byModel = new Map<string, string>();
  const byLab = new Map<string, string>();
  const byProvider = new Map<string, string>();
  let newest: string | undefined;
  for (const m of cat.models) {
    byModel.set(m.id, m.data_as_of);
    byLab.set(m.lab, later(byLab.get(m.lab), m.data_as_of));
    for (const r of m.routes) byProvider.set(r.provider, later(byProvider.get(r.provider), m.data_as_of));
    newest = later(newest, m.data_as_of);
  }
  const byPath = new Map<string, string>();
  for (const p of plan.pairs) byPath.set(p.path, later(byModel.get(p.a), byModel.get(p.b) ?? ''));
  for (const [id, d] of byModel) byPath.set(`/models/${id}/`, d);
  for (const [id, d] of byLab) byPath.set(`/labs/${id}/`, d);
  for (const [id, d] of byProvider) byPath.set(`/providers/${id}/`, d);
  const fallback = newest ?? '';
  return (path) => byPath.get(path) ?? fallback;
}

/** One sitemap file's XML: `entries` are absolute URLs with their lastmod (escaped: URLs come from ids). */
export function urlsetXml(entries: readonly { loc: string; lastmod: string }[]): string {
  const rows = entries.map((e) => `<url><loc>${xmlEscape(e.loc)}</loc>${e.lastmod ? `<lastmod>${e.lastmod}</lastmod>` : ''}</url>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${rows.join('\n')}\n</urlset>\n`;
}

/** The index naming each sitemap file, with the newest lastmod of its URLs. */
export function sitemapIndexXml(maps: readonly { loc: string; lastmod: string }[]): string {
  const rows = maps.map((m) => `<sitemap><loc>${xmlEscape(m.loc)}</loc>${m.lastmod ? `<lastmod>${m.lastmod}</lastmod>` : ''}</sitemap>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${rows.join('\n')}\n</sitemapindex>\n`;
}

/** robots.txt: everything may be crawled; the sitemap index is named by its absolute URL. */
export function robotsTxt(sitemapIndexUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${sitemapIndexUrl}\n`;
}

export function xmlEscape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** The newest of some dates (for a sitemap's entry in the index). */
export function newestDate(dates: Iterable<string>): string {
  let n: string | undefined;
  for (const d of dates) if (d) n = later(n, d);
  return n ?? '';
}
