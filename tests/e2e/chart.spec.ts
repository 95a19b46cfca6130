/**
 * The price-vs-benchmark chart on a pair page, in light and dark: the background drawn with
 * <use href="/charts/price-<series>.svg#bg"> loads (200, image/svg+xml, no CSP violation) and renders,
 * both marked models are drawn and named, and axe finds nothing in the chart.
 */
import { axeViolations } from './axe';
import { expect, test } from '@playwright/test';
import { CHART_PAIR } from './pages';

for (const colorScheme of ['light', 'dark'] as const) {
  test(`chart (${colorScheme}): the shared background loads under the CSP and renders behind both marks`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
    });
    const svgResponses: { url: string; status: number; type: string }[] = [];
    page.on('response', (r) => {
      if (new URL(r.url()).pathname.includes('/charts/')) svgResponses.push({ url: r.url(), status: r.status(), type: r.headers()['content-type'] ?? '' });
    });
    await page.goto(CHART_PAIR, { waitUntil: 'networkidle' });

    const svg = page.locator('figure.chart svg[role="img"]');
    await expect(svg).toHaveCount(1);
    const use = svg.locator('use');
    const target = (await use.getAttribute('href'))!;
    expect(target).toMatch(/\/charts\/price-[a-z0-9.-]+\.svg#bg$/);
    // The browser fetched the file the <use> names, and it is an SVG.
    expect(svgResponses.map((r) => new URL(r.url).pathname)).toContain(target.replace(/#.*$/, ''));
    for (const r of svgResponses) {
      expect(r.status).toBe(200);
      expect(r.type).toContain('image/svg+xml');
    }
    // The referenced group rendered: the <use> has the plot's extent, not an empty box.
    const box = await use.evaluate((u) => {
      const b = (u as SVGGraphicsElement).getBBox();
      return { width: b.width, height: b.height };
    });
    expect(box.width).toBeGreaterThan(300);
    expect(box.height).toBeGreaterThan(200);
    expect(violations).toEqual([]);

    await expect(svg.locator('.chart-label text')).toHaveCount(2);
    await expect(svg.locator('title')).not.toBeEmpty();
    await expect(svg.locator('desc')).toContainText('(circle)');
    expect(await axeViolations(page, ['figure.chart'])).toEqual([]);
  });
}
