/**
 * On the real catalogue: a workload can change which model is cheaper, and the page says so.
 * DeepSeek-V3.1 (nano-gpt, $0.20 in / $0.70 out per 1M) against Grok-3 Mini (Helicone, $0.30 / $0.50):
 *   chat, 787.5M + 262.5M:            $341.25 against $367.50 — DeepSeek-V3.1 is cheaper;
 *   generation-heavy, 350M + 700M:    $560.00 against $455.00 — Grok-3 Mini is cheaper.
 */
import { expect, test } from '@playwright/test';

const PAIR = '/compare/deepseek-v3.1-vs-grok-3-mini/';

test('calculator (real catalogue): chat and generation-heavy flip the cheaper model, in the figures, the badge, the sentence and the URL', async ({ page }) => {
  await page.goto(PAIR);
  const ds = page.locator('#cost [data-cost="deepseek-v3.1"]');
  const grok = page.locator('#cost [data-cost="grok-3-mini"]');
  const summary = page.locator('#cost [data-calc-summary]');
  await page.getByRole('radio', { name: /Chat/ }).check();
  await expect(ds).toContainText('$341.25');
  await expect(grok).toContainText('$367.50');
  await expect(ds.getByText('lower estimate')).toBeVisible();
  await expect(grok.getByText('lower estimate')).toHaveCount(0);
  await expect(summary).toContainText('DeepSeek-V3.1 costs 7% less than Grok-3 Mini at this workload');
  await expect(page).toHaveURL(/\?workload=chat$/);

  await page.getByRole('radio', { name: /Generation-heavy/ }).check();
  await expect(ds).toContainText('$560.00');
  await expect(grok).toContainText('$455.00');
  await expect(grok.getByText('lower estimate')).toBeVisible();
  await expect(ds.getByText('lower estimate')).toHaveCount(0);
  await expect(summary).toContainText('Grok-3 Mini costs 19% less than DeepSeek-V3.1 at this workload');
  await expect(page.locator('cost-calculator [aria-live="polite"]')).toContainText('Grok-3 Mini costs 19% less');
  await expect(page).toHaveURL(/\?workload=generation-heavy$/);

  await page.reload();
  await expect(grok.getByText('lower estimate')).toBeVisible();
  await expect(grok).toContainText('$455.00');
});
