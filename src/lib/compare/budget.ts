/**
 * The host's file budget (`pairs.max_pages` in data/site.yaml: the most files `dist/` may hold) and
 * what spends it. Every kind of file a build writes is counted here, so that `planPairs` can give
 * pairs whatever the rest leaves, the build report can print the files per kind, and
 * tests/built/budget.test.ts can check the prediction against the real dist/.
 */
import type { Catalog } from '../data/load';

/**
 * Files every build writes whatever the catalogue, measured on the seed build: the home, compare
 * picker, methodology, sources and 404 pages; the stylesheet and the client scripts (picker,
 * calculator, search, directory, compare and their shared chunks); `_headers`, `robots.txt`, the
 * Open Graph card and the favicon; the sitemap index and the "other" sitemap; the directory page; the five files of
 * the data export under /data/ (src/lib/export/files.ts); the price chart's shared background
 * (charts/price-<series>.svg, one: the default series). Sitemaps that depend on the catalogue are
 * counted in `expectedFiles`.
 */
export const FIXED_FILES = 28;
/** A page per model (`/models/<id>/`). */
export const FILES_PER_MODEL = 1;
/** A page per provider (`/providers/<id>/`) and per lab (`/labs/<id>/`). */
export const FILES_PER_PROVIDER = 1;
export const FILES_PER_LAB = 1;
/** The provider and lab index pages (`/providers/`, `/labs/`). */
export const LISTING_PAGES = 2;
/** Each pair page has an HTML file and a JSON twin. */
export const FILES_PER_PAIR = 2;

/** Folder of the search index under the output folder (and so under the base path). */
export const SEARCH_DIR = 'pagefind';
/** Every page is English; one language means one index and one WASM file. */
export const SEARCH_LANGUAGE = 'en';
/**
 * Pagefind writes one fragment file (a result's title, URL and text) per indexed page unless told to
 * bundle them: above this many pages it writes groups of ceil(pages / this) fragments instead. 1,000
 * keeps the index to about 1,000 fragment files for the real catalogue's ~15,000 indexed pages
 * instead of one each, while a search that shows ten results still fetches only ten small groups
 * (a group of ~16 pair summaries is a few KB).
 */
export const SEARCH_MAX_FRAGMENTS = 1000;
/**
 * pagefind.js, pagefind-worker.js, pagefind-entry.json, the language's .pf_meta and its WASM, and the
 * search element's own code (site-search.js, src/integrations/search-index.ts).
 */
export const SEARCH_FIXED_FILES = 6;
/**
 * Word-index chunk files (`pagefind/index/*.pf_index`): Pagefind splits the word list by size, so the
 * count follows the vocabulary, not the page count. Measured with Pagefind 1.6.0: 1 on the seed
 * fixture, 55–56 on the real catalogue (363 models, 183 providers and labs, 6,720 pairs; tables left
 * out of the index, 71 with them). The allowance leaves room for a larger vocabulary; tests/built/budget.test.ts fails when
 * a build needs more, and the unused rest is the budget's only slack.
 */
export const SEARCH_INDEX_CHUNKS = 80;
/** Indexed pages of the site itself whatever the catalogue: home, sources, methodology, the model directory and the provider and lab index pages. */
export const SEARCH_SITE_PAGES = 6;

/** Files Pagefind writes for `pages` indexed pages: one fragment each, bundled above SEARCH_MAX_FRAGMENTS. */
export function searchFragments(pages: number): number {
  if (pages <= SEARCH_MAX_FRAGMENTS) return pages;
  return Math.ceil(pages / Math.ceil(pages / SEARCH_MAX_FRAGMENTS));
}

export interface FileCounts {
  fixed: number;
  models: number;
  providers: number;
  labs: number;
  listings: number;
  /** One sitemap each for models, providers and labs, and pairs, when the kind has a page. */
  sitemaps: number;
  pairs: number;
  search: number;
  total: number;
}

/**
 * The files a build of `cat` writes with `pairs` pair pages of which `indexedPairs` are indexable
 * (noindex pairs get no sitemap entry and no search fragment).
 */
export function expectedFiles(cat: Catalog, pairs: number, indexedPairs: number): FileCounts {
  const models = FILES_PER_MODEL * cat.models.length;
  const providers = FILES_PER_PROVIDER * cat.providers.size;
  const labs = FILES_PER_LAB * cat.labs.size;
  const listings = LISTING_PAGES;
  const sitemaps = Number(cat.models.length > 0) + Number(cat.providers.size + cat.labs.size > 0) + Number(indexedPairs > 0);
  const indexedPages = SEARCH_SITE_PAGES + cat.models.length + cat.providers.size + cat.labs.size + indexedPairs;
  const search = SEARCH_FIXED_FILES + SEARCH_INDEX_CHUNKS + searchFragments(indexedPages);
  const pairFiles = FILES_PER_PAIR * pairs;
  const fixed = FIXED_FILES;
  return { fixed, models, providers, labs, listings, sitemaps, pairs: pairFiles, search, total: fixed + models + providers + labs + listings + sitemaps + pairFiles + search };
}

export interface FileBudget {
  /** `pairs.max_pages`: the most files dist/ may hold. */
  max: number;
  /** The most pair pages that fit, counting each as indexable (the worst case for the search index). */
  pairs: number;
  /** The files of a build with that many pairs. */
  files: FileCounts;
}

/** How many pair pages the budget leaves once every other kind of file is paid for. */
export function fileBudget(cat: Catalog): FileBudget {
  const max = cat.site.pairs.max_pages;
  const fits = (n: number) => expectedFiles(cat, n, n).total <= max;
  // The count grows with every pair (two files, and a fragment or a share of one), so the largest
  // pair count that fits is found by bisection over [0, max].
  let lo = 0;
  let hi = Math.max(0, Math.floor(max / FILES_PER_PAIR));
  if (!fits(0)) hi = 0;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits(mid)) lo = mid;
    else hi = mid - 1;
  }
  return { max, pairs: lo, files: expectedFiles(cat, lo, lo) };
}

export type FileKind = Exclude<keyof FileCounts, 'total'>;

/**
 * Which budget line a file in dist/ belongs to (its path relative to dist/, forward slashes), so
 * the build report and tests/built/budget.test.ts can set each line against its prediction.
 */
export function fileKind(rel: string): FileKind {
  if (rel.startsWith(`${SEARCH_DIR}/`)) return 'search';
  if (/^compare\/[^/]+(\/index\.html|\.json)$/.test(rel)) return 'pairs';
  if (/^models\/[^/]+\/index\.html$/.test(rel)) return 'models';
  if (/^providers\/[^/]+\/index\.html$/.test(rel)) return 'providers';
  if (/^labs\/[^/]+\/index\.html$/.test(rel)) return 'labs';
  if (/^(providers|labs)\/index\.html$/.test(rel)) return 'listings';
  if (/^sitemap-(pairs|models|providers-and-labs)(-\d+)?\.xml$/.test(rel)) return 'sitemaps';
  return 'fixed';
}

/** Files per kind of a list of dist/ paths, with the total. */
export function countByKind(rels: Iterable<string>): FileCounts {
  const c: FileCounts = { fixed: 0, models: 0, providers: 0, labs: 0, listings: 0, sitemaps: 0, pairs: 0, search: 0, total: 0 };
  for (const rel of rels) {
    c[fileKind(rel)]++;
    c.total++;
  }
  return c;
}
