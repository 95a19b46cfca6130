/**
 * Site search (<site-search>, Pagefind) on the seed build: it finds a model and a pair by typing,
 * loads the index only on use, works from the keyboard alone, announces the result count, falls
 * back to a link to the directory without JavaScript, and the 404 page offers it with the directory.
 */
import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './axe';
import { HOME, MODEL, NOT_FOUND, PAIR } from './pages';

const header = (page: Page) => page.locator('header');
const box = (page: Page) => header(page).getByRole('searchbox', { name: 'Search models, providers, labs and comparisons' });
const results = (page: Page) => page.locator('#header-search-results');

test('search finds a model by typing, and loads the index only once the field is used', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(r.url()));
  await page.goto(HOME, { waitUntil: 'networkidle' });
  expect(requested.filter((u) => u.includes('/pagefind/')), 'no search code on page load').toEqual([]);
  await box(page).fill('phi-4');
  const link = results(page).getByRole('link', { name: /^Phi-4 Model$/ });
  await expect(link).toHaveAttribute('href', '/models/phi-4/');
  await expect(page.locator('#header-search-status')).toHaveText(/^\d+ results? for “phi-4”/);
  expect(requested.some((u) => u.endsWith('/pagefind/pagefind.js'))).toBe(true);
  await link.click();
  await expect(page).toHaveURL(/\/models\/phi-4\/$/);
});

test('search finds a pair page by its two names', async ({ page }) => {
  await page.goto(MODEL);
  await box(page).fill('phi-4 vs qwen3.5-flash');
  const link = results(page).getByRole('link', { name: /^Phi-4 vs Qwen3\.5-Flash Comparison$/ });
  await expect(link).toHaveAttribute('href', PAIR);
});

test('a word no page has says so and offers the directory', async ({ page }) => {
  await page.goto(HOME);
  await box(page).fill('zzqxv');
  await expect(page.locator('#header-search-status')).toHaveText('No results for “zzqxv”.');
  await expect(results(page).getByRole('link', { name: 'Browse the model directory' })).toHaveAttribute('href', '/models/');
});

test('keyboard only: tab to the field, type, arrows through results, Escape back, Enter opens', async ({ page }) => {
  await page.goto(MODEL);
  for (let i = 0; i < 6 && !(await box(page).evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(box(page)).toBeFocused();
  await page.keyboard.type('phi');
  const links = results(page).getByRole('link');
  await expect(links.first()).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(0)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(links.nth(0)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(box(page)).toBeFocused();
  await expect(results(page)).toBeHidden();
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(0)).toBeFocused();
  const target = await links.nth(0).getAttribute('href');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${target!.replace(/[.?*+^$()[\]{}|\\]/g, '\\$&')}$`));
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the open result list passes axe (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto(HOME);
    await box(page).fill('phi');
    await expect(results(page).getByRole('link').first()).toBeVisible();
    await results(page).getByRole('link').first().focus();
    expect(await axeViolations(page)).toEqual([]);
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the search is a link to the model directory', async ({ page }) => {
    await page.goto(PAIR);
    await expect(header(page).getByRole('link', { name: 'Search models' })).toHaveAttribute('href', '/models/');
    await expect(page.getByRole('searchbox')).toHaveCount(0);
  });

  test('the 404 page still offers the directory, compare and home', async ({ page }) => {
    const res = await page.goto(NOT_FOUND);
    expect(res?.status()).toBe(404);
    const main = page.locator('main');
    await expect(main.getByRole('link', { name: 'Search models' })).toHaveAttribute('href', '/models/');
    await expect(main.getByRole('link', { name: 'The model directory' })).toHaveAttribute('href', '/models/');
  });
});

test('the 404 page says the page is not there and offers search, the directory, compare and home', async ({ page }) => {
  const res = await page.goto(NOT_FOUND);
  expect(res?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.locator('head meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  const main = page.locator('main');
  const search = main.getByRole('searchbox', { name: 'Search models, providers, labs and comparisons' });
  await expect(search).toBeVisible();
  const ways = main.getByRole('list', { name: 'Where to go instead' });
  await expect(ways.getByRole('link', { name: 'The model directory' })).toHaveAttribute('href', '/models/');
  await expect(ways.getByRole('link', { name: 'Compare any two models' })).toHaveAttribute('href', '/compare/');
  await expect(ways.getByRole('link', { name: 'Home' })).toHaveAttribute('href', '/');
  expect(await page.locator('a[href*="#models"]').count()).toBe(0);
  await search.fill('gpt-4.1');
  await expect(main.locator('#notfound-search-results').getByRole('link', { name: /^GPT-4\.1 Model$/ })).toHaveAttribute('href', '/models/gpt-4.1/');
});
