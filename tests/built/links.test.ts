/**
 * Every internal reference in every page (href, src, srcset, action, poster, data starting with a
 * single `/`) resolves to a file in dist/: `/x/` → x/index.html, `/x.json` → x.json.
 */
import { expect, test } from 'vitest';
import type { DOMNode, HtmlElement } from 'html-validate';
import { ELEMENT_NODE, htmlFiles, parsePage, report, requireDist, resolvesInDist } from './dist';

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

test('every internal link and asset reference resolves to a file in dist/', async () => {
  requireDist();
  const files = htmlFiles();
  expect(files.length, 'HTML pages in dist/').toBeGreaterThan(0);
  const broken: string[] = [];
  let checked = 0;
  const ok = new Map<string, boolean>();
  for (const rel of files) {
    for (const { tag, attr, url } of internalRefs(await parsePage(rel))) {
      checked++;
      const path = url.replace(/[?#].*$/, '') || '/';
      if (!ok.has(path)) ok.set(path, resolvesInDist(path));
      if (!ok.get(path)) broken.push(`${rel}: <${tag} ${attr}="${url}">`);
    }
  }
  expect(checked, 'internal references found (the home page links to models at least)').toBeGreaterThan(0);
  expect(broken.length, report(broken, 'broken internal references')).toBe(0);
});
