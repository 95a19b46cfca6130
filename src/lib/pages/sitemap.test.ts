import { describe, expect, test } from 'vitest';
import { getPairPlan } from '../compare/pairs';
import { loadCatalog } from '../data/load';
import { lastmodLookup, newestDate, robotsTxt, sitemapIndexXml, sitemapKind, urlsetXml, xmlEscape } from './sitemap';

describe('sitemapKind', () => {
  test('sorts pages by type', () => {
    expect(sitemapKind('/compare/a-vs-b/')).toBe('pairs');
    expect(sitemapKind('/compare/')).toBe('other');
    expect(sitemapKind('/models/')).toBe('models');
    expect(sitemapKind('/models/phi-4/')).toBe('models');
    expect(sitemapKind('/providers/')).toBe('providers-and-labs');
    expect(sitemapKind('/labs/microsoft/')).toBe('providers-and-labs');
    expect(sitemapKind('/')).toBe('other');
    expect(sitemapKind('/sources/')).toBe('other');
  });
});

describe('lastmodLookup', () => {
  const cat = loadCatalog('tests/fixtures/seed');
  const plan = getPairPlan(cat);
  const lastmod = lastmodLookup(cat, plan);
  const date = (id: string) => cat.modelsById.get(id)!.data_as_of;

  test('a pair page: the later data date of its two models', () => {
    for (const p of plan.pairs) expect(lastmod(p.path)).toBe([date(p.a), date(p.b)].sort().at(-1));
  });
  test('a model page: its own data date', () => {
    for (const m of cat.models) expect(lastmod(`/models/${m.id}/`)).toBe(m.data_as_of);
  });
  test('a lab or provider page: its newest model; other pages: the catalogue newest', () => {
    const lab = cat.models[0]!.lab;
    expect(lastmod(`/labs/${lab}/`)).toBe(newestDate(cat.models.filter((m) => m.lab === lab).map((m) => m.data_as_of)));
    const provider = cat.models.flatMap((m) => m.routes)[0]!.provider;
    expect(lastmod(`/providers/${provider}/`)).toBe(newestDate(cat.models.filter((m) => m.routes.some((r) => r.provider === provider)).map((m) => m.data_as_of)));
    expect(lastmod('/sources/')).toBe(newestDate(cat.models.map((m) => m.data_as_of)));
  });
});

describe('XML', () => {
  test('URLs are escaped, lastmod is optional', () => {
    expect(urlsetXml([{ loc: 'https://x.dev/a?b=1&c=<2>', lastmod: '2026-01-02' }])).toContain('<url><loc>https://x.dev/a?b=1&amp;c=&lt;2&gt;</loc><lastmod>2026-01-02</lastmod></url>');
    expect(sitemapIndexXml([{ loc: 'https://x.dev/sitemap-pairs.xml', lastmod: '' }])).toContain('<sitemap><loc>https://x.dev/sitemap-pairs.xml</loc></sitemap>');
    expect(xmlEscape(`"'`)).toBe('&quot;&apos;');
  });
  test('robots.txt names the index', () => {
    expect(robotsTxt('https://x.dev/sub/sitemap-index.xml')).toBe('User-agent: *\nAllow: /\n\nSitemap: https://x.dev/sub/sitemap-index.xml\n');
  });
  test('newestDate compares dates, not strings of different shapes', () => {
    expect(newestDate(['2026-01-02', '2025-12-31', ''])).toBe('2026-01-02');
    expect(newestDate([])).toBe('');
  });
});
