/**
 * The cost calculator on the seed fixture, where every figure can be recomputed by hand from
 * tests/fixtures/seed (Phi-4 on OpenRouter $0.065 in / $0.14 out, Qwen3.5-Flash $0.07 / $0.26,
 * Phi-4 on Azure $0.125 / $0.50, prices per 1M tokens). The flip of the cheaper model is checked on
 * the real catalogue in calculator-site.spec.ts.
 */
import { axeViolations } from './axe';
import { expect, test, type Page } from '@playwright/test';
import { MODEL, PAIR } from './pages';

const phi = (page: Page) => page.locator('#cost [data-cost="phi-4"]');
const qwen = (page: Page) => page.locator('#cost [data-cost="qwen3.5-flash"]');
const status = (page: Page) => page.locator('cost-calculator [aria-live="polite"]');

async function noNaN(page: Page) {
  const text = await page.locator('main').innerText();
  expect(text).not.toMatch(/NaN|undefined|Infinity|\$-/);
}

test('calculator: a preset changes both figures, the sentence, the workload line and the URL; reload restores it', async ({ page }) => {
  await page.goto(PAIR);
  await expect(phi(page)).toContainText('$87.00');
  await expect(qwen(page)).toContainText('$121.00');
  await page.getByRole('radio', { name: /Generation-heavy/ }).check();
  // 350M × $0.065 + 700M × $0.14 = $120.75; 350M × $0.07 + 700M × $0.26 = $206.50.
  await expect(phi(page)).toContainText('$120.75 a month');
  await expect(qwen(page)).toContainText('$206.50 a month');
  await expect(phi(page).getByText('lower estimate')).toBeVisible();
  await expect(page.locator('#cost [data-calc-summary]')).toHaveText(
    'Phi-4 costs 42% less than Qwen3.5-Flash at this workload: $120.75 against $206.50 a month. The gap is $85.75 a month.',
  );
  await expect(page.locator('#cost .section-lede')).toContainText('At 350M input + 700M output tokens a month');
  await expect(status(page)).toContainText('Generation-heavy (1:2), 350M input + 700M output tokens a month: Phi-4 costs 42% less');
  await expect(page).toHaveURL(/\?workload=generation-heavy$/);
  // The pricing tables' Monthly column: Phi-4 on Azure, 350M × $0.125 + 700M × $0.50.
  await expect(page.locator('td[data-calc-provider="azure"][data-calc-side="a"]')).toHaveText('$393.75');
  await page.reload();
  await expect(page.getByRole('radio', { name: /Generation-heavy/ })).toBeChecked();
  await expect(phi(page)).toContainText('$120.75');
  await expect(qwen(page)).toContainText('$206.50');
  // Back to the default: the page reads exactly as the static HTML, and the URL is the canonical one.
  await page.getByRole('radio', { name: /Site default/ }).check();
  await expect(page.locator('#cost [data-calc-summary]')).toHaveText(
    'Phi-4 costs 28% less than Qwen3.5-Flash at this workload: $87.00 against $121.00 a month. The gap is $34.00 a month.',
  );
  await expect(page).toHaveURL(new RegExp(`${PAIR.replace(/\./g, '\\.')}$`));
  await noNaN(page);
});

test('calculator: custom tokens (in millions) recompute, go into the URL and come back on reload', async ({ page }) => {
  await page.goto(PAIR);
  await page.getByLabel('Input tokens a month, in millions').fill('100');
  await page.getByLabel('Output tokens a month, in millions').fill('1,000');
  await page.getByLabel('Output tokens a month, in millions').press('Enter');
  await expect(page.getByRole('radio', { name: 'Custom' })).toBeChecked();
  // 100M × $0.065 + 1,000M × $0.14 = $146.50; 100M × $0.07 + 1,000M × $0.26 = $267.00.
  await expect(phi(page)).toContainText('$146.50');
  await expect(qwen(page)).toContainText('$267.00');
  await expect(page.locator('#cost .section-lede')).toContainText('100M input + 1B output tokens a month');
  await expect(page).toHaveURL(/\?in=100&out=1000$/);
  await page.reload();
  await expect(page.getByLabel('Input tokens a month, in millions')).toHaveValue('100');
  await expect(phi(page)).toContainText('$146.50');
  await noNaN(page);
});

