/**
 * The file budget against the real output: dist/ holds no more files than `pairs.max_pages`, and
 * the budget's prediction (src/lib/compare/budget.ts, which planPairs spends) matches what was
 * written, kind by kind, so a new kind of file cannot slip past it.
 *
 * Margin, stated: fixed files, model pages and pair files must match exactly; the search index may
 * hold fewer word-index chunks than SEARCH_INDEX_CHUNKS allows (Pagefind sizes them by vocabulary)
 * and one fragment fewer for each predicted page that a build does not have; a prediction is never
 * below the real count. Provider and lab pages (and their index pages) are checked exactly once
 * their routes exist in src/pages/.
 */
import { existsSync } from 'node:fs';
import { expect, test } from 'vitest';
import { countByKind, expectedFiles, SEARCH_DIR, SEARCH_INDEX_CHUNKS, type FileKind } from '../../src/lib/compare/budget';
import { getPairPlan } from '../../src/lib/compare/pairs';
import { dataDir, loadCatalog } from '../../src/lib/data/load';
import { distFiles } from './dist';

const cat = loadCatalog(dataDir());
const plan = getPairPlan(cat);
const indexed = plan.pairs.filter((p) => !p.noindex).length;

test('dist/ holds no more files than pairs.max_pages', () => {
  expect(distFiles().length).toBeLessThanOrEqual(cat.site.pairs.max_pages);
});

test('the file budget predicts every kind of file in dist/ (never below, within the stated margin)', () => {
  const actual = countByKind(distFiles());
  const predicted = expectedFiles(cat, plan.pairs.length, indexed);
  const routes = existsSync('src/pages/providers') && existsSync('src/pages/labs');
  const kinds: FileKind[] = ['fixed', 'models', 'providers', 'labs', 'listings', 'sitemaps', 'pairs', 'search'];
  const problems: string[] = [];
  for (const k of kinds) if (actual[k] > predicted[k]) problems.push(`${k}: ${actual[k]} in dist/, only ${predicted[k]} predicted`);
  for (const k of ['fixed', 'models', 'pairs'] as const) if (actual[k] !== predicted[k]) problems.push(`${k}: ${actual[k]} in dist/, ${predicted[k]} predicted`);
  // Pages the prediction counts that this build does not have (provider and lab routes not yet built).
  let unbuilt = 0;
  for (const k of ['providers', 'labs', 'listings'] as const) {
    if (routes && actual[k] !== predicted[k]) problems.push(`${k}: ${actual[k]} in dist/, ${predicted[k]} predicted`);
    if (!routes && actual[k] !== 0) problems.push(`${k}: pages without a route in src/pages/?`);
    unbuilt += predicted[k] - actual[k];
  }
  const sitemapSlack = routes ? 0 : 1;
  if (predicted.sitemaps - actual.sitemaps > sitemapSlack) problems.push(`sitemaps: ${actual.sitemaps} in dist/, ${predicted.sitemaps} predicted`);
  const chunks = distFiles().filter((f) => f.startsWith(`${SEARCH_DIR}/index/`)).length;
  const searchSlack = SEARCH_INDEX_CHUNKS - chunks + unbuilt;
  if (predicted.search - actual.search > searchSlack) problems.push(`search: ${actual.search} in dist/, ${predicted.search} predicted (slack ${searchSlack})`);
  expect(problems, `per kind (dist/ vs prediction): ${JSON.stringify({ actual, predicted })}`).toEqual([]);
  expect(chunks, 'word-index chunks: raise SEARCH_INDEX_CHUNKS').toBeLessThanOrEqual(SEARCH_INDEX_CHUNKS);
});
