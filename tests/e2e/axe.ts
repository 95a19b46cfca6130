/** axe-core over the current page with the WCAG 2.0/2.1 A and AA rules: one line per violation, naming the rule, the impact and the first offending nodes. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** `include`: CSS selectors to limit the check to (a section under test); the whole page by default. */
export async function axeViolations(page: Page, include: string[] = []): Promise<string[]> {
  // Legacy mode runs axe.run in the page itself. The default mode runs it per frame, then serialises
  // every node's partial result into a fresh blank page to merge them: 5–11 s a page on the real
  // catalogue's larger pages here against 1–2 s (measured on /compare/, /providers/openrouter/ and
  // the home page, same violations). It cannot see inside iframes; the site has none, and this
  // checks that it stays so, rather than silently checking less.
  const frames = page.frames().length;
  if (frames > 1) throw new Error(`${page.url()} has ${frames - 1} iframe(s): axe's legacy mode does not look inside them; use the default mode for this page`);
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).setLegacyMode(true);
  for (const selector of include) builder = builder.include(selector);
  const result = await builder.analyze();
  return result.violations.map(
    (v) => `${v.id} (${v.impact}, ${v.nodes.length}×): ${v.help} → ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`,
  );
}
