/**
 * Site search over the real catalogue (project `site`): with thousands of pair pages indexed by
 * title and headline, a model's name still finds the model's page, and two names find their pair.
 */
import { expect, test } from '@playwright/test';
import { MODEL, PAIR } from './pages';

const box = (page: import('@playwright/test').Page) => page.locator('header').getByRole('searchbox');
const results = (page: import('@playwright/test').Page) => page.locator('#header-search-results a');

test('a model name finds the model page among the top results', async ({ page }) => {
  await page.goto('/');
  await box(page).fill('phi-4');
  await expect(page.locator('#header-search-status')).toHaveText(/results? for “phi-4”/, { timeout: 15_000 });
  const hrefs = await results(page).evaluateAll((as) => as.slice(0, 3).map((a) => a.getAttribute('href')));
  expect(hrefs).toContain(MODEL);
});

test('two model names find their pair page first', async ({ page }) => {
  await page.goto(MODEL);
  await box(page).fill('phi-4 vs qwen3.5-flash');
  await expect(page.locator('#header-search-status')).toHaveText(/results? for “phi-4 vs qwen3\.5-flash”/, { timeout: 15_000 });
  await expect(results(page).first()).toHaveAttribute('href', PAIR);
});
