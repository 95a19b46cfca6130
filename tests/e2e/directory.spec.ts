/**
 * The model directory on the seed fixture (tests/fixtures/seed, 7 models), where every expected row
 * can be read off the records: monthly estimates at 800M in + 250M out are GPT-4.1 $3,600.00,
 * Phi-2 $102.50, Phi-4 $87.00, Phi-4 Mini $77.50, Qwen2-VL-72B-Instruct $945.00, Qwen3.5-4B free tier
 * only (no estimate), Qwen3.5-Flash $121.00.
 */
import { axeViolations } from './axe';
import { expect, test, type Page } from '@playwright/test';
import { DIRECTORY } from './pages';

const BY_NAME = ['GPT-4.1', 'Phi-2', 'Phi-4', 'Phi-4 Mini', 'Qwen2-VL-72B-Instruct', 'Qwen3.5-4B', 'Qwen3.5-Flash'];
const BY_PRICE = ['Phi-4 Mini', 'Phi-4', 'Phi-2', 'Qwen3.5-Flash', 'Qwen2-VL-72B-Instruct', 'GPT-4.1', 'Qwen3.5-4B'];

const table = (page: Page) => page.locator('model-directory table');
/** Names of the visible rows, in display order. */
const shown = (page: Page) => table(page).locator('tbody tr:not([hidden]) th[scope=row]').allInnerTexts();
const header = (page: Page, name: string) => table(page).locator('thead th').filter({ hasText: name });
const count = (page: Page) => page.locator('model-directory [aria-live="polite"]');

test('directory: filter by lab and by a capability; the count and the URL follow', async ({ page }) => {
  await page.goto(DIRECTORY);
  await expect(count(page)).toHaveText('7 of 7 models');
  await page.getByLabel('Lab', { exact: true }).selectOption('microsoft');
  await expect.poll(() => shown(page)).toEqual(['Phi-2', 'Phi-4', 'Phi-4 Mini']);
  await expect(count(page)).toHaveText('3 of 7 models');
  await expect(table(page).locator('caption')).toHaveText('3 of 7 models shown, sorted by model, ascending');
  await expect(page).toHaveURL(/\/models\/\?lab=microsoft$/);
  await page.getByLabel('Function calling').check();
  await expect.poll(() => shown(page)).toEqual(['Phi-4 Mini']);
  await expect(page).toHaveURL(/\?lab=microsoft&cap=function_calling$/);
  // Phi-2's function calling is not sourced: it is filtered out, and its cell says "—", never "No".
  await page.getByLabel('Lab', { exact: true }).selectOption('');
  await expect.poll(() => shown(page)).toEqual(['GPT-4.1', 'Phi-4 Mini', 'Qwen3.5-4B', 'Qwen3.5-Flash']);
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(count(page)).toHaveText('7 of 7 models');
  await expect(table(page).locator('caption')).toContainText('7 models,');
  await expect(page).toHaveURL(/\/models\/$/);
});

test('directory: sort by price both ways (not sourced last); aria-sort and the caption follow', async ({ page }) => {
  await page.goto(DIRECTORY);
  await expect(header(page, 'Model')).toHaveAttribute('aria-sort', 'ascending');
  await header(page, 'Monthly').getByRole('button').click();
  await expect.poll(() => shown(page)).toEqual(BY_PRICE);
  await expect(header(page, 'Monthly')).toHaveAttribute('aria-sort', 'ascending');
  await expect(header(page, 'Model')).not.toHaveAttribute('aria-sort');
  await expect(table(page).locator('caption')).toHaveText('7 models, sorted by monthly, ascending');
  await header(page, 'Monthly').getByRole('button').click();
  await expect.poll(() => shown(page)).toEqual(['GPT-4.1', 'Qwen2-VL-72B-Instruct', 'Qwen3.5-Flash', 'Phi-2', 'Phi-4', 'Phi-4 Mini', 'Qwen3.5-4B']);
  await expect(header(page, 'Monthly')).toHaveAttribute('aria-sort', 'descending');
  await expect(page).toHaveURL(/\?sort=price&dir=desc$/);
});

