/** (a) Home page pair picker → canonical pair page, in either selection order. */
import { expect, test, type Page } from '@playwright/test';
import { COSTS, HOME, PAIR } from './pages';

async function pick(page: Page, a: string, b: string) {
  await page.goto(HOME);
  const form = page.locator('form#pair-picker');
  await expect(form).toHaveAttribute('action', '/compare/');
  await expect(form).toHaveAttribute('method', /^get$/i);
  await form.locator('select#pick-a[name="a"]').selectOption(a);
  await form.locator('select#pick-b[name="b"]').selectOption(b);
  await form.getByRole('button', { name: 'Compare', exact: true }).click();
  await page.waitForURL((url) => url.pathname === PAIR, { timeout: 10_000 });
}

async function expectPairPage(page: Page) {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${COSTS['phi-4'].name} vs ${COSTS['qwen3.5-flash'].name}`);
  const cost = page.locator('#cost');
  await expect(cost).toBeVisible();
  for (const [id, { monthly }] of Object.entries(COSTS)) {
    const figure = cost.locator(`[data-cost="${id}"]`);
    await expect(figure).toBeVisible();
    await expect(figure).toContainText(monthly);
  }
}

test('picker: Phi-4 then Qwen3.5-Flash lands on the pair page with both monthly costs', async ({ page }) => {
  await pick(page, 'phi-4', 'qwen3.5-flash');
  expect(new URL(page.url()).pathname).toBe(PAIR);
  await expectPairPage(page);
});

test('picker: the reverse order lands on the same canonical URL', async ({ page }) => {
  await pick(page, 'qwen3.5-flash', 'phi-4');
  expect(new URL(page.url()).pathname).toBe(PAIR);
  await expectPairPage(page);
});
