/**
 * The Pagefind index as built: it sits under the output folder (so under the base path), holds
 * every marked page and nothing else, pair pages contribute only their h1 and verdict headline, and
 * no page loads the search code eagerly.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { SEARCH_DIR } from '../../src/lib/compare/budget';
import { basePath, DIST, distFiles, htmlFiles, readDist, report } from './dist';

interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string>;
}

/** Every fragment in the index: a fragment file holds one page, or a group of them keyed by page hash. */
function fragments(): Fragment[] {
  const out: Fragment[] = [];
  for (const f of distFiles().filter((x) => x.startsWith(`${SEARCH_DIR}/fragment/`))) {
    const text = gunzipSync(readFileSync(join(DIST, f))).toString('utf8');
    const json = JSON.parse(text.slice(text.indexOf('{'))) as Fragment | Record<string, Fragment>;
    if (typeof (json as Fragment).url === 'string') out.push(json as Fragment);
    else out.push(...Object.values(json as Record<string, Fragment>));
  }
  return out;
}

/** "compare/a-vs-b/index.html" → "/compare/a-vs-b/" (the base-free URL Pagefind records). */
const urlOf = (rel: string) => (rel === 'index.html' ? '/' : `/${rel.replace(/index\.html$/, '')}`);
const isNoindex = (html: string) => /<meta name="robots" content="[^"]*noindex/.test(html);
const text = (html: string) => html.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/&#39;|&#x27;/g, "'").replace(/&quot;/g, '"').trim();

test('the index is in the output folder, served under the base path with the pages', () => {
  for (const f of ['pagefind.js', 'pagefind-worker.js', 'pagefind-entry.json', 'wasm.en.pagefind'])
    expect(existsSync(join(DIST, SEARCH_DIR, f)), `${SEARCH_DIR}/${f}`).toBe(true);
  // Pagefind's own UIs are not used and not shipped.
  expect(distFiles().filter((f) => /pagefind-(ui|component-ui|modular-ui|highlight)/.test(f))).toEqual([]);
  // The element's page script asks for the search code, and the search code for the index, both
  // under the base path (BASE_URL / href() carry it).
  const scripts = distFiles().filter((f) => /^_astro\/SiteSearch.*\.js$/.test(f));
  expect(scripts).toHaveLength(1);
  const element = readDist(scripts[0]!);
  expect(element).toContain('/pagefind/site-search.js');
  expect(element).not.toContain('pagefind.js');
  const code = readDist(`${SEARCH_DIR}/site-search.js`);
  expect(code).toContain('/pagefind/pagefind.js');
  expect(code).toContain('wireSearch');
  if (basePath()) for (const js of [element, code]) expect(js).toContain(basePath());
});

test('every page that marks itself is indexed, and no noindex page or the 404 page is', () => {
  const indexed = new Set(fragments().map((f) => f.url));
  const problems: string[] = [];
  let marked = 0;
  for (const rel of htmlFiles()) {
    const html = readDist(rel);
    const url = urlOf(rel);
    const hasMarker = html.includes('data-pagefind-body');
    if (hasMarker) marked++;
    if ((isNoindex(html) || rel === '404.html') && (hasMarker || indexed.has(url))) problems.push(`${url}: noindex or 404 but marked or indexed`);
    if (hasMarker && !indexed.has(url)) problems.push(`${url}: marked but not in the index`);
  }
  expect(problems, report(problems, 'indexing problems')).toEqual([]);
  expect(indexed.size).toBe(marked);
  expect(indexed.has('/404.html')).toBe(false);
});

test('a pair page contributes only its title and verdict headline; model pages their main content', () => {
  const byUrl = new Map(fragments().map((f) => [f.url, f]));
  const problems: string[] = [];
  let pairs = 0;
  for (const rel of htmlFiles().filter((f) => /^compare\/[^/]+\/index\.html$/.test(f))) {
    const html = readDist(rel);
    if (isNoindex(html)) continue;
    pairs++;
    const marked = [...html.matchAll(/<(h1|p)\b[^>]*data-pagefind-body[^>]*>(.*?)<\/\1>/g)];
    if (marked.length !== 2 || marked[0]![1] !== 'h1') problems.push(`${rel}: marks ${marked.map((m) => m[1]).join(', ')} instead of the h1 and the headline`);
    if (html.includes('<main') && /<main[^>]*data-pagefind-body/.test(html)) problems.push(`${rel}: the whole main is marked`);
    const f = byUrl.get(urlOf(rel));
    const h1 = text(marked[0]?.[2] ?? '');
    const headline = text(marked[1]?.[2] ?? '');
    if (!f) problems.push(`${rel}: not indexed`);
    else {
      if (f.meta['title'] !== h1) problems.push(`${rel}: title ${f.meta['title']} ≠ ${h1}`);
      if (f.meta['kind'] !== 'Comparison') problems.push(`${rel}: kind ${f.meta['kind']}`);
      // Pagefind joins the two marked elements with ". "; anything longer means more text got in.
      if (f.content.length > h1.length + headline.length + 4) problems.push(`${rel}: ${f.content.length} characters indexed: ${f.content.slice(0, 200)}`);
    }
  }
  expect(pairs).toBeGreaterThan(0);
  expect(problems, report(problems, 'pair pages indexed beyond title and summary')).toEqual([]);
  const model = [...byUrl.values()].find((f) => f.meta['kind'] === 'Model');
  expect(model, 'a model page in the index').toBeDefined();
  expect(model!.content.length).toBeGreaterThan(500);
});

test('no page loads the search code eagerly: no script, preload or link to pagefind/ in any page', () => {
  const problems: string[] = [];
  for (const rel of htmlFiles()) {
    const html = readDist(rel);
    if (/(src|href)="[^"]*pagefind\//.test(html) || /modulepreload[^>]*pagefind/.test(html)) problems.push(rel);
  }
  expect(problems, report(problems, 'pages referencing the search index')).toEqual([]);
  // Nor does a bundled script import it statically: only a dynamic import() in the element's script names it.
  for (const f of distFiles().filter((x) => x.startsWith('_astro/') && x.endsWith('.js'))) {
    const js = readDist(f);
    expect(/import\s*["'][^"']*pagefind|from\s*["'][^"']*pagefind/.test(js), f).toBe(false);
  }
});