test('calculator: invalid custom input says what is wrong and never shows NaN', async ({ page }) => {
  await page.goto(`${PAIR}?workload=retrieval-heavy`);
  // 1,000M × $0.065 + 50M × $0.14 = $72.00
  await expect(phi(page)).toContainText('$72.00');
  const input = page.getByLabel('Input tokens a month, in millions');
  const cases: [string, RegExp][] = [
    ['-5', /cannot be negative/],
    ['', /Enter the input tokens a month/],
    ['99999999999', /too many: at most 10,000,000 million/],
    ['abc', /must be a number/],
  ];
  for (const [value, message] of cases) {
    await input.fill(value);
    await input.press('Enter');
    await expect(page.locator('#calc-in-error')).toHaveText(message);
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await expect(status(page)).toContainText('Figures not updated');
    // The figures stay at the last valid workload.
    await expect(phi(page)).toContainText('$72.00');
    await expect(page).toHaveURL(/\?workload=retrieval-heavy$/);
    await noNaN(page);
  }
  await input.fill('1000');
  await input.press('Enter');
  await expect(page.locator('#calc-in-error')).toBeHidden();
  await expect(input).not.toHaveAttribute('aria-invalid', 'true');
  // A hostile or broken URL: the message, and the default figures.
  await page.goto(`${PAIR}?in=abc&out=-1`);
  await expect(page.locator('#calc-in-error')).toHaveText(/must be a number/);
  await expect(page.locator('#calc-out-error')).toHaveText(/cannot be negative/);
  await expect(phi(page)).toContainText('$87.00');
  await noNaN(page);
});

test('calculator: works from the keyboard alone', async ({ page }) => {
  await page.goto(PAIR);
  // Tab into the form from the top of the page: the first stop in it is the checked radio.
  const radio = page.getByRole('radio', { name: /Site default/ });
  for (let i = 0; i < 80 && !(await radio.evaluate((e) => e === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(radio).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: /Retrieval-heavy/ })).toBeChecked();
  await expect(phi(page)).toContainText('$72.00'); // 1,000M × $0.065 + 50M × $0.14
  await expect(qwen(page)).toContainText('$83.00'); // 1,000M × $0.07 + 50M × $0.26
  await page.keyboard.press('Tab'); // out of the radio group, into the input field
  await expect(page.getByLabel('Input tokens a month, in millions')).toBeFocused();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('100');
  await page.keyboard.press('Tab');
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('1000');
  await page.keyboard.press('Enter');
  await expect(phi(page)).toContainText('$146.50');
  await expect(page).toHaveURL(/\?in=100&out=1000$/);
});

test('calculator: on a model page the headline cost, the summary and the Monthly column follow the workload', async ({ page }) => {
  await page.goto(MODEL);
  const stat = page.locator('[data-stat="cost"]');
  await expect(stat).toContainText('$87.00');
  await page.getByRole('radio', { name: /Generation-heavy/ }).check();
  await expect(stat.locator('[data-stat-value]')).toHaveText('$120.75');
  await expect(stat.locator('[data-stat-detail]')).toHaveText('via OpenRouter');
  await expect(page.locator('#pricing [data-calc-summary]')).toContainText('Cheapest: OpenRouter at $120.75 a month for 350M input + 700M output tokens.');
  await expect(page.locator('#pricing caption')).toContainText('per month at 350M input + 700M output tokens a month');
  await expect(page.locator('td[data-calc-provider="openrouter"]')).toHaveText('$120.75');
  await expect(page.locator('td[data-calc-provider="azure"]')).toHaveText('$393.75');
  await expect(page).toHaveURL(/\?workload=generation-heavy$/);
  await page.reload();
  await expect(stat.locator('[data-stat-value]')).toHaveText('$120.75');
  await noNaN(page);
});

test('calculator: no axe violations with a custom workload and with an error shown', async ({ page }) => {
  const axe = () => axeViolations(page, ['cost-calculator', '#cost']);
  await page.goto(`${PAIR}?in=100&out=1000`);
  await expect(phi(page)).toContainText('$146.50');
  expect(await axe()).toEqual([]);
  await page.getByLabel('Input tokens a month, in millions').fill('abc');
  await page.getByLabel('Input tokens a month, in millions').press('Enter');
  await expect(page.locator('#calc-in-error')).toBeVisible();
  expect(await axe()).toEqual([]);
});
