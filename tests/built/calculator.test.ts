/**
 * The cost calculator's footprint in the built site:
 * - all enhancement scripts a pair or model page loads (their files and the chunks they import),
 *   together, stay within ENHANCEMENT_JS_BUDGET_GZIP;
 * - every pair and model page carries one calculator data block, which parses, names the page's
 *   models and holds their routes (so the browser can recompute what the static page states).
 */
import { gzipSync } from 'node:zlib';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { DIST, htmlFiles, readDist, requireDist } from './dist';

/** Scripts are an enhancement: 8 KB gzip for everything a page loads keeps them a rounding error beside the HTML. */
const ENHANCEMENT_JS_BUDGET_GZIP = 8 * 1024;

const DATA = /<script type="application\/json" data-calc-data>([\s\S]*?)<\/script>/g;
const pairPages = () => htmlFiles().filter((f) => /^compare\/[^/]+-vs-[^/]+\/index\.html$/.test(f));
const modelPages = () => htmlFiles().filter((f) => /^models\/[^/]+\/index\.html$/.test(f));

/** A script URL as a file in dist/ (the site may be built under a base path). */
function scriptFile(src: string): string {
  const p = src.replace(/[?#].*$/, '');
  const direct = join(DIST, p);
  if (existsSync(direct)) return direct;
  const withoutBase = join(DIST, p.replace(/^\/[^/]+/, ''));
  if (existsSync(withoutBase)) return withoutBase;
  throw new Error(`script ${src} is not in ${DIST}`);
}

/** Gzip bytes of a page's scripts and every chunk they import statically, each file counted once. */
function pageScriptBytes(html: string): { files: string[]; gzip: number } {
  const seen = new Set<string>();
  const queue = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => scriptFile(m[1]!));
  while (queue.length) {
    const f = queue.shift()!;
    if (seen.has(f)) continue;
    seen.add(f);
    const js = readFileSync(f, 'utf8');
    for (const m of js.matchAll(/(?:import|from)\s*["'](\.{1,2}\/[^"']+)["']/g)) queue.push(join(f, '..', m[1]!));
  }
  const gzip = [...seen].reduce((n, f) => n + gzipSync(readFileSync(f), { level: 9 }).length, 0);
  return { files: [...seen].map((f) => f.slice(DIST.length + 1)), gzip };
}

test('a pair page and a model page load at most 8 KB (gzip) of script, imports included', () => {
  requireDist();
  for (const page of [pairPages()[0], modelPages()[0]]) {
    expect(page, 'a pair page and a model page are built').toBeDefined();
    const { files, gzip } = pageScriptBytes(readDist(page!));
    expect(files.length, `${page} loads the calculator`).toBeGreaterThan(0);
    expect(gzip, `${page}: ${files.join(', ')}`).toBeLessThanOrEqual(ENHANCEMENT_JS_BUDGET_GZIP);
  }
});

test('every pair and model page carries one calculator data block with its models and their routes', () => {
  requireDist();
  const pages = [...pairPages(), ...modelPages()];
  expect(pages.length).toBeGreaterThan(0);
  const problems: string[] = [];
  for (const page of pages) {
    const blocks = [...readDist(page).matchAll(DATA)];
    if (blocks.length !== 1) {
      problems.push(`${page}: ${blocks.length} data blocks`);
      continue;
    }
    const data = JSON.parse(blocks[0]![1]!) as { kind: string; ids: string[]; slice: { models: [string, { routes: unknown[] }][] } };
    const expected = page.startsWith('compare/') ? 'pair' : 'model';
    const ids = data.slice.models.map(([id]) => id);
    if (data.kind !== expected || ids.join() !== data.ids.join() || data.ids.length !== (expected === 'pair' ? 2 : 1))
      problems.push(`${page}: kind ${data.kind}, ids ${data.ids.join()}, slice ${ids.join()}`);
    if (expected === 'pair' && page !== `compare/${data.ids.join('-vs-')}/index.html`) problems.push(`${page}: data for ${data.ids.join(' vs ')}`);
  }
  expect(problems).toEqual([]);
});
