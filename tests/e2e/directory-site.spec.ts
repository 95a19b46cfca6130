/**
 * The model directory over the real catalogue (data/): every model has a row, a benchmark series can
 * be chosen and filtered on, and sorts hold over a few hundred rows. Exact rows are checked on the
 * seed fixture in directory.spec.ts.
 */
import { expect, test, type Page } from '@playwright/test';
import { DIRECTORY } from './pages';

const table = (page: Page) => page.locator('model-directory table');
const count = (page: Page) => page.locator('model-directory [aria-live="polite"]');
const header = (page: Page, name: string) => table(page).locator('thead th').filter({ hasText: name });
/** Text of one column (by header position) over the visible rows, in display order. */
async function column(page: Page, sortKey: string): Promise<string[]> {
  return page.evaluate((key) => {
    const t = document.querySelector('model-directory table') as HTMLTableElement;
    const i = [...t.tHead!.rows[0]!.cells].findIndex((th) => th.dataset['sort'] === key);
    return [...t.tBodies[0]!.rows].filter((r) => !r.hidden).map((r) => r.cells[i]!.textContent!.trim());
  }, sortKey);
}
const number = (s: string) => Number(s.replace(/[$,%]/g, ''));

test('directory (real catalogue): one row per model page, the count says so', async ({ page }) => {
  await page.goto(DIRECTORY);
  const rows = await table(page).locator('tbody tr').count();
  expect(rows).toBeGreaterThan(100);
  await expect(count(page)).toHaveText(`${rows} of ${rows} models`);
  await expect(table(page).locator('caption')).toContainText(`${rows} models`);
  // Every model page of the sitemap has its row (the link is the row's header).
  const links = await table(page).locator('tbody th[scope=row] a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(new Set(links).size).toBe(rows);
});

test('directory (real catalogue): price sort puts cheaper first and not-sourced last', async ({ page }) => {
  await page.goto(`${DIRECTORY}?sort=price&dir=asc`);
  await expect(header(page, 'Monthly')).toHaveAttribute('aria-sort', 'ascending');
  const cells = await column(page, 'price');
  const priced = cells.filter((c) => c.startsWith('$')).map(number);
  expect(priced.length).toBeGreaterThan(50);
  expect(priced).toEqual([...priced].sort((a, b) => a - b));
  // Every priced row comes before every row without an estimate.
  const firstUnpriced = cells.findIndex((c) => !c.startsWith('$'));
  expect(firstUnpriced === -1 ? cells.length : firstUnpriced).toBe(priced.length);
});

test('directory (real catalogue): another benchmark series, a minimum score and a score sort; reload keeps them', async ({ page }) => {
  await page.goto(DIRECTORY);
  const select = page.getByLabel('Benchmark in the Score column');
  const options = await select.locator('option').evaluateAll((os) => os.map((o) => ({ value: (o as HTMLOptionElement).value, text: o.textContent!.trim() })));
  expect(options.length).toBeGreaterThan(1);
  const second = options[1]!;
  await select.selectOption(second.value);
  await expect(table(page).locator('[data-dir-series-name]')).toHaveText(second.text.replace(/ \(\d+ models\)$/, ''));
  await expect(page).toHaveURL(new RegExp(`series=${encodeURIComponent(second.value).replace(/[.]/g, '\\.')}`));
  const scored = (await column(page, 'score')).filter((c) => c !== '—').map(number);
  expect(scored.length).toBe(Number(/\((\d+) models\)$/.exec(second.text)![1]));
  // A floor halfway between two shown values at least 0.2 apart: the cells round to 0.1, so no raw score sits on it.
  const distinct = [...new Set(scored)].sort((a, b) => a - b);
  const k = distinct.findIndex((v, i) => i >= distinct.length / 2 && v - distinct[i - 1]! >= 0.2);
  expect(k).toBeGreaterThan(0);
  const floor = Math.round(((distinct[k]! + distinct[k - 1]!) / 2) * 100) / 100;
  await page.getByLabel('Min score').fill(String(floor));
  await header(page, 'Score').getByRole('button').click();
  // Best first: descending where higher is better, ascending where lower is (a hallucination rate).
  await expect(header(page, 'Score')).toHaveAttribute('aria-sort', /^(ascending|descending)$/);
  const direction = (await header(page, 'Score').getAttribute('aria-sort'))!;
  const shown = (await column(page, 'score')).map(number);
  expect(shown.length).toBe(scored.filter((s) => s >= floor).length);
  expect(shown).toEqual([...shown].sort((a, b) => (direction === 'ascending' ? a - b : b - a)));
  await expect(table(page).locator('caption')).toContainText(`sorted by score, ${direction}`);
  const url = page.url();
  await page.reload();
  await expect(select).toHaveValue(second.value);
  await expect(page.getByLabel('Min score')).toHaveValue(String(floor));
  expect((await column(page, 'score')).map(number)).toEqual(shown);
  expect(page.url()).toBe(url);
  // Back to the default series: the minimum belonged to the other series, so it is cleared.
  await select.selectOption(options[0]!.value);
  await expect(page.getByLabel('Min score')).toHaveValue('');
  await expect(page).not.toHaveURL(/minscore|series=/);
});
