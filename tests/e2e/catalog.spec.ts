/**
 * The real catalog (data/, served from dist/): the picker reaches pairs that have pages and sends
 * pairs that do not to /compare/?a=&b= (compared in the browser); pages read without JavaScript.
 */
import { existsSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { getCatalog } from '../../src/lib/data/load';
import { getPairPlan } from '../../src/lib/compare/pairs';

const cat = getCatalog('data');
const plan = getPairPlan(cat);

async function pick(page: Page, a: string, b: string) {
  await page.goto('/');
  await page.locator('select#pick-a').selectOption(a);
  await page.locator('select#pick-b').selectOption(b);
  await page.getByRole('button', { name: 'Compare', exact: true }).click();
}

test('catalog: the picker lands on a built pair page with both cost figures', async ({ page }) => {
  const p = plan.get('phi-4', 'qwen3.5-flash')!;
  await pick(page, 'qwen3.5-flash', 'phi-4');
  await page.waitForURL((u) => u.pathname === p.path);
  for (const id of [p.a, p.b]) await expect(page.locator(`#cost [data-cost="${id}"]`)).toContainText(/\$[\d,]+\.\d\d/);
});

test('catalog: a pair without a page goes to the query page, which compares it in the browser', async ({ page }) => {
  const a = cat.models[0]!.id;
  const b = cat.models.find((m) => m.id !== a && m.kind === cat.models[0]!.kind && !plan.get(a, m.id))!.id;
  const [x, y] = a < b ? [a, b] : [b, a];
  expect(existsSync(`dist/compare/${x}-vs-${y}/index.html`)).toBe(false);
  await pick(page, a, b);
  await page.waitForURL((u) => u.pathname === '/compare/' && u.searchParams.get('a') === a && u.searchParams.get('b') === b);
  await expect(page.locator('[data-compare-result]')).toBeVisible({ timeout: 15_000 });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('catalog: sampled pair pages show the verdict, both costs and every section heading', async ({ page }) => {
    // Every 500th pair: a spread across the catalog without visiting all 7,000 pages.
    for (const p of plan.pairs.filter((_, i) => i % 500 === 0)) {
      const res = await page.goto(p.path);
      expect(res?.status(), p.path).toBe(200);
      await expect(page.getByRole('heading', { level: 1 })).toContainText(' vs ');
      await expect(page.getByRole('heading', { name: 'Verdict' })).toBeVisible();
      for (const id of [p.a, p.b]) await expect(page.locator(`#cost [data-cost="${id}"]`)).toBeVisible();
      for (const h of ['Scorecard', 'Monthly cost', 'Specs', 'Pricing by provider', 'Capabilities', 'Benchmarks'])
        await expect(page.getByRole('heading', { level: 2, name: h, exact: true })).toBeVisible();
    }
  });
});
