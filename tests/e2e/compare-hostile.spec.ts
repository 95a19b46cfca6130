/**
 * The browser-rendered compare over the hostile fixture (dist-hostile/, served without the CSP so a
 * hole would show): names, licences, variants and model ids full of `<script>`, `onerror` and
 * `javascript:` reach the page only as text, since the client builds every element with
 * createElement/textContent, and its links only come from the view-model's paths and sources.
 */
import { expect, test } from '@playwright/test';
import { getCatalog } from '../../src/lib/data/load';
import { compareUrl, watchForExecution } from './compare-expect';

const cat = getCatalog('tests/fixtures/hostile');

test('compare (hostile data): a pair rendered in the browser shows the payloads as text and executes nothing', async ({ page }) => {
  const executed = watchForExecution(page);
  const [a, b] = cat.models.map((m) => m.id);
  await page.goto(compareUrl(a!, b!));
  const out = page.locator('[data-compare-result]');
  await expect(out).toBeVisible({ timeout: 15_000 });
  const mallory = cat.models.find((m) => m.name.includes('<script>'))!;
  await expect(out.locator('[data-compare-title]')).toContainText(mallory.name);
  await expect(out.locator('script, iframe, object, embed, img, svg')).toHaveCount(0);
  const bad = await out.evaluate((root) =>
    [...root.querySelectorAll('*')].flatMap((e) =>
      [...e.attributes].filter((at) => /^on/i.test(at.name) || /^\s*javascript:/i.test(at.value)).map((at) => `${e.tagName} ${at.name}=${at.value}`),
    ),
  );
  expect(bad).toEqual([]);
  expect(await executed()).toEqual([]);
});
