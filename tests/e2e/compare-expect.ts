/**
 * What a client-rendered /compare/?a=&b= must show, computed here from the data with the build's
 * engine (never a hard-coded string), and the checks shared by compare.spec.ts (seed) and
 * compare-site.spec.ts (real catalogue).
 */
import { expect, type Page } from '@playwright/test';
import { leaderText } from '../../src/lib/compare/benchmark-text';
import { buildComparison } from '../../src/lib/compare/index';
import type { PairPlan } from '../../src/lib/compare/pairs';
import type { Catalog } from '../../src/lib/data/load';
import { TRI_STATE_TEXT } from '../../src/lib/format';

export const compareUrl = (a: string, b: string) => `/compare/?${new URLSearchParams({ a, b })}`;

/** Renders /compare/?a=&b= and checks every main figure and statement against the engine's. */
export async function expectClientComparison(page: Page, cat: Catalog, plan: PairPlan, a: string, b: string): Promise<void> {
  const c = buildComparison(cat, a, b, plan);
  const names = { a: c.models.a.name, b: c.models.b.name };
  const out = page.locator('pair-compare [data-compare-result]');
  await expect(out).toBeVisible({ timeout: 15_000 });
  await expect(out.locator('[data-compare-title]')).toHaveText(`${names.a} vs ${names.b}`);
  await expect(out.locator('[data-verdict]')).toHaveText(c.verdict.headline);
  for (const [i, s] of (['a', 'b'] as const).entries()) {
    const e = c.cost.estimates[s];
    await expect(out.locator(`[data-cost="${c.ids[i]}"] [data-figure]`)).toHaveText(e.text !== null ? `${e.text} a month` : 'No estimate');
  }
  await expect(out.locator('[data-cost-summary]')).toContainText(c.cost.summary);
  for (const r of c.specs) {
    const row = out.locator(`[data-spec="${r.label}"] td`);
    await expect(row).toHaveText([r.a ?? '—', r.b ?? '—']);
  }
  for (const r of c.capabilities) await expect(out.locator(`[data-capability="${r.label}"] td`)).toHaveText([TRI_STATE_TEXT[r.a], TRI_STATE_TEXT[r.b]]);
  for (const r of c.scorecard) await expect(out.locator(`[data-score-row="${r.label}"] td`)).toHaveText([r.a.text ?? '—', r.b.text ?? '—']);
  const rows = [...c.benchmarks.shared, ...c.benchmarks.unlike, ...c.benchmarks.only.a, ...c.benchmarks.only.b];
  await expect(out.locator('[data-benchmark]')).toHaveCount(rows.length);
  for (const r of rows) await expect(out.locator(`[data-benchmark="${r.id}"] [data-lead]`)).toContainText(leaderText(r, names) ?? '—');
  for (const [i, s] of (['a', 'b'] as const).entries()) await expect(out.locator(`[data-pricing="${c.ids[i]}"] tbody tr`)).toHaveCount(Math.max(1, c.pricing[s].length));
}

/** Fails on any dialog, page error or `window.__pwned*` global (a hostile query must execute nothing). */
export function watchForExecution(page: Page): () => Promise<string[]> {
  const seen: string[] = [];
  page.on('dialog', (d) => {
    seen.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  page.on('pageerror', (e) => seen.push(`page error: ${e.message}`));
  return async () => {
    const globals = await page.evaluate(() => Object.keys(window).filter((k) => k.startsWith('__pwned')));
    return [...seen, ...globals.map((g) => `global ${g}`)];
  };
}
