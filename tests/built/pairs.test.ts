/**
 * Pair pages: written once, smaller id first, each with a JSON twin.
 * - every /compare/<a>-vs-<b>/ page has /compare/<a>-vs-<b>.json with models, workload, monthly_cost, cheaper;
 * - every twin has its page;
 * - a < b (plain string order, as src/lib/compare/pairs.ts writes them) and both models have pages,
 *   so no reverse-order (/compare/<b>-vs-<a>/) or self pair exists.
 */
import { expect, test } from 'vitest';
import { distFiles, readDist, report, requireDist } from './dist';

const SEP = '-vs-';
const PAGE = /^compare\/([^/]+)\/index\.html$/;
const TWIN = /^compare\/([^/]+)\.json$/;

function pairSlugs() {
  const files = distFiles();
  const pages = files.flatMap((f) => PAGE.exec(f)?.[1] ?? []).filter((s) => s.includes(SEP));
  const twins = files.flatMap((f) => TWIN.exec(f)?.[1] ?? []);
  return { files: new Set(files), pages, twins };
}

test('dist/ has pair pages', () => {
  requireDist();
  expect(pairSlugs().pages.length, 'pair pages under dist/compare/').toBeGreaterThan(0);
});

test('every pair page has a JSON twin with models, workload, monthly_cost and cheaper', () => {
  requireDist();
  const { pages, files } = pairSlugs();
  expect(pages.length).toBeGreaterThan(0);
  const problems: string[] = [];
  for (const slug of pages) {
    const twin = `compare/${slug}.json`;
    if (!files.has(twin)) {
      problems.push(`${twin}: missing`);
      continue;
    }
    let data: unknown;
    try {
      data = JSON.parse(readDist(twin));
    } catch (e) {
      problems.push(`${twin}: not JSON (${(e as Error).message})`);
      continue;
    }
    if (typeof data !== 'object' || data === null || Array.isArray(data)) {
      problems.push(`${twin}: not a JSON object`);
      continue;
    }
    for (const key of ['models', 'workload', 'monthly_cost', 'cheaper'])
      if (!(key in data)) problems.push(`${twin}: no "${key}" key`);
    const models = JSON.stringify((data as Record<string, unknown>).models ?? null);
    for (const id of slug.split(SEP)) if (!models.includes(JSON.stringify(id))) problems.push(`${twin}: "models" does not name ${id}`);
  }
  expect(problems.length, report(problems, 'JSON twin problems')).toBe(0);
});

test('every JSON twin belongs to a pair page', () => {
  requireDist();
  const { pages, twins } = pairSlugs();
  const pageSet = new Set(pages);
  const orphans = twins.filter((s) => !pageSet.has(s)).map((s) => `compare/${s}.json has no compare/${s}/index.html`);
  expect(orphans.length, report(orphans, 'orphan twins')).toBe(0);
});

test('no reverse-order, self or unknown-model pair exists (a < b, both models have pages)', () => {
  requireDist();
  const { pages, twins, files } = pairSlugs();
  const problems: string[] = [];
  for (const slug of new Set([...pages, ...twins])) {
    const parts = slug.split(SEP);
    if (parts.length !== 2) {
      problems.push(`compare/${slug}: not <a>${SEP}<b>`);
      continue;
    }
    const [a, b] = parts as [string, string];
    if (!(a < b)) problems.push(`compare/${slug}: ${a === b ? 'a model against itself' : `reverse order (canonical is ${b}${SEP}${a})`}`);
    for (const id of [a, b]) if (!files.has(`models/${id}/index.html`)) problems.push(`compare/${slug}: no page models/${id}/`);
  }
  expect(problems.length, report(problems, 'bad pair slugs')).toBe(0);
});
