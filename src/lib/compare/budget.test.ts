import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../data/load';
import { route, testCatalog } from '../testing/catalog';
import { countByKind, expectedFiles, FILES_PER_PAIR, fileBudget, SEARCH_MAX_FRAGMENTS, searchFragments } from './budget';
import { planPairs } from './pairs';

const models = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `m${String(i).padStart(3, '0')}`, routes: [route(`p${i % 4}`, 1 + i, 1 + i)] }));

describe('search fragments', () => {
  it('one per page up to the cap, then bundled groups that never exceed it', () => {
    expect(searchFragments(0)).toBe(0);
    expect(searchFragments(SEARCH_MAX_FRAGMENTS)).toBe(SEARCH_MAX_FRAGMENTS);
    // Measured with Pagefind 1.6.0 at a cap of 300 and 999 over 1,000 pages: 250 and 500 files.
    const at = (pages: number, cap: number) => Math.ceil(pages / Math.ceil(pages / cap));
    expect(at(1000, 300)).toBe(250);
    expect(at(1000, 999)).toBe(500);
    for (const pages of [SEARCH_MAX_FRAGMENTS + 1, 15_000, 40_000]) expect(searchFragments(pages)).toBeLessThanOrEqual(SEARCH_MAX_FRAGMENTS);
  });
});

describe('file budget', () => {
  it('counts every kind of file and adds them up', () => {
    const cat = testCatalog(models(10));
    const f = expectedFiles(cat, 20, 15);
    expect(f.models).toBe(10);
    expect(f.providers).toBe(4);
    expect(f.labs).toBe(cat.labs.size);
    expect(f.pairs).toBe(20 * FILES_PER_PAIR);
    expect(f.total).toBe(f.fixed + f.models + f.providers + f.labs + f.listings + f.sitemaps + f.pairs + f.search);
    // A noindex pair has no fragment: fewer indexed pairs, fewer search files below the cap.
    expect(expectedFiles(cat, 20, 20).search).toBe(f.search + 5);
  });

  it('gives pairs the largest count that keeps the whole build within max_pages', () => {
    for (const max of [400, 1_234, 15_000, 20_000]) {
      const cat = testCatalog(models(40), { pairs: { strategy: 'all', max_pages: max } });
      const b = fileBudget(cat);
      expect(b.files.total).toBeLessThanOrEqual(max);
      expect(expectedFiles(cat, b.pairs + 1, b.pairs + 1).total).toBeGreaterThan(max);
    }
  });

  it('a budget smaller than the fixed files leaves no pairs (but never a negative count)', () => {
    expect(fileBudget(testCatalog(models(40), { pairs: { strategy: 'all', max_pages: 10 } })).pairs).toBe(0);
  });

  it('the plan uses it: the seed plan fits, and a budget one pair short drops one', () => {
    const cat = loadCatalog('tests/fixtures/seed');
    const plan = planPairs(cat);
    const indexed = plan.pairs.filter((p) => !p.noindex).length;
    expect(expectedFiles(cat, plan.pairs.length, indexed).total).toBeLessThanOrEqual(cat.site.pairs.max_pages);
    const tight = testCatalog(models(12), { pairs: { strategy: 'all', max_pages: expectedFiles(testCatalog(models(12)), 30, 30).total - 1 } });
    expect(planPairs(tight).pairs).toHaveLength(29);
  });
});

describe('file kinds', () => {
  it('sorts dist paths into the budget lines', () => {
    const c = countByKind([
      'index.html',
      '404.html',
      '_astro/Base.css',
      'compare/index.html',
      'compare/a-vs-b/index.html',
      'compare/a-vs-b.json',
      'models/a/index.html',
      'providers/index.html',
      'providers/openrouter/index.html',
      'labs/index.html',
      'labs/openai/index.html',
      'sitemap-index.xml',
      'sitemap-other.xml',
      'sitemap-pairs.xml',
      'sitemap-models.xml',
      'pagefind/pagefind.js',
      'pagefind/fragment/en_1.pf_fragment',
    ]);
    expect(c).toEqual({ fixed: 6, models: 1, providers: 1, labs: 1, listings: 2, sitemaps: 2, pairs: 2, search: 2, total: 17 });
  });
});
