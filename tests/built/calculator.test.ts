/**
 * The cost calculator in the built site: every pair and model page carries one calculator data block,
 * which parses, names the page's models and holds their routes (so the browser can recompute what the
 * static page states). The size of the scripts those pages load is budgets.test.ts's check.
 */
import { expect, test } from 'vitest';
import { htmlFiles, readDist, requireDist } from './dist';

const DATA = /<script type="application\/json" data-calc-data>([\s\S]*?)<\/script>/g;
const pairPages = () => htmlFiles().filter((f) => /^compare\/[^/]+-vs-[^/]+\/index\.html$/.test(f));
const modelPages = () => htmlFiles().filter((f) => /^models\/[^/]+\/index\.html$/.test(f));

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
