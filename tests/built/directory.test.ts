/**
 * The model directory (/models/) in the built site: one row per model page, a data block the script
 * can read for every row, and a size that stays reasonable for a page holding every model.
 */
import { gzipSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { htmlFiles, readDist, requireDist } from './dist';

/**
 * The directory page's HTML, gzip. The real catalogue's 363 models measured 33 KB (192 KB raw); this
 * leaves room for about twice as many models before the page needs paging or a lighter table.
 */
const DIRECTORY_PAGE_BUDGET_GZIP = 64 * 1024;
/** The directory's own script and its chunks: the <model-directory> logic measured 4 KB gzip. */
const DIRECTORY_JS_BUDGET_GZIP = 8 * 1024;

const page = () => readDist('models/index.html');

test('the directory has one row per model page, each linking to it, and data for every row', () => {
  requireDist();
  const html = page();
  const modelPages = htmlFiles()
    .filter((f) => /^models\/[^/]+\/index\.html$/.test(f))
    .map((f) => f.slice('models/'.length, -'/index.html'.length));
  const tbody = /<tbody>([\s\S]*?)<\/tbody>/.exec(html)?.[1] ?? '';
  const linked = [...tbody.matchAll(/<th scope="row"><a href="[^"]*\/models\/([^/"]+)\/">/g)].map((m) => m[1]);
  expect(linked.sort()).toEqual(modelPages.sort());
  const data = JSON.parse(/<script type="application\/json" data-dir-data>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? 'null') as { r: unknown[] };
  expect(data.r.length).toBe(linked.length);
});

test('the directory page and its script stay within their gzip budgets', () => {
  requireDist();
  const html = page();
  expect(gzipSync(html, { level: 9 }).length).toBeLessThanOrEqual(DIRECTORY_PAGE_BUDGET_GZIP);
  const scripts = [...html.matchAll(/<script\b[^>]*\bsrc="[^"]*\/(_astro\/[^"]+)"/g)].map((m) => m[1]!);
  expect(scripts.length).toBeGreaterThan(0);
  let gzip = 0;
  const seen = new Set<string>();
  const queue = [...scripts];
  while (queue.length) {
    const f = queue.shift()!;
    if (seen.has(f)) continue;
    seen.add(f);
    const js = readDist(f);
    gzip += gzipSync(js, { level: 9 }).length;
    for (const m of js.matchAll(/(?:import|from)\s*["']\.\/([^"']+)["']/g)) queue.push(`_astro/${m[1]}`);
  }
  expect(gzip, [...seen].join(', ')).toBeLessThanOrEqual(DIRECTORY_JS_BUDGET_GZIP);
});
