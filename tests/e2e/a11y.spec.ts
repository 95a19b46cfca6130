/**
 * (b) axe-core finds no WCAG 2.0/2.1 A and AA violations on any template (tests/e2e/pages.ts), in the
 * light and the dark colour scheme (the site follows `prefers-color-scheme`), so contrast is checked
 * against both palettes of src/styles/global.css.
 */
import { expect, test } from '@playwright/test';
import { axeViolations } from './axe';
import { TEMPLATES } from './pages';

for (const colorScheme of ['light', 'dark'] as const) {
  for (const { path, status } of TEMPLATES) {
    test(`a11y (${colorScheme}): ${path} has no axe violations (wcag2a, wcag2aa, wcag21a, wcag21aa)`, async ({ page }) => {
      // axe over the real catalogue's largest pages (the home table, the list of every comparison)
      // took over 30 s on a loaded 2-core machine.
      test.setTimeout(120_000);
      await page.emulateMedia({ colorScheme });
      const res = await page.goto(path);
      expect(res?.status(), `${path} should be served`).toBe(status);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
}
