/** axe-core over the current page with the WCAG 2.0/2.1 A and AA rules: one line per violation, naming the rule, the impact and the first offending nodes. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/**
 * The rules whose outcome depends on colours. The dark scheme (src/styles/global.css) only redefines
 * colour custom properties, so a page already checked in full in the light scheme needs only these
 * in the dark one (`colourOnly`).
 */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** `include`: CSS selectors to limit the check to (a section under test); the whole page by default. */
export async function axeViolations(page: Page, include: string[] = [], { colourOnly = false } = {}): Promise<string[]> {
  // Legacy mode runs axe.run in the page itself. The default mode runs it per frame, then serialises
  // every node's partial result into a fresh blank page to merge them: 5–11 s a page on the real
  // catalogue's larger pages here against 1–2 s (measured on /compare/, /providers/openrouter/ and
  // the home page, same violations). It cannot see inside iframes; the site has none, and this
  // checks that it stays so, rather than silently checking less.
  const frames = page.frames().length;
  if (frames > 1) throw new Error(`${page.url()} has ${frames - 1} iframe(s): axe's legacy mode does not look inside them; use the default mode for this page`);
  let builder = new AxeBuilder({ page }).setLegacyMode(true);
  builder = colourOnly ? builder.withRules(COLOUR_RULES) : builder.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  for (const selector of include) builder = builder.include(selector);
  const result = await builder.analyze();
  return result.violations.map(
    (v) => `${v.id} (${v.impact}, ${v.nodes.length}×): ${v.help} → ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`,
  );
}
