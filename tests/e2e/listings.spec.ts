/**
 * Provider and lab pages (seed fixture; axe in both schemes is a11y.spec.ts's): the provider table cheapest first with the same figure as the model page, the model page's lab and
 * provider names reaching these pages, and the lab page's models newest first.
 */
import { expect, test } from '@playwright/test';
import { COSTS, LAB, LABS, MODEL, PROVIDER } from './pages';

test('the provider page lists its routes cheapest first, with the model page’s figure', async ({ page }) => {
  await page.goto(PROVIDER);
  const rows = page.locator('#models tbody tr');
  await expect(rows.first().locator('th a').first()).toHaveText(COSTS['phi-4'].name);
  await expect(rows.first().locator('td').nth(3)).toHaveText(COSTS['phi-4'].monthly);
  const monthly = await rows.locator('td:nth-of-type(4)').allTextContents();
  const dollars = monthly.map((t) => Number(t.replace(/[$,]/g, ''))).filter(Number.isFinite);
  expect(dollars).toEqual([...dollars].sort((a, b) => a - b));
});

test('a model page’s lab and provider names lead to their pages (the provider link by keyboard)', async ({ page }) => {
  await page.goto(MODEL);
  await page.locator('header').getByRole('link', { name: 'Microsoft' }).first().click();
  await expect(page).toHaveURL(new RegExp(`${LAB}$`));
  await expect(page.locator('h1')).toHaveText('Microsoft models');
  await page.goto(MODEL);
  await page.locator('#pricing tbody').getByRole('link', { name: 'OpenRouter' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${PROVIDER}$`));
  await expect(page.locator('h1')).toHaveText('OpenRouter: model prices');
});

test('the lab page lists its models newest first and the index links every lab', async ({ page }) => {
  await page.goto(LAB);
  await expect(page.locator('#models tbody th a')).toHaveText(['Phi-4 Mini', 'Phi-4', 'Phi-2']);
  await expect(page.locator('#comparisons li a').first()).toHaveAttribute('href', /\/compare\/.+-vs-.+\//);
  await page.goto(LABS);
  await expect(page.locator('tbody th a')).toHaveText(['Alibaba Cloud (Qwen)', 'Microsoft', 'OpenAI']);
});
