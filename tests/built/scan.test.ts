/**
 * The page scan (scan.ts) finds what pages.test.ts relies on it to find: planted faults in each
 * place a rendering accident can hide, and nothing in a clean page. Needs no build.
 */
import { expect, test } from 'vitest';
import { scanHtml } from './scan';

const page = (body: string, head = '') => `<!DOCTYPE html><html lang="en"><head><title>t</title>${head}</head><body>${body}</body></html>`;

test('a clean page gives no finding and lists its root-relative references only', () => {
  const s = scanHtml('p', page('<a href="/models/x/?a=1&amp;b=2">Null hypothesis? no: nullable</a><img src="//cdn/x.png" alt=""><a href="https://x/">x</a><img srcset="/a.png 1x, /b.png 2x" alt="">', '<script type="application/ld+json">{"a":"b","n":1}</script><script>let x = undefined; null;</script><style>a::after{content:"NaN"}</style>'));
  expect(s.text).toEqual([]);
  expect(s.json).toEqual([]);
  expect(s.refs.map((r) => `${r.tag} ${r.attr} ${r.url}`)).toEqual(['a href /models/x/?a=1&b=2', 'img srcset /a.png', 'img srcset /b.png']);
});

test.each([
  ['text', '<p>Costs $NaN a month</p>'],
  ['text after an element', '<p><b>x</b> undefined</p>'],
  ['attribute value', '<a href="/x/" title="null">x</a>'],
  ['attribute value in single quotes', "<a href='/x/' data-v='[object Object]'>x</a>"],
  ['unquoted attribute value', '<td data-n=NaN>x</td>'],
  ['attribute name', '<p undefined>x</p>'],
])('finds a rendering accident in %s', (_, body) => {
  const s = scanHtml('p', page(body));
  expect(s.text).toHaveLength(1);
});

test.each([
  ['null in JSON-LD', '<script type="application/ld+json">{"name":null}</script>', 'is null'],
  ['NaN text in JSON', '<script type="application/json">{"v":["NaN"]}</script>', 'NaN'],
  ['JSON that does not parse', '<script type="application/ld+json">{"a":}</script>', 'does not parse'],
])('finds %s', (_, head, msg) => {
  const s = scanHtml('p', page('<p>x</p>', head));
  expect(s.json).toHaveLength(1);
  expect(s.json[0]).toContain(msg);
});

test('null in a plain JSON data block is allowed (scripts read it), not in JSON-LD', () => {
  expect(scanHtml('p', page('', '<script type="application/json">{"v":null}</script>')).json).toEqual([]);
});