test('directory: reloading the URL restores filters, sort and form fields', async ({ page }) => {
  await page.goto(DIRECTORY);
  await page.getByLabel('Max monthly cost, USD').fill('500');
  await page.getByLabel('Open weights').check();
  await header(page, 'Monthly').getByRole('button').click();
  const expected = ['Phi-4 Mini', 'Phi-4', 'Phi-2'];
  await expect.poll(() => shown(page)).toEqual(expected);
  const url = page.url();
  expect(url).toMatch(/\?maxprice=500&open=1&sort=price&dir=asc$/);
  await page.reload();
  await expect.poll(() => shown(page)).toEqual(expected);
  await expect(page.getByLabel('Max monthly cost, USD')).toHaveValue('500');
  await expect(page.getByLabel('Open weights')).toBeChecked();
  await expect(header(page, 'Monthly')).toHaveAttribute('aria-sort', 'ascending');
  // A shared link opens the same view in a fresh page.
  const other = await page.context().newPage();
  await other.goto(url);
  await expect.poll(() => shown(other)).toEqual(expected);
  await expect(count(other)).toHaveText('3 of 7 models');
});

test('directory: a hostile or stale query opens the default view', async ({ page }) => {
  await page.goto(`${DIRECTORY}?lab=%3Cscript%3E&maxprice=-1&sort=nope&series=gone&from=2024-13`);
  await expect.poll(() => shown(page)).toEqual(BY_NAME);
  await expect(page.getByLabel('Lab', { exact: true })).toHaveValue('');
});

test('directory: keyboard only — tab to a filter, change it, tab to a sort button, press Enter', async ({ page }) => {
  await page.goto(DIRECTORY);
  await expect(count(page)).toHaveText('7 of 7 models');
  const focused = () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.id || document.activeElement?.textContent?.trim() || '');
  for (let i = 0; i < 60 && (await focused()) !== 'dir-lab'; i++) await page.keyboard.press('Tab');
  expect(await focused()).toBe('dir-lab');
  // Options are sorted by name: Alibaba Cloud (Qwen), Microsoft, OpenAI; ArrowDown twice picks Microsoft.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByLabel('Lab', { exact: true })).toHaveValue('microsoft');
  await expect.poll(() => shown(page)).toEqual(['Phi-2', 'Phi-4', 'Phi-4 Mini']);
  for (let i = 0; i < 60 && (await focused()) !== 'Monthly'; i++) await page.keyboard.press('Tab');
  expect(await focused()).toBe('Monthly');
  await page.keyboard.press('Enter');
  await expect.poll(() => shown(page)).toEqual(['Phi-4 Mini', 'Phi-4', 'Phi-2']);
  await expect(header(page, 'Monthly')).toHaveAttribute('aria-sort', 'ascending');
  await expect(page).toHaveURL(/\?lab=microsoft&sort=price&dir=asc$/);
});

test('directory: axe finds nothing in light or dark mode with the filter form shown', async ({ page }) => {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.goto(`${DIRECTORY}?lab=microsoft&sort=price&dir=asc`);
    await expect(count(page)).toHaveText('3 of 7 models');
    expect((await axeViolations(page)).map((v) => `${colorScheme}: ${v}`)).toEqual([]);
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('directory: the full table sorted by name, the filter form disabled and saying why, nothing broken', async ({ page }) => {
    await page.goto(DIRECTORY);
    await expect.poll(() => shown(page)).toEqual(BY_NAME);
    await expect(page.getByLabel('Lab', { exact: true })).toBeDisabled();
    await expect(page.getByRole('button', { name: 'Apply' })).toBeDisabled();
    await expect(header(page, 'Model')).toHaveAttribute('aria-sort', 'ascending');
    await expect(table(page).locator('thead button')).toHaveCount(0);
    await expect(page.getByText('Filtering and sorting need JavaScript')).toBeVisible();
    const row = table(page).locator('tbody tr').filter({ hasText: 'Phi-4 Mini' });
    await expect(row.locator('td').nth(1)).toHaveText('$77.50');
    await expect(row.getByRole('link', { name: 'Phi-4 Mini' })).toHaveAttribute('href', '/models/phi-4-mini/');
  });
});
