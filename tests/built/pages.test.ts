/**
 * One scan of every built page (tests/built/scan.ts) feeds all page-level checks.
 *
 * No rendering accident reaches a page: the visible text and the attribute values of every page are
 * free of `NaN`, `undefined`, `null` and `[object Object]`, and every JSON block (JSON-LD) parses,
 * with no such strings and (in JSON-LD) no null values inside.
 * Script and style contents are not text: only JSON blocks are read, as JSON.
 *
 * Every internal reference (href, src, srcset, action, poster, data starting with a single `/`)
 * resolves to a file in dist/: `/x/` → x/index.html, `/x.json` → x.json.
 */
import { expect, test } from 'vitest';
import { htmlFiles, readDist, report, requireDist, resolvesInDist } from './dist';
import { scanHtml, type Ref } from './scan';

let scans: { text: string[]; json: string[]; refs: (Ref & { rel: string })[] } | undefined;
/** Scans every page once for all tests in this file (tests/built/scan.ts). */
function scanAll() {
  if (!scans) {
    const all = { text: [] as string[], json: [] as string[], refs: [] as (Ref & { rel: string })[] };
    for (const rel of htmlFiles()) {
      const r = scanHtml(rel, readDist(rel));
      all.text.push(...r.text);
      all.json.push(...r.json);
      for (const ref of r.refs) all.refs.push({ rel, ...ref });
    }
    scans = all;
  }
  return scans;
}

test('no page shows NaN, undefined, null or [object Object] in text or attributes', async () => {
  requireDist();
  expect(htmlFiles().length, 'HTML pages in dist/').toBeGreaterThan(0);
  const { text } = scanAll();
  expect(text.length, report(text, 'rendering accidents')).toBe(0);
});

test('every JSON / JSON-LD block parses and holds no null, NaN, undefined or [object Object]', async () => {
  requireDist();
  expect(htmlFiles().length, 'HTML pages in dist/').toBeGreaterThan(0);
  const { json } = scanAll();
  expect(json.length, report(json, 'JSON block problems')).toBe(0);
});

test('every internal link and asset reference resolves to a file in dist/', async () => {
  requireDist();
  expect(htmlFiles().length, 'HTML pages in dist/').toBeGreaterThan(0);
  const { refs } = scanAll();
  const broken: string[] = [];
  const ok = new Map<string, boolean>();
  for (const { rel, tag, attr, url } of refs) {
    const path = url.replace(/[?#].*$/, '') || '/';
    if (!ok.has(path)) ok.set(path, resolvesInDist(path));
    if (!ok.get(path)) broken.push(`${rel}: <${tag} ${attr}="${url}">`);
  }
  expect(refs.length, 'internal references found (the home page links to models at least)').toBeGreaterThan(0);
  expect(broken.length, report(broken, 'broken internal references')).toBe(0);
});
