/**
 * Catalog-wide promises of the built site, checked against the data folder it was built from
 * (DATA_DIR, default data/):
 * - every model has a page, and every model page links to all of that model's pair pages;
 * - noindex pair pages carry robots noindex and stay out of the sitemap; indexed ones are in it;
 * - dist/ holds no more files than pairs.max_pages allows.
 */
import { readdirSync } from 'node:fs';
import { expect, test } from 'vitest';
import { getPairPlan } from '../../src/lib/compare/pairs';
import { loadCatalog, dataDir } from '../../src/lib/data/load';
import { basePath, distFiles, readDist, report, requireDist } from './dist';

const cat = loadCatalog(dataDir());
const plan = getPairPlan(cat);

test('every model has a page that links to all its pair pages', () => {
  requireDist();
  const problems: string[] = [];
  for (const m of cat.models) {
    const file = `models/${m.id}/index.html`;
    let html: string;
    try {
      html = readDist(file);
    } catch {
      problems.push(`${file} is missing`);
      continue;
    }
    for (const p of plan.byModel.get(m.id) ?? []) if (!html.includes(`href="${basePath()}${p.path}"`)) problems.push(`${file} does not link ${basePath()}${p.path}`);
  }
  expect(problems.length, report(problems, 'missing model pages or pair links')).toBe(0);
});

test('noindex pairs say so and stay out of the sitemap; indexed pairs are in it', () => {
  requireDist();
  const sitemap = readdirSync(process.env['DIST_DIR'] ?? 'dist')
    .filter((f) => /^sitemap-[a-z0-9-]+\.xml$/.test(f) && f !== 'sitemap-index.xml')
    .map((f) => readDist(f))
    .join('\n');
  const problems: string[] = [];
  for (const p of plan.pairs) {
    const html = readDist(`${p.path.slice(1)}index.html`);
    const inSitemap = sitemap.includes(`${cat.site.url}${p.path}</loc>`);
    const robots = html.includes('<meta name="robots" content="noindex"');
    if (p.noindex && (!robots || inSitemap)) problems.push(`${p.path}: thin pair should be noindex and out of the sitemap`);
    if (!p.noindex && (robots || !inSitemap)) problems.push(`${p.path}: indexable pair should be in the sitemap without noindex`);
  }
  expect(problems.length, report(problems, 'sitemap / robots mismatches')).toBe(0);
});

test('dist/ stays within the file budget of data/site.yaml', () => {
  expect(distFiles().length).toBeLessThanOrEqual(cat.site.pairs.max_pages);
});
