/**
 * The any-pair compare on the seed fixture (dist-seed/): the pickers reach static pair pages, the
 * query page renders a pair in the browser with the engine's own figures (computed here from the
 * same data), loads the catalogue only when a pair is asked for, turns away missing, identical,
 * unknown and hostile ids with a message and the picker, and works from the keyboard alone.
 */
import { axeViolations } from './axe';
import { expect, test } from '@playwright/test';
import { getPairPlan } from '../../src/lib/compare/pairs';
import { getCatalog } from '../../src/lib/data/load';
import { compareUrl, expectClientComparison, watchForExecution } from './compare-expect';
import { MODEL, PAIR } from './pages';

const cat = getCatalog('tests/fixtures/seed');
const plan = getPairPlan(cat);
const catalogRequests = (page: import('@playwright/test').Page) => {
  const urls: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/data/catalog.json')) urls.push(r.url());
  });
  return urls;
};

test('compare: the page is noindex, has the picker and the list, and loads no catalogue without a query', async ({ page }) => {
  const fetched = catalogRequests(page);
  await page.goto('/compare/', { waitUntil: 'networkidle' });
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  await expect(page.locator('form#pair-picker')).toHaveAttribute('action', '/compare/');
  // The static list for readers without JavaScript: each model's closest comparison pages.
  const pairLinks = page.locator('main li a[href^="/compare/"][href*="-vs-"]');
  expect(await pairLinks.count()).toBeGreaterThanOrEqual(cat.models.length);
  for (const href of await pairLinks.evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) expect(plan.pairs.map((p) => p.path)).toContain(href);
  expect(fetched).toEqual([]);
});

test('compare: the /compare/ picker reaches a static pair page', async ({ page }) => {
  await page.goto('/compare/');
  await page.locator('#pick-a').selectOption('qwen3.5-flash');
  await page.locator('#pick-b').selectOption('phi-4');
  await page.getByRole('button', { name: 'Compare', exact: true }).click();
  await page.waitForURL((u) => u.pathname === PAIR);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Phi-4 vs Qwen3.5-Flash');
});

test('compare: a model page’s “compare with” link opens the picker with that model chosen, which reaches a static pair page', async ({ page }) => {
  const fetched = catalogRequests(page);
  await page.goto(MODEL);
  await page.locator('[data-pick-rival]').click();
  await page.waitForURL((u) => u.pathname === '/compare/' && u.searchParams.get('a') === 'phi-4');
  await expect(page.locator('#pick-a')).toHaveValue('phi-4');
  await expect(page.locator('#pick-b')).toBeFocused();
  await expect(page.locator('[data-compare-status]')).toHaveText('Pick a model to compare with Phi-4.');
  expect(fetched).toEqual([]);
  await page.locator('#pick-b').selectOption('qwen3.5-flash');
  await page.getByRole('button', { name: 'Compare', exact: true }).click();
  await page.waitForURL((u) => u.pathname === PAIR);
});

test('compare: ?a=&b= renders the pair in the browser with the static engine’s figures, and links its own page', async ({ page }) => {
  const fetched = catalogRequests(page);
  const p = plan.pairs.find((x) => !x.noindex)!;
  await page.goto(compareUrl(p.b, p.a));
  await expectClientComparison(page, cat, plan, p.b, p.a);
  await expect(page.locator('[data-static-link] a')).toHaveAttribute('href', p.path);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`${p.path.replace(/[.]/g, '\\.')}$`));
  expect(fetched).toHaveLength(1);
  await expect(page.locator('#pick-a')).toHaveValue(p.b);
  await expect(page.locator('#pick-b')).toHaveValue(p.a);
});

const BAD: [string, Record<string, string>, RegExp][] = [
  ['two empty ids', { a: '', b: '' }, /^Pick two models with the form above\.$/],
  ['a lone unknown id', { a: '<b>bold</b>' }, /No model in the catalogue has the id “<b>bold<\/b>”/],
  ['the same model twice', { a: 'phi-4', b: 'phi-4' }, /same model/],
  ['an unknown id', { a: 'phi-4', b: 'no-such-model' }, /No model in the catalogue has the id “no-such-model”/],
  ['a script tag', { a: '<script>window.__pwned1=1</script>', b: 'phi-4' }, /No model in the catalogue has the id “<script>window.__pwned1=1<\/script>”/],
  ['an event handler', { a: 'phi-4', b: '"><img src=x onerror="window.__pwned2=1">' }, /No model in the catalogue has the id “"><img src=x onerror=/],
  ['a javascript: URL', { a: 'javascript:window.__pwned3=1', b: '</pair-compare><svg onload=window.__pwned4=1>' }, /No model in the catalogue has the id/],
];

for (const [what, query, message] of BAD) {
  test(`compare: ${what} in the query gets a clear message and the picker, and executes nothing`, async ({ page }) => {
    const executed = watchForExecution(page);
    const res = await page.goto(`/compare/?${new URLSearchParams(query)}`);
    expect(res?.status()).toBe(200);
    const status = page.locator('[data-compare-status]');
    await expect(status).toBeVisible();
    await expect(status).toHaveText(message);
    await expect(status).toHaveAttribute('role', 'alert');
    await expect(page.locator('form#pair-picker')).toBeVisible();
    await expect(page.locator('[data-compare-result]')).toHaveCount(0);
    // Nothing from the query became markup: no element besides the page's own in the compare region.
    await expect(page.locator('pair-compare img, pair-compare svg, pair-compare script, pair-compare iframe, pair-compare b')).toHaveCount(0);
    expect(await executed()).toEqual([]);
  });
}

test('compare: keyboard only, from the picker to a comparison, focus on its heading', async ({ page }) => {
  await page.goto('/compare/');
  // Tab from the top of the page until the first select has focus.
  for (let i = 0; i < 40 && !(await page.evaluate(() => document.activeElement?.id === 'pick-a')); i++) await page.keyboard.press('Tab');
  await expect(page.locator('#pick-a')).toBeFocused();
  await page.keyboard.type('Phi-4');
  await page.keyboard.press('Tab');
  await expect(page.locator('#pick-b')).toBeFocused();
  await page.keyboard.type('Qwen3.5-F');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Compare', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await page.waitForURL((u) => u.pathname === PAIR);
  // The query page moves focus to the rendered comparison's heading, so a keyboard reader starts there.
  await page.goto(compareUrl('phi-4', 'gpt-4.1'));
  await expect(page.locator('[data-compare-title]')).toBeFocused({ timeout: 15_000 });
  await page.keyboard.press('Tab');
  await expect(page.locator('[data-compare-result] a').first()).toBeFocused();
});

for (const scheme of ['light', 'dark'] as const) {
  test(`compare: the rendered comparison has no axe violations (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(compareUrl('phi-4', 'qwen3.5-flash'));
    await expect(page.locator('[data-compare-result]')).toBeVisible({ timeout: 15_000 });
    expect(await axeViolations(page)).toEqual([]);
  });
}
