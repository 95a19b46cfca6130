/**
 * (b) axe-core finds no WCAG 2.0/2.1 A and AA violations on any template (tests/e2e/pages.ts), in the
 * light and the dark colour scheme (the site follows `prefers-color-scheme`; the dark one redefines
 * colours only, so it is checked with the colour rules), so contrast is checked against both palettes
 * of src/styles/global.css; and on 25 pair pages of the real catalogue drawn
 * with a fixed seed (pair pages share one template, but which sections, rows and badges appear
 * depends on the two models: the draw reaches variants the template's one example does not).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { axeViolations, COLOUR_RULES } from './axe';
import { TEMPLATES } from './pages';

const SCHEMES = ['light', 'dark'] as const;

for (const colorScheme of SCHEMES) {
  // Every WCAG A/AA rule in the light scheme; in the dark one, which only changes colours, the colour rules (axe.ts).
  const what = colorScheme === 'light' ? 'wcag2a, wcag2aa, wcag21a, wcag21aa' : COLOUR_RULES.join(', ');
  for (const { path, status } of TEMPLATES) {
    test(`a11y (${colorScheme}): ${path} has no axe violations (${what})`, async ({ page }) => {
      // The real catalogue's largest pages (the home table, the picker, a provider's route table)
      // take several seconds of axe each on a loaded 2-core machine.
      test.setTimeout(120_000);
      await page.emulateMedia({ colorScheme });
      const res = await page.goto(path);
      expect(res?.status(), `${path} should be served`).toBe(status);
      expect(await axeViolations(page, [], { colourOnly: colorScheme === 'dark' })).toEqual([]);
    });
  }
}

/** The draw's seed: change it to look at another 25 pages; fixed so a failure reproduces. */
const PAIR_SEED = 20261203;
const PAIR_SAMPLE = 25;

/** mulberry32: a small seeded generator, so the draw is the same on every machine. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Every built pair page (the folders of dist/compare/ holding an index.html), sorted, then drawn. */
function drawPairs(): string[] {
  const dir = join(process.env.E2E_DIST ?? 'dist', 'compare');
  const all = readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name.includes('-vs-'))
    .map((d) => d.name)
    .sort();
  const next = rng(PAIR_SEED);
  const picked = new Set<string>();
  while (picked.size < Math.min(PAIR_SAMPLE, all.length)) picked.add(all[Math.floor(next() * all.length)]!);
  return [...picked].map((slug) => `/compare/${slug}/`);
}

test.describe('pair pages drawn with a fixed seed', () => {
  for (const path of drawPairs()) {
    // The light scheme with every rule: the dark palette's contrast is the same on every pair page
    // (one template, one stylesheet) and checked on the two template pairs above.
    test(`a11y (light): ${path} has no axe violations`, async ({ page }) => {
      test.setTimeout(60_000);
      expect((await page.goto(path))?.status(), `${path} should be served`).toBe(200);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});
