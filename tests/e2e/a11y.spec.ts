/** (b) axe-core finds no WCAG 2.0/2.1 A and AA violations on the three main page types. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { MAIN_PAGES } from './pages';

// axe takes 12–30 s on a 3,000–4,000-node page (the home page, /compare/ with a rendered pair) when
// these shared 2-core machines are loaded (load average 12 measured): Playwright's 30 s default is too tight.
test.describe.configure({ timeout: 90_000 });

for (const path of MAIN_PAGES) {
  test(`a11y: ${path} has no axe violations (wcag2a, wcag2aa, wcag21a, wcag21aa)`, async ({ page }) => {
    const res = await page.goto(path);
    expect(res?.status(), `${path} should be served`).toBe(200);
    const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    // One line per violation, naming the rule, the impact and the first offending nodes.
    const found = result.violations.map(
      (v) => `${v.id} (${v.impact}, ${v.nodes.length}×): ${v.help} → ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`,
    );
    expect(found).toEqual([]);
  });
}
