#!/usr/bin/env node
/**
 * `npm run lighthouse`: Lighthouse (performance, accessibility, best practices, SEO) on the built site
 * with Debian's chromium, for the home page, the directory, one model page and one pair page, each as
 * desktop and as mobile. Serves the folder with `astro preview` (as `npm run serve`) so the production
 * headers (CSP) apply, writes reports/lighthouse.json and prints a table. Measures; the goal is 100 everywhere.
 *
 * usage: npm run lighthouse [-- <dist folder>]     (build it first: npm run build)
 * env: CHROME_PATH (default /usr/bin/chromium), LH_PORT (default 4391)
 *
 * The model and the pair are the first of their sitemaps, so the run is the same on the same data.
 * Canonical URLs point at the production host (data/site.yaml url) while the pages are served from
 * 127.0.0.1: Lighthouse's canonical audit accepts a cross-origin canonical, so no rebuild is needed.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';

const dist = resolve(process.argv[2] ?? 'dist');
const port = Number(process.env.LH_PORT ?? 4391);
const origin = `http://127.0.0.1:${port}`;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

if (!existsSync(join(dist, 'index.html'))) {
  console.error(`lighthouse: ${dist} has no index.html; build the site first (npm run build).`);
  process.exit(1);
}

/** The first <loc> of a sitemap, as a path under the served origin (the sitemap holds production URLs). */
function firstPath(sitemap, pattern) {
  const xml = readFileSync(join(dist, sitemap), 'utf8');
  const path = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname).find((p) => pattern.test(p));
  if (!path) throw new Error(`${sitemap} lists no URL like ${pattern}`);
  return path;
}

/** Site-relative path → URL on the local server, keeping the base path the build was made for. */
const pages = [
  { name: 'home', path: '/' },
  { name: 'directory', path: '/models/' },
  { name: 'model', path: firstPath('sitemap-models.xml', /\/models\/[^/]+\/$/) },
  { name: 'pair', path: firstPath('sitemap-pairs.xml', /\/compare\/[^/]+-vs-[^/]+\/$/) },
];

async function waitFor(url, ms = 15_000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`server did not answer at ${url}`);
}

// astro preview, as `npm run serve` and the Playwright servers: it sends the headers of src/headers.ts.
const server = spawn('astro', ['preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)], {
  stdio: ['ignore', 'ignore', 'inherit'],
  env: { ...process.env, OUT_DIR: dist, ASTRO_TELEMETRY_DISABLED: '1' },
});
let chrome;
const results = [];
try {
  await waitFor(`${origin}/`);
  chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  for (const page of pages) {
    for (const formFactor of ['desktop', 'mobile']) {
      const url = `${origin}${page.path}`;
      const flags = { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES };
      const runner = await lighthouse(url, flags, formFactor === 'desktop' ? desktopConfig : undefined);
      const lhr = runner.lhr;
      const scores = Object.fromEntries(CATEGORIES.map((c) => [c, lhr.categories[c]?.score == null ? null : Math.round(lhr.categories[c].score * 100)]));
      // What kept a category below 100: the failing audits' ids, so the table says where to look.
      // Only audits that weigh in a category's score: the "insight" audits are advice, not score.
      const weighted = new Set(CATEGORIES.flatMap((c) => (lhr.categories[c]?.auditRefs ?? []).filter((r) => r.weight > 0).map((r) => r.id)));
      const failing = Object.values(lhr.audits)
        .filter((a) => weighted.has(a.id) && a.score !== null && a.score < 1)
        .map((a) => `${a.id}${a.displayValue ? ` (${a.displayValue})` : ''}`);
      const consoleErrors = (lhr.audits['errors-in-console']?.details?.items ?? []).map((i) => `${i.source ?? ''}: ${i.description ?? ''} ${i.sourceLocation?.url ?? i.url ?? ''}`.trim());
      results.push({ page: page.name, path: page.path, formFactor, ...scores, failing, consoleErrors, runtimeError: lhr.runtimeError?.message ?? null });
      console.log(`${page.name.padEnd(10)} ${formFactor.padEnd(8)} ${CATEGORIES.map((c) => String(scores[c] ?? '—').padStart(4)).join(' ')}${failing.length ? `   below 1: ${failing.join(', ')}` : ''}`);
    }
  }
} finally {
  chrome?.kill();
  server.kill();
}

mkdirSync('reports', { recursive: true });
const out = { date: new Date().toISOString(), dist, chromium: process.env.CHROME_PATH ?? '/usr/bin/chromium', categories: CATEGORIES, results };
writeFileSync('reports/lighthouse.json', `${JSON.stringify(out, null, 2)}\n`);
console.log(`\npage       form     ${CATEGORIES.map((c) => c.slice(0, 4).padStart(4)).join(' ')}   (perf, a11y, best practices, SEO; 100 is the goal)`);
console.log('wrote reports/lighthouse.json');
