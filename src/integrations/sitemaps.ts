/**
 * Writes sitemap-index.xml, one sitemap per page type (sitemap-pairs.xml, sitemap-models.xml,
 * sitemap-providers-and-labs.xml, sitemap-other.xml) and robots.txt after the build, from the HTML
 * files actually in the output folder: every listed URL exists, and a page whose head says
 * `<meta name="robots" content="noindex">` (thin pairs, the client-side compare tool) or the 404
 * page is left out. lastmod comes from the data (src/lib/pages/sitemap.ts), never the build time.
 * All URLs carry the site URL and its base path (astro.config.mjs `site` and `base`).
 */
import { closeSync, openSync, readdirSync, readSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { getPairPlan } from '../lib/compare/pairs';
import { getCatalog } from '../lib/data/load';
import { lastmodLookup, newestDate, robotsTxt, SITEMAP_KINDS, sitemapIndexXml, sitemapKind, URLS_PER_SITEMAP, urlsetXml } from '../lib/pages/sitemap';

/** Bytes read per step when looking for the robots meta: a page's <head> ends well within a few of these. */
const HEAD_CHUNK = 8192;

/** The page's <head> (or its whole text if it has none), read without loading the whole file. */
function readHead(file: string): string {
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.alloc(HEAD_CHUNK);
    let text = '';
    for (;;) {
      const n = readSync(fd, buf, 0, HEAD_CHUNK, null);
      if (n === 0) return text;
      text += buf.toString('utf8', 0, n);
      const end = text.indexOf('</head>');
      if (end >= 0) return text.slice(0, end);
    }
  } finally {
    closeSync(fd);
  }
}

const NOINDEX = /<meta\s+name="robots"\s+content="[^"]*noindex/i;

/** Base-free page paths of every HTML file under `dir` ("index.html" → "/", "a/index.html" → "/a/"). */
function htmlPages(dir: string): { path: string; file: string }[] {
  const out: { path: string; file: string }[] = [];
  for (const rel of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    if (!rel.endsWith('.html')) continue;
    const p = rel.split(/[\\/]/).join('/');
    const path = p === 'index.html' ? '/' : p.endsWith('/index.html') ? `/${p.slice(0, -'index.html'.length)}` : `/${p}`;
    out.push({ path, file: join(dir, rel) });
  }
  return out.sort((x, y) => (x.path < y.path ? -1 : x.path > y.path ? 1 : 0));
}

export function sitemaps(): AstroIntegration {
  return {
    name: 'llm-versus:sitemaps',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const cat = getCatalog();
        const lastmod = lastmodLookup(cat, getPairPlan(cat));
        const out = fileURLToPath(dir);
        // The catalogue's site URL already carries the base path (and the SITE_URL override).
        const abs = (path: string) => `${cat.site.url}${path}`;
        const groups = new Map(SITEMAP_KINDS.map((k) => [k, [] as { loc: string; lastmod: string }[]]));
        let skipped = 0;
        for (const page of htmlPages(out)) {
          if (page.path === '/404.html' || page.path === '/404/' || NOINDEX.test(readHead(page.file))) {
            skipped++;
            continue;
          }
          groups.get(sitemapKind(page.path))!.push({ loc: abs(page.path), lastmod: lastmod(page.path) });
        }
        const maps: { loc: string; lastmod: string }[] = [];
        for (const [kind, entries] of groups) {
          for (let i = 0; i * URLS_PER_SITEMAP < entries.length; i++) {
            const part = entries.slice(i * URLS_PER_SITEMAP, (i + 1) * URLS_PER_SITEMAP);
            const name = `sitemap-${kind}${i === 0 ? '' : `-${i + 1}`}.xml`;
            writeFileSync(join(out, name), urlsetXml(part));
            maps.push({ loc: abs(`/${name}`), lastmod: newestDate(part.map((e) => e.lastmod)) });
          }
        }
        writeFileSync(join(out, 'sitemap-index.xml'), sitemapIndexXml(maps));
        writeFileSync(join(out, 'robots.txt'), robotsTxt(abs('/sitemap-index.xml')));
        const counts = [...groups].map(([k, e]) => `${e.length} ${k}`).join(', ');
        logger.info(`sitemaps: ${counts}; ${skipped} noindex or error pages left out`);
      },
    },
  };
}
