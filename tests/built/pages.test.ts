/**
 * One parse of every built page feeds all page-level checks (parsing ~7,700 pages is the slow part).
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
import type { DOMNode, HtmlElement } from 'html-validate';
import { ELEMENT_NODE, TEXT_NODE, htmlFiles, parsePage, report, requireDist, resolvesInDist } from './dist';

const FORBIDDEN = /\bNaN\b|\bundefined\b|\bnull\b|\[object Object\]/;

function jsonProblems(value: unknown, path: string, ld: boolean, out: string[]): void {
  if (value === null) {
    if (ld) out.push(`${path} is null`);
  } else if (typeof value === 'string') {
    if (FORBIDDEN.test(value)) out.push(`${path} = ${JSON.stringify(value.slice(0, 80))}`);
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => jsonProblems(v, `${path}[${i}]`, ld, out));
  } else if (typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) jsonProblems(v, `${path}.${k}`, ld, out);
  }
}

function scanPage(rel: string, root: HtmlElement): { text: string[]; json: string[] } {
  const text: string[] = [];
  const json: string[] = [];
  const visit = (node: DOMNode) => {
    for (const child of node.childNodes) {
      if (child.nodeType === TEXT_NODE) {
        const t = child.textContent;
        const m = FORBIDDEN.exec(t);
        if (m) text.push(`${rel}: text "${t.trim().slice(0, 100)}" contains ${m[0]}`);
      } else if (child.nodeType === ELEMENT_NODE) {
        const el = child as HtmlElement;
        for (const a of el.attributes) {
          const v = typeof a.value === 'string' ? a.value : (a.value?.toString() ?? '');
          const m = FORBIDDEN.exec(v) ?? FORBIDDEN.exec(a.key);
          if (m) text.push(`${rel}: <${el.tagName} ${a.key}="${v.slice(0, 100)}"> contains ${m[0]}`);
        }
        if (el.tagName === 'script' || el.tagName === 'style') {
          const type = (el.getAttributeValue('type') ?? '').toLowerCase();
          if (el.tagName === 'script' && /(^|\/|\+)json$/.test(type)) {
            const ld = type === 'application/ld+json';
            try {
              jsonProblems(JSON.parse(el.textContent), `${rel} <script type="${type}">`, ld, json);
            } catch (e) {
              json.push(`${rel}: <script type="${type}"> does not parse: ${(e as Error).message}`);
            }
          }
          continue; // code and CSS are not visible text
        }
        visit(el);
      }
    }
  };
  visit(root);
  return { text, json };
}

const URL_ATTRS = new Set(['href', 'src', 'action', 'formaction', 'poster', 'data', 'srcset', 'imagesrcset']);

function internalRefs(root: HtmlElement): { tag: string; attr: string; url: string }[] {
  const refs: { tag: string; attr: string; url: string }[] = [];
  const visit = (node: DOMNode) => {
    for (const child of node.childNodes) {
      if (child.nodeType !== ELEMENT_NODE) continue;
      const el = child as HtmlElement;
      for (const a of el.attributes) {
        if (!URL_ATTRS.has(a.key) || typeof a.value !== 'string') continue;
        const urls = a.key.endsWith('srcset') ? a.value.split(',').map((c) => c.trim().split(/\s+/)[0] ?? '') : [a.value.trim()];
        for (const url of urls) if (url.startsWith('/') && !url.startsWith('//')) refs.push({ tag: el.tagName, attr: a.key, url });
      }
      visit(el);
    }
  };
  visit(root);
  return refs;
}

type Ref = { rel: string; tag: string; attr: string; url: string };
let scans: Promise<{ text: string[]; json: string[]; refs: Ref[] }> | undefined;
/** Parses every page once for all tests in this file. */
function scanAll() {
  scans ??= (async () => {
    const all = { text: [] as string[], json: [] as string[], refs: [] as Ref[] };
    for (const rel of htmlFiles()) {
      const root = await parsePage(rel);
      const r = scanPage(rel, root);
      all.text.push(...r.text);
      all.json.push(...r.json);
      for (const ref of internalRefs(root)) all.refs.push({ rel, ...ref });
    }
    return all;
  })();
  return scans;
}

test('no page shows NaN, undefined, null or [object Object] in text or attributes', async () => {
  requireDist();
  expect(htmlFiles().length, 'HTML pages in dist/').toBeGreaterThan(0);
  const { text } = await scanAll();
  expect(text.length, report(text, 'rendering accidents')).toBe(0);
});

test('every JSON / JSON-LD block parses and holds no null, NaN, undefined or [object Object]', async () => {
  requireDist();
  expect(htmlFiles().length, 'HTML pages in dist/').toBeGreaterThan(0);
  const { json } = await scanAll();
  expect(json.length, report(json, 'JSON block problems')).toBe(0);
});

test('every internal link and asset reference resolves to a file in dist/', async () => {
  requireDist();
  expect(htmlFiles().length, 'HTML pages in dist/').toBeGreaterThan(0);
  const { refs } = await scanAll();
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
