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
/** "/" at a domain's root, else the URL's path ("/llm-versus"); every href() is prefixed with it. */
const base = site ? new URL(site).pathname.replace(/\/+$/, '') || '/' : '/';

export default defineConfig({
  ...(site ? { site } : {}),
  base,
  outDir: process.env.OUT_DIR ?? './dist',
  trailingSlash: 'ignore',
  build: {
    // Measured on this 2-core machine: 4 overlaps file writes with rendering (~35% faster at 45k pages).
    concurrency: 4,
    // One external stylesheet: lets the CSP forbid inline styles.
    inlineStylesheets: 'never',
  },
  devToolbar: { enabled: false },
  // `astro preview` (npm run serve, the Playwright servers) sends the production headers of
  // src/headers.ts; not `astro dev`, whose inline HMR scripts the CSP would block.
  // PREVIEW_HEADERS=off serves without them (the hostile build: the XSS test checks the HTML itself).
  server: ({ command }) => (command === 'preview' && process.env.PREVIEW_HEADERS !== 'off' ? { headers: { ...SECURITY_HEADERS } } : {}),
  // `astro:build:done` hooks run in this order: the JSON twins, the search index and _headers are
  // written before the build report counts dist/ (twins first: they are half of its files).
  integrations: [dataGuard(), twins(), sitemaps(), searchIndex(), headers(), buildReport()],
  // assetsInlineLimit 0: Vite would inline the picker's small script, which the CSP (script-src 'self') blocks.
  vite: { plugins: [tailwindcss()], build: { assetsInlineLimit: 0 } },
});
