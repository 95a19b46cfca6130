/** (d) Every main page is readable with JavaScript disabled: the content is static HTML. */
import { expect, test } from '@playwright/test';
import { COSTS, HOME, MODEL, PAIR } from './pages';

test.use({ javaScriptEnabled: false });

test('no JS: the pair page shows the heading and both monthly costs', async ({ page }) => {
  await page.goto(PAIR);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Phi-4 vs Qwen3.5-Flash');
  for (const [id, { monthly }] of Object.entries(COSTS)) {
    const figure = page.locator(`#cost [data-cost="${id}"]`);
    await expect(figure).toBeVisible();
    await expect(figure).toContainText(monthly);
  }
});

test('no JS: the model page shows its heading', async ({ page }) => {
  await page.goto(MODEL);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Phi-4');
});

test('no JS: the home page shows the picker with every model', async ({ page }) => {
  await page.goto(HOME);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const form = page.locator('form#pair-picker');
  await expect(form).toBeVisible();
  await expect(form.locator('#pick-a option[value="phi-4"]')).toHaveCount(1);
  await expect(form.locator('#pick-b option[value="qwen3.5-flash"]')).toHaveCount(1);
  await expect(form.getByRole('button', { name: 'Compare', exact: true })).toBeVisible();
});
