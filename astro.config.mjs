// @ts-check
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig } from 'astro/config';
import tailwindcss from '@tailwindcss/vite';
import YAML from 'yaml';
import { buildReport } from './src/integrations/build-report';
import { dataGuard } from './src/integrations/data-guard';
import { searchIndex } from './src/integrations/search-index';
import { headers } from './src/integrations/headers';
import { timeBuildDone } from './src/integrations/hook-times';
import { incrementalBuild, incrementalCacheDir } from './src/integrations/incremental';
import { SECURITY_HEADERS } from './src/headers';
import { sitemaps } from './src/integrations/sitemaps';
import { twins } from './src/integrations/twins';

const dataDir = process.env.DATA_DIR ?? 'data';
/**
 * The site URL comes from data/site.yaml so one data folder fully describes a deployment; SITE_URL
 * overrides it for one build (the catalogue loader applies the same override, so canonicals and
 * JSON-LD agree). A path in it is the base: `SITE_URL=https://me.github.io/llm-versus/` builds the
 * site to live under /llm-versus/.
 */
function siteUrl() {
  if (process.env.SITE_URL) return process.env.SITE_URL;
  try {
    const url = YAML.parse(readFileSync(join(dataDir, 'site.yaml'), 'utf8'))?.url;
    return typeof url === 'string' ? url : undefined;
  } catch {
    return undefined; // the data guard reports the problem with its file and field
  }
}

const site = siteUrl()?.replace(/\/+$/, '');
const outDir = process.env.OUT_DIR ?? './dist';

/**
 * INCREMENTAL_BUILD=1: Astro's experimental incremental build, for owners who refresh the data daily
 * and keep dist/ (and node_modules/.astro/) between builds. A pair page whose cache key
 * (src/lib/pages/pair-cache-key.ts) and code are unchanged since the last build is kept instead of
 * rendered, so a rebuild after one model's record changes renders only the pages that show it.
 * Off by default (CI, `npm run build`): the first build with it is slower than a plain one (a second
 * copy of every cached page goes to the cache folder, and pages render one at a time), so it only pays
 * from the second build on. What it needs, each set below only when it is on:
 * - `vite.build.emptyOutDir: false`: otherwise Astro empties dist/ first and copies every page back
 *   from the cache (measured: no faster than a full build, /work/shared/notes/performance.md §G);
 * - `build.concurrency: 1`: incremental builds are supported with one page at a time only
 *   (withastro/astro#17613);
 * - its own `cacheDir` per output folder and the pruning of files this build does not write
 *   (src/integrations/incremental.ts explains both).
 */
const incremental = process.env.INCREMENTAL_BUILD === '1';
const incrementalCache = incrementalCacheDir(outDir);
/** "/" at a domain's root, else the URL's path ("/llm-versus"); every href() is prefixed with it. */
const base = site ? new URL(site).pathname.replace(/\/+$/, '') || '/' : '/';

export default defineConfig({
  ...(site ? { site } : {}),
  base,
  outDir,
  ...(incremental ? { cacheDir: incrementalCache, experimental: { incrementalBuild: true } } : {}),
  trailingSlash: 'ignore',
  build: {
    // Measured on this 2-core machine: 4 overlaps file writes with rendering (~35% faster at 45k pages).
    // The incremental build wants 1 (see INCREMENTAL_BUILD above).
    concurrency: incremental ? 1 : 4,
    // One external stylesheet: lets the CSP forbid inline styles.
    inlineStylesheets: 'never',
  },
  devToolbar: { enabled: false },
  // `astro preview` (npm run serve, the Playwright servers) sends the production headers of
  // src/headers.ts; not `astro dev`, whose inline HMR scripts the CSP would block.
  // PREVIEW_HEADERS=off serves without them (the hostile build: the XSS test checks the HTML itself).
  server: ({ command }) => (command === 'preview' && process.env.PREVIEW_HEADERS !== 'off' ? { headers: { ...SECURITY_HEADERS } } : {}),
  // `astro:build:done` hooks run in this order: an incremental build first removes what earlier builds
  // left (incremental.ts); the JSON twins, the search index and _headers are written before the build
  // report counts dist/ (twins first: they are half of its files). Each hook's time is logged (hook-times.ts).
  integrations: timeBuildDone([dataGuard(), incrementalBuild(incremental, incrementalCache), twins({ incremental, keysFile: join(incrementalCache, 'twins-keys.json') }), sitemaps(), searchIndex(), headers(), buildReport()]),
  // assetsInlineLimit 0: Vite would inline the picker's small script, which the CSP (script-src 'self') blocks.
  vite: { plugins: [tailwindcss()], build: { assetsInlineLimit: 0, ...(incremental ? { emptyOutDir: false } : {}) } },
});
