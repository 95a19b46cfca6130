/**
 * The any-pair compare on the real catalogue (dist/): a pair the plan gave no page is rendered in the
 * browser from /data/catalog.json, and every main figure equals what the build's engine computes for
 * the same pair from data/ (the expectation is computed here, not written down).
 */
import { expect, test } from '@playwright/test';
import { comparable, getPairPlan } from '../../src/lib/compare/pairs';
import { getCatalog } from '../../src/lib/data/load';
import { getModelView } from '../../src/lib/views/model';
import { compareUrl, expectClientComparison, watchForExecution } from './compare-expect';

const cat = getCatalog('data');
const plan = getPairPlan(cat);
const priced = (id: string) => getModelView(cat, id).cost.usd !== null;

/** The first pair (by id) without a page whose models are comparable, both priced and both benchmarked: every section has figures. */
function nonStaticPair(): [string, string] {
  const ms = cat.models.filter((m) => priced(m.id) && m.benchmarks.length > 0);
  for (const x of ms) for (const y of ms) if (x.id < y.id && comparable(cat, x.id, y.id) && !plan.get(x.id, y.id)) return [x.id, y.id];
  throw new Error('every comparable pair has a page');
}

test('compare (real catalogue): a pair without a page renders in the browser with the engine’s figures', async ({ page }) => {
  const executed = watchForExecution(page);
  const [a, b] = nonStaticPair();
  await page.goto(compareUrl(b, a));
  await expectClientComparison(page, cat, plan, b, a);
  await expect(page.locator('[data-static-link]')).toHaveCount(0);
  expect(await executed()).toEqual([]);
});

test('compare (real catalogue): a guard model against a chat model is refused with a message', async ({ page }) => {
  const guard = cat.models.find((m) => m.kind === 'guard');
  const chat = cat.models.find((m) => m.kind === 'chat')!;
  expect(guard, 'the real catalogue has a guard model').toBeDefined();
  await page.goto(compareUrl(guard!.id, chat.id));
  await expect(page.locator('[data-compare-status]')).toHaveText(/not compared/);
  await expect(page.locator('[data-compare-result]')).toHaveCount(0);
});
