/**
 * Size budgets of the built site (issue 9), over every page of each kind rather than a sample:
 * - every pair page ≤ PAIR_PAGE_GZIP, every model page ≤ MODEL_PAGE_GZIP (the HTML, gzip);
 * - all CSS files together ≤ CSS_GZIP;
 * - the JavaScript a pair or model page loads (its script tags, followed through the static imports
 *   of the built chunks, each file once) ≤ PAGE_JS_GZIP.
 * Sizes are gzip at level 9, what static hosts serve to browsers that accept it. A page over budget
 * is a design problem to fix in what the page carries, not a number to raise.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { DIST, basePath, distFiles, htmlFiles, readDist, report, requireDist } from './dist';

/** A pair page, gzip: the page most visitors land on, read on phones. */
const PAIR_PAGE_GZIP = 12 * 1024;
/** A model page, gzip: lists every pair of the model, so a little more room than a pair page. */
const MODEL_PAGE_GZIP = 15 * 1024;
/** Every stylesheet together, gzip: one Tailwind build shared by all pages. */
const CSS_GZIP = 12 * 1024;
/** Scripts a pair or model page loads, gzip: enhancements only, the page reads without them. */
const PAGE_JS_GZIP = 8 * 1024;

const gz = (data: Buffer | string): number => gzipSync(data, { level: 9 }).length;
const kb = (n: number): string => `${(n / 1024).toFixed(2)} KB`;
const pairPages = () => htmlFiles().filter((f) => /^compare\/[^/]+-vs-[^/]+\/index\.html$/.test(f));
const modelPages = () => htmlFiles().filter((f) => /^models\/[^/]+\/index\.html$/.test(f));

function pageBudget(pages: string[], budget: number, what: string): void {
  expect(pages.length, `${what} in ${DIST}`).toBeGreaterThan(0);
  const sizes = pages.map((p) => [p, gz(readFileSync(join(DIST, p)))] as const).sort((a, b) => b[1] - a[1]);
  const over = sizes.filter(([, n]) => n > budget).map(([p, n]) => `${p}: ${kb(n)}`);
  console.log(`${what}: heaviest ${sizes[0]![0]} ${kb(sizes[0]![1])} gzip (budget ${kb(budget)}), ${over.length} over`);
  expect(over.length, report(over, `${what} over ${kb(budget)} gzip`)).toBe(0);
}

test(`every pair page is at most ${PAIR_PAGE_GZIP / 1024} KB gzip`, () => {
  requireDist();
  pageBudget(pairPages(), PAIR_PAGE_GZIP, 'pair pages');
});

test(`every model page is at most ${MODEL_PAGE_GZIP / 1024} KB gzip`, () => {
  requireDist();
  pageBudget(modelPages(), MODEL_PAGE_GZIP, 'model pages');
});

test(`all CSS together is at most ${CSS_GZIP / 1024} KB gzip`, () => {
  const css = distFiles().filter((f) => f.endsWith('.css'));
  expect(css.length, 'stylesheets').toBeGreaterThan(0);
  const total = css.reduce((n, f) => n + gz(readFileSync(join(DIST, f))), 0);
  expect(total, css.join(', ')).toBeLessThanOrEqual(CSS_GZIP);
});

/** A script URL as written in the page → its file in dist/ (the base path stripped). */
function scriptFile(src: string): string {
  let p = src.replace(/[?#].*$/, '');
  const base = basePath();
  if (base && p.startsWith(`${base}/`)) p = p.slice(base.length);
  const file = join(DIST, p);
  if (!existsSync(file)) throw new Error(`script ${src} is not in ${DIST}`);
  return file;
}

const fileGzip = new Map<string, number>();
const fileImports = new Map<string, string[]>();

/** The files a page's scripts load (static imports followed) and their gzip bytes together. */
function pageScripts(html: string): { files: string[]; gzip: number } {
  const seen = new Set<string>();
  const queue = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => scriptFile(m[1]!));
  while (queue.length) {
    const f = queue.shift()!;
    if (seen.has(f)) continue;
    seen.add(f);
    if (!fileImports.has(f)) {
      const js = readFileSync(f, 'utf8');
      fileGzip.set(f, gz(js));
      // Static imports only: `import "x"`, `import {a} from "x"`, `export * from "x"`; a dynamic import() loads on demand.
      fileImports.set(f, [...js.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w*{}\s,$]*?from\s*)?["'](\.{1,2}\/[^"']+)["']/g)].map((m) => join(f, '..', m[1]!)));
    }
    queue.push(...fileImports.get(f)!);
  }
  return { files: [...seen].map((f) => f.slice(DIST.length + 1)).sort(), gzip: [...seen].reduce((n, f) => n + fileGzip.get(f)!, 0) };
}

test(`the scripts a pair or model page loads are at most ${PAGE_JS_GZIP / 1024} KB gzip together`, () => {
  requireDist();
  const pages = [...pairPages(), ...modelPages()];
  expect(pages.length).toBeGreaterThan(0);
  const over: string[] = [];
  let heaviest = { page: '', gzip: 0 };
  for (const page of pages) {
    const { files, gzip } = pageScripts(readDist(page));
    if (gzip > heaviest.gzip) heaviest = { page, gzip };
    if (gzip > PAGE_JS_GZIP) over.push(`${page}: ${kb(gzip)} (${files.join(', ')})`);
  }
  console.log(`page scripts: heaviest ${heaviest.page} ${kb(heaviest.gzip)} gzip (budget ${kb(PAGE_JS_GZIP)})`);
  expect(over.length, report(over, `pages loading over ${kb(PAGE_JS_GZIP)} of script`)).toBe(0);
});
