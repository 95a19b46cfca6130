/**
 * Builds the Pagefind search index after every build, into `<outDir>/pagefind/`, so it always sits
 * under the base path beside the pages it indexes (`/sub/pagefind/` in `npm run build:base`).
 *
 * What gets indexed is decided in the HTML, by src/layouts/Base.astro's `search` prop: a page marks
 * its indexable parts with `data-pagefind-body` (the main content of model, provider, lab and the
 * site's own pages; only the h1 and the verdict headline of a pair page), and a page without the
 * marker (noindex pages, the 404 page) is left out: Pagefind ignores unmarked pages as soon as one
 * page carries it. Pair pages are kept to title and summary because Pagefind's memory grows with
 * the text it indexes (about 0.35 MB per full page, /work/shared/notes/performance.md).
 *
 * Only the files the `<site-search>` element needs are written: Pagefind's own UI bundles, the
 * highlighter and the unknown-language WASM are dropped, and `SEARCH_MAX_FRAGMENTS` bundles the
 * per-page fragments into a bounded number of files, so the index fits the host's file budget
 * (src/lib/compare/budget.ts counts them).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build as esbuild } from 'esbuild';
import * as pagefind from 'pagefind';
import { SEARCH_DIR, SEARCH_LANGUAGE, SEARCH_MAX_FRAGMENTS } from '../lib/compare/budget';

/**
 * Left out of every indexed page: tables (figures, prices and dates: they swelled the word index of
 * the real catalogue to 71 chunk files, and a figure is found through its model's name anyway),
 * navigation (breadcrumbs repeat every page's trail), the calculator's form and the search element.
 */
const EXCLUDE = ['table', 'nav', 'cost-calculator', 'site-search'];

/** Files Pagefind writes that nothing on the site loads (its prebuilt UIs; the WASM for pages without a language). */
const UNUSED = /^(pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)|wasm\.unknown\.pagefind|playground\/.*)$/;

export interface SearchIndexStats {
  /** HTML files read. */
  scanned: number;
  /** Pages in the index (the marked ones). */
  pages: number;
  files: number;
  bytes: number;
  seconds: number;
}

/** Indexed pages of every language, from Pagefind's entry file. */
function entryPages(content: Uint8Array): number {
  const entry = JSON.parse(new TextDecoder().decode(content)) as { languages?: Record<string, { page_count?: number }> };
  return Object.values(entry.languages ?? {}).reduce((n, l) => n + (l.page_count ?? 0), 0);
}

/** Indexes the HTML under `outDir` and writes the bundle to `outDir/pagefind/`. Throws on any Pagefind error. */
export async function writeSearchIndex(outDir: string): Promise<SearchIndexStats> {
  const started = performance.now();
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: SEARCH_LANGUAGE, maxFragments: SEARCH_MAX_FRAGMENTS, excludeSelectors: EXCLUDE });
    if (!index || errors.length) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: outDir });
    if (added.errors.length) throw new Error(`Pagefind could not index ${outDir}: ${added.errors.join('; ')}`);
    const got = await index.getFiles();
    if (got.errors.length) throw new Error(`Pagefind could not write its index: ${got.errors.join('; ')}`);
    // A stale index (a re-run over the same folder) would leave fragments of another hash behind.
    rmSync(join(outDir, SEARCH_DIR), { recursive: true, force: true });
    let files = 0;
    let bytes = 0;
    let pages = 0;
    for (const f of got.files) {
      const rel = f.path.replace(/\\/g, '/');
      if (UNUSED.test(rel)) continue;
      const target = join(outDir, SEARCH_DIR, rel);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, f.content);
      if (rel === 'pagefind-entry.json') pages = entryPages(f.content);
      files++;
      bytes += f.content.byteLength;
    }
    return { scanned: added.page_count, pages, files, bytes, seconds: (performance.now() - started) / 1000 };
  } finally {
    // Stops Pagefind's background binary so the build process can exit.
    await pagefind.close();
  }
}

/** The search element's code, loaded only when a reader first uses the field (SiteSearch.astro). */
const SEARCH_CODE = fileURLToPath(new URL('../components/search/site-search.ts', import.meta.url));
/** Where it is written, beside Pagefind's files and counted with them (SEARCH_FIXED_FILES). */
export const SEARCH_CODE_FILE = 'site-search.js';

/**
 * Bundles the search code into `outDir/pagefind/site-search.js`, minified, with the base path baked in
 * as Vite would (href() reads import.meta.env.BASE_URL). Built here rather than by Vite so that the
 * pages import it with a plain dynamic import and no preload helper.
 */
export async function writeSearchCode(outDir: string, base: string): Promise<void> {
  await esbuild({
    entryPoints: [SEARCH_CODE],
    outfile: join(outDir, SEARCH_DIR, SEARCH_CODE_FILE),
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    legalComments: 'none',
    logLevel: 'silent',
    define: { 'import.meta.env.BASE_URL': JSON.stringify(base) },
  });
}

export function searchIndex(): AstroIntegration {
  let base = '/';
  return {
    name: 'llm-versus:search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const s = await writeSearchIndex(fileURLToPath(dir));
        await writeSearchCode(fileURLToPath(dir), base);
        logger.info(`search index: ${s.pages} of ${s.scanned} pages in ${s.files} files, ${(s.bytes / 1e6).toFixed(2)} MB, ${s.seconds.toFixed(1)} s`);
      },
    },
  };
}
