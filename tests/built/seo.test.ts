/**
 * Search-engine and sharing promises of the built site (dist/ or DIST_DIR, built from DATA_DIR, with
 * SITE_URL when the build had one):
 * - sitemap-index.xml names one sitemap per page type; every sitemap URL is under the site URL (and
 *   its base path) and exists in dist/; no noindex page is in a sitemap and every indexable page is;
 * - lastmod comes from the data: a pair or model page's equals its JSON-LD dateModified, every other
 *   URL's the catalogue's newest data_as_of;
 * - robots.txt names the sitemap index;
 * - every page has exactly one absolute, self-referencing canonical and a title no other page has;
 * - every page has one JSON-LD block that parses, holds no "</script" and carries a BreadcrumbList
 *   ending at the page itself; pair pages are a WebPage about both models, dated by the later of
 *   their data_as_of; /sources/ describes the export as a Dataset;
 * - Open Graph and Twitter tags point at a 1200×630 PNG that exists in dist/.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { getPairPlan } from '../../src/lib/compare/pairs';
import { dataDir, loadCatalog } from '../../src/lib/data/load';
import { DIST, basePath, distFiles, htmlFiles, readDist, report, requireDist, resolvesInDist, siteUrl } from './dist';

const cat = loadCatalog(dataDir());
const plan = getPairPlan(cat);
const newest = cat.models.map((m) => m.data_as_of).sort().at(-1) ?? '';

/** Base-free page path of a built HTML file ("compare/a-vs-b/index.html" → "/compare/a-vs-b/"). */
const pagePath = (rel: string) => (rel === 'index.html' ? '/' : rel.endsWith('/index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`);

interface Head {
  rel: string;
  path: string;
  head: string;
  noindex: boolean;
  titles: string[];
  canonicals: string[];
  ld: string[];
  meta: Map<string, string[]>;
}

let heads: Head[] | undefined;
/** The <head> of every page, read once for all tests here. */
function allHeads(): Head[] {
  heads ??= htmlFiles().map((rel) => {
    const html = readDist(rel);
    const head = html.slice(0, Math.max(0, html.indexOf('</head>')));
    const meta = new Map<string, string[]>();
    for (const m of head.matchAll(/<meta (?:name|property)="([^"]+)" content="([^"]*)"/g)) meta.set(m[1]!, [...(meta.get(m[1]!) ?? []), m[2]!]);
    return {
      rel,
      path: pagePath(rel),
      head,
      noindex: /<meta name="robots" content="[^"]*noindex/.test(head),
      titles: [...head.matchAll(/<title>([^<]*)<\/title>/g)].map((m) => m[1]!),
      canonicals: [...head.matchAll(/<link rel="canonical" href="([^"]*)"/g)].map((m) => m[1]!),
      // JSON-LD anywhere in the page (the layout puts it in the head).
      ld: [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => m[1]!),
      meta,
    };
  });
  return heads;
}

const isErrorPage = (h: Head) => h.path === '/404.html' || h.path === '/404/';
const unescape = (s: string) => s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');

function sitemapEntries(): { file: string; loc: string; lastmod: string | undefined }[] {
  const index = readDist('sitemap-index.xml');
  const maps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
  const out: { file: string; loc: string; lastmod: string | undefined }[] = [];
  for (const url of maps) {
    const file = url.slice(siteUrl().length + 1);
    for (const m of readDist(file).matchAll(/<url><loc>([^<]+)<\/loc>(?:<lastmod>([^<]+)<\/lastmod>)?<\/url>/g)) out.push({ file, loc: m[1]!, lastmod: m[2] });
  }
  return out;
}

test('sitemap-index.xml names one sitemap per page type, each in dist/ under the site URL', () => {
  requireDist();
  const index = readDist('sitemap-index.xml');
  const maps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
  const built = distFiles().filter((f) => /^sitemap-[a-z0-9-]+\.xml$/.test(f) && f !== 'sitemap-index.xml');
  expect(maps.map((u) => u.slice(siteUrl().length + 1)).sort()).toEqual(built.sort());
  for (const kind of ['pairs', 'models', 'other']) expect(built, `a sitemap of ${kind}`).toContain(`sitemap-${kind}.xml`);
  for (const u of maps) expect(u.startsWith(`${siteUrl()}/sitemap-`), u).toBe(true);
});

test('every sitemap URL is an indexable page in dist/, in the sitemap of its type, and every indexable page is listed', () => {
  requireDist();
  const entries = sitemapEntries();
  const byPath = new Map(allHeads().map((h) => [h.path, h]));
  const problems: string[] = [];
  const listed = new Set<string>();
  for (const e of entries) {
    if (!e.loc.startsWith(`${siteUrl()}/`)) {
      problems.push(`${e.file}: ${e.loc} is not under ${siteUrl()}/`);
      continue;
    }
    const path = e.loc.slice(siteUrl().length);
    if (listed.has(path)) problems.push(`${e.file}: ${path} listed twice`);
    listed.add(path);
    if (!resolvesInDist(`${basePath()}${path}`)) problems.push(`${e.file}: ${e.loc} has no file in dist/`);
    const h = byPath.get(path);
    if (h?.noindex) problems.push(`${e.file}: ${path} is noindex`);
    const kind = /^\/compare\/[^/]+\/$/.test(path) ? 'pairs' : path.startsWith('/models/') ? 'models' : /^\/(providers|labs)\//.test(path) ? 'providers-and-labs' : 'other';
    if (!e.file.startsWith(`sitemap-${kind}`)) problems.push(`${e.file}: ${path} belongs in sitemap-${kind}.xml`);
  }
  for (const h of allHeads()) if (!h.noindex && !isErrorPage(h) && !listed.has(h.path)) problems.push(`${h.rel}: indexable but in no sitemap`);
  expect(entries.length, 'sitemap URLs').toBeGreaterThan(0);
  expect(problems.length, report(problems, 'sitemap problems')).toBe(0);
});

test('sitemap lastmod comes from the data: the page dateModified, else the catalogue newest data_as_of', () => {
  requireDist();
  const byPath = new Map(allHeads().map((h) => [h.path, h]));
  const problems: string[] = [];
  for (const e of sitemapEntries()) {
    const path = e.loc.slice(siteUrl().length);
    const h = byPath.get(path);
    const graph = h ? ldGraph(h.ld[0] ?? '{}') : [];
    const dated = graph.find((n) => typeof n['dateModified'] === 'string');
    const pair = plan.pairs.find((p) => p.path === path);
    let want = dated ? String(dated['dateModified']) : newest;
    if (pair) want = [cat.modelsById.get(pair.a)!.data_as_of, cat.modelsById.get(pair.b)!.data_as_of].sort().at(-1)!;
    if (e.lastmod !== want) problems.push(`${path}: lastmod ${e.lastmod} (want ${want})`);
  }
  expect(problems.length, report(problems, 'lastmod mismatches')).toBe(0);
});

test('robots.txt allows crawling and names the sitemap index by its absolute URL', () => {
  requireDist();
  const robots = readDist('robots.txt');
  expect(robots).toMatch(/^User-agent: \*$/m);
  expect(robots).toContain(`Sitemap: ${siteUrl()}/sitemap-index.xml\n`);
  expect(robots).not.toMatch(/^Disallow: \/\s*$/m);
});

test('every page has exactly one absolute self-referencing canonical and a title no other page has', () => {
  requireDist();
  const problems: string[] = [];
  const seen = new Map<string, string>();
  for (const h of allHeads()) {
    if (h.canonicals.length !== 1) problems.push(`${h.rel}: ${h.canonicals.length} canonical links`);
    else if (!isErrorPage(h) && h.canonicals[0] !== `${siteUrl()}${h.path}`) problems.push(`${h.rel}: canonical ${h.canonicals[0]} (want ${siteUrl()}${h.path})`);
    if (h.titles.length !== 1 || !h.titles[0]!.trim()) problems.push(`${h.rel}: ${h.titles.length} titles`);
    const t = h.titles[0] ?? '';
    if (seen.has(t)) problems.push(`${h.rel}: title "${t}" is also ${seen.get(t)}'s`);
    else seen.set(t, h.rel);
    const og = h.meta.get('og:url') ?? [];
    if (og.length !== 1 || og[0] !== h.canonicals[0]) problems.push(`${h.rel}: og:url ${og.join(', ')} is not the canonical`);
  }
  expect(problems.length, report(problems, 'canonical or title problems')).toBe(0);
});

test('every indexable page has a meta description no other page has', () => {
  requireDist();
  const problems: string[] = [];
  const seen = new Map<string, string>();
  for (const h of allHeads()) {
    const d = h.meta.get('description') ?? [];
    if (d.length !== 1 || !d[0]!.trim()) {
      problems.push(`${h.rel}: ${d.length} meta descriptions`);
      continue;
    }
    if (h.noindex) continue; // a thin pair may share wording; it is not in search results
    if (seen.has(d[0]!)) problems.push(`${h.rel}: description also ${seen.get(d[0]!)}'s: "${d[0]!.slice(0, 80)}"`);
    else seen.set(d[0]!, h.rel);
  }
  expect(problems.length, report(problems, 'description problems')).toBe(0);
});

function ldGraph(raw: string): Record<string, unknown>[] {
  const v = JSON.parse(raw) as Record<string, unknown>;
  return Array.isArray(v['@graph']) ? (v['@graph'] as Record<string, unknown>[]) : [v];
}

test('every page has one JSON-LD block: it parses, cannot close its script element, and holds a BreadcrumbList ending at the page', () => {
  requireDist();
  const problems: string[] = [];
  for (const h of allHeads()) {
    if (h.ld.length !== 1) {
      problems.push(`${h.rel}: ${h.ld.length} JSON-LD blocks`);
      continue;
    }
    const raw = h.ld[0]!;
    // jsonLdScript escapes every "<": none may be left raw, so "</script" and "<!--" cannot appear.
    if (raw.includes('<')) problems.push(`${h.rel}: JSON-LD holds a raw "<"`);
    let graph: Record<string, unknown>[];
    try {
      graph = ldGraph(raw);
    } catch (e) {
      problems.push(`${h.rel}: JSON-LD does not parse: ${(e as Error).message}`);
      continue;
    }
    const crumbs = graph.find((n) => n['@type'] === 'BreadcrumbList') as { itemListElement?: { position: number; name: string; item: string }[] } | undefined;
    const items = crumbs?.itemListElement ?? [];
    if (items.length === 0) {
      problems.push(`${h.rel}: no BreadcrumbList`);
      continue;
    }
    if (items[0]!.item !== `${siteUrl()}/`) problems.push(`${h.rel}: breadcrumbs start at ${items[0]!.item}, not the home page`);
    if (items.at(-1)!.item !== `${siteUrl()}${h.path}`) problems.push(`${h.rel}: breadcrumbs end at ${items.at(-1)!.item}, not the page`);
    items.forEach((it, i) => {
      if (it.position !== i + 1) problems.push(`${h.rel}: breadcrumb ${i} has position ${it.position}`);
      if (!it.item.startsWith(`${siteUrl()}/`)) problems.push(`${h.rel}: breadcrumb ${it.item} is not under the site URL`);
    });
    // The visible trail says the same (the home page's one-item trail is not shown).
    if (items.length > 1) {
      const nav = readDist(h.rel).match(/<nav aria-label="Breadcrumb"[\s\S]*?<\/nav>/)?.[0] ?? '';
      const names = [...nav.matchAll(/<a [^>]*>([^<]*)<\/a>/g)].map((m) => unescape(m[1]!.trim()));
      if (names.join(' / ') !== items.map((i) => i.name).join(' / ')) problems.push(`${h.rel}: visible breadcrumbs "${names.join(' / ')}" differ from the JSON-LD`);
      if (readDist(h.rel).match(/aria-label="Breadcrumb"/g)!.length !== 1) problems.push(`${h.rel}: more than one breadcrumb nav`);
    }
  }
  expect(htmlFiles().length).toBeGreaterThan(0);
  expect(problems.length, report(problems, 'JSON-LD problems')).toBe(0);
});

test('pair pages are a WebPage about both models, dated by the later of their data_as_of', () => {
  requireDist();
  const problems: string[] = [];
  for (const p of plan.pairs) {
    const h = allHeads().find((x) => x.path === p.path);
    if (!h) {
      problems.push(`${p.path}: no page`);
      continue;
    }
    const page = ldGraph(h.ld[0] ?? '{}').find((n) => n['@type'] === 'WebPage');
    const a = cat.modelsById.get(p.a)!;
    const b = cat.modelsById.get(p.b)!;
    const want = [a.data_as_of, b.data_as_of].sort().at(-1);
    if (!page) problems.push(`${p.path}: no WebPage`);
    else {
      if (page['dateModified'] !== want) problems.push(`${p.path}: dateModified ${String(page['dateModified'])} (want ${want})`);
      const about = (page['about'] as { name: string; url: string }[] | undefined) ?? [];
      if (about.map((x) => x.name).sort().join('|') !== [a.name, b.name].sort().join('|')) problems.push(`${p.path}: about ${about.map((x) => x.name).join(', ')}`);
      for (const x of about) if (!resolvesInDist(x.url.slice(new URL(siteUrl()).origin.length))) problems.push(`${p.path}: about.url ${x.url} has no page`);
      if (page['url'] !== `${siteUrl()}${p.path}`) problems.push(`${p.path}: url ${String(page['url'])}`);
    }
    if (h.meta.get('og:type')?.[0] !== 'article') problems.push(`${p.path}: og:type ${h.meta.get('og:type')?.[0]}`);
  }
  expect(problems.length, report(problems, 'pair WebPage problems')).toBe(0);
});

test('/sources/ describes the downloadable export as a Dataset with its licences and creators', () => {
  requireDist();
  const h = allHeads().find((x) => x.path === '/sources/')!;
  const ds = ldGraph(h.ld[0] ?? '{}').find((n) => n['@type'] === 'Dataset') as Record<string, unknown> | undefined;
  expect(ds, 'a Dataset on /sources/').toBeDefined();
  const dist = ds!['distribution'] as { contentUrl: string; encodingFormat: string }[];
  expect(dist.map((d) => d.contentUrl.slice(siteUrl().length)).sort()).toEqual(['/data/catalog.json', '/data/models.csv', '/data/routes.csv', '/data/scores.csv']);
  expect(ds!['license']).toEqual(cat.sources.map((s) => s.license_url));
  expect((ds!['creator'] as { name: string }[]).map((c) => c.name)).toEqual(cat.sources.map((s) => s.name));
  expect(ds!['dateModified']).toBe(newest);
  expect(ds!['url']).toBe(`${siteUrl()}/sources/`);
});

test('Open Graph and Twitter tags share a 1200×630 PNG card that exists in dist/', () => {
  requireDist();
  const problems: string[] = [];
  const images = new Set<string>();
  for (const h of allHeads()) {
    const get = (k: string) => h.meta.get(k) ?? [];
    for (const k of ['og:title', 'og:description', 'og:image', 'og:type', 'twitter:card', 'twitter:image', 'twitter:title', 'twitter:description'])
      if (get(k).length !== 1) problems.push(`${h.rel}: ${get(k).length} ${k}`);
    if (get('twitter:card')[0] !== 'summary_large_image') problems.push(`${h.rel}: twitter:card ${get('twitter:card')[0]}`);
    if (get('og:image')[0] !== get('twitter:image')[0]) problems.push(`${h.rel}: og:image and twitter:image differ`);
    if (get('og:title')[0] !== h.titles[0]) problems.push(`${h.rel}: og:title is not the title`);
    images.add(get('og:image')[0] ?? '');
  }
  expect(problems.length, report(problems, 'Open Graph problems')).toBe(0);
  for (const url of images) {
    expect(url.startsWith(`${siteUrl()}/`), `${url} is absolute under the site URL`).toBe(true);
    const rel = url.slice(siteUrl().length + 1);
    const png = readFileSync(join(DIST, rel));
    expect(png.subarray(1, 4).toString('latin1'), `${rel} is a PNG`).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)], `${rel} size`).toEqual([1200, 630]);
  }
});
