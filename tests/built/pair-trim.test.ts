/**
 * Pair pages show the pricing routes and benchmark runs a buyer compares and leave the long tail to the
 * model pages (issue 9's size budget); nothing may disappear silently. On every pair page, against its
 * JSON twin (which keeps the full data):
 * - per model, the pricing rows shown plus the "N more routes" the table states = the model's routes;
 * - the benchmark table has a row per benchmark both models have a score on, and one line per model
 *   names how many benchmarks only it has.
 */
import { expect, test } from 'vitest';
import { distFiles, readDist, report, requireDist } from './dist';

const PAGE = /^compare\/([^/]+-vs-[^/]+)\/index\.html$/;

/** The HTML between a section's heading id and the section's end. */
function section(html: string, titleId: string): string {
  const i = html.indexOf(`id="${titleId}"`);
  return i < 0 ? '' : html.slice(i, html.indexOf('</section>', i));
}

test('every pair page accounts for every pricing route and benchmark of its twin', () => {
  requireDist();
  const slugs = distFiles().flatMap((f) => PAGE.exec(f)?.[1] ?? []);
  expect(slugs.length).toBeGreaterThan(0);
  const problems: string[] = [];
  for (const slug of slugs) {
    const html = readDist(`compare/${slug}/index.html`);
    const c = (JSON.parse(readDist(`compare/${slug}.json`)) as { comparison: { pricing: Record<'a' | 'b', unknown[]>; benchmarks: { shared: unknown[]; unlike: unknown[]; only: Record<'a' | 'b', unknown[]> } } }).comparison;
    const tables = section(html, 'pricing-title').split('<table').slice(1);
    if (tables.length !== 2) problems.push(`${slug}: ${tables.length} pricing tables`);
    tables.forEach((t, i) => {
      const side = i === 0 ? 'a' : 'b';
      const want = c.pricing[side].length;
      const rows = (t.match(/<th scope="row"/g) ?? []).length;
      const more = Number(/(\d+) more routes? on /.exec(t)?.[1] ?? 0);
      const got = want === 0 ? (rows === 1 ? 0 : rows) : rows + more;
      if (got !== want) problems.push(`${slug}: pricing ${side} shows ${rows} rows + ${more} more, twin has ${want} routes`);
    });
    const bench = section(html, 'benchmarks-title');
    const rows = (bench.match(/<th scope="row"/g) ?? []).length;
    const both = c.benchmarks.shared.length + c.benchmarks.unlike.length;
    if (rows !== both) problems.push(`${slug}: ${rows} benchmark rows, twin has ${both} with scores on both sides`);
    for (const side of ['a', 'b'] as const) {
      const n = c.benchmarks.only[side].length;
      const line = new RegExp(`data-only="${side}"[^>]*>[^<]*? only \\((\\d+)\\):`).exec(bench);
      if (Number(line?.[1] ?? 0) !== n) problems.push(`${slug}: only-${side} line says ${line?.[1] ?? 'nothing'}, twin has ${n}`);
    }
  }
  expect(problems.length, report(problems, 'pair pages that drop data silently')).toBe(0);
});
