/**
 * The price-vs-benchmark chart in the built site (src/components/chart/, src/lib/pages/price-chart.ts):
 * - the shared background file exists once per charted series and holds every plotted model once,
 *   at the view-model's coordinates;
 * - every pair page either draws the chart (an accessible SVG whose <use> points, under the base
 *   path, at that file) or says in one sentence why the pair has no point;
 * - the chart adds at most CHART_BUDGET_GZIP to a pair page (thousands of pages share the background).
 */
import { gzipSync } from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { expect, test } from 'vitest';
import { dataDir, loadCatalog } from '../../src/lib/data/load';
import { getPairPlan } from '../../src/lib/compare/pairs';
import { pairChart, priceChart } from '../../src/lib/pages/price-chart';
import { basePath, distFiles, htmlFiles, readDist, report, resolvesInDist } from './dist';

/**
 * What the chart may add to one pair page, gzip: 700 bytes, under a seventeenth of a pair page's
 * 12 KB budget (budgets.test.ts holds the whole page to that). The real catalogue's heaviest is
 * 660 bytes (two long model names labelled, and the data table's two rows); the median 512.
 */
const CHART_BUDGET_GZIP = 700;

/** Throws with xmllint's message unless `xml` is well-formed (xmllint also checks the sitemaps; see tests/README.md). */
const wellFormed = (xml: string) => execFileSync('xmllint', ['--noout', '-'], { input: xml, stdio: ['pipe', 'pipe', 'pipe'] });

const cat = loadCatalog(dataDir());
const chart = priceChart(cat);
const pairPages = () => htmlFiles().filter((f) => /^compare\/[^/]+-vs-[^/]+\/index\.html$/.test(f));
const SECTION = /<section aria-labelledby="chart-title"[\s\S]*?<\/section>/;
/** The pair's model ids, from the pair plan the build used (parsing each 35 KB twin for them took ~25 s). */
const plan = new Map(getPairPlan(cat).pairs.map((p) => [p.slug, [p.a, p.b]]));
const pairIds = (f: string): string[] => {
  const ids = plan.get(f.split('/')[1]!);
  if (!ids) throw new Error(`${f}: a pair page the pair plan does not have`);
  return ids;
};

test('the shared background file holds every plotted model once, where the view-model puts it', () => {
  const files = distFiles().filter((f) => f.startsWith('charts/'));
  if (!chart) {
    expect(files).toEqual([]);
    return;
  }
  expect(files).toEqual([`charts/price-${chart.slug}.svg`]);
  const svg = readDist(files[0]!);
  wellFormed(svg);
  expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  expect(svg.match(/<g id="bg"/g)).toHaveLength(1);
  const dots = [...svg.matchAll(/<circle cx="([\d.]+)" cy="([\d.]+)" r="[\d.]+" data-id="([^"]+)">/g)];
  expect(dots.map((d) => d[3]).sort()).toEqual(chart.points.map((p) => p.id).sort());
  for (const [, cx, cy, id] of dots) {
    const p = chart.byId.get(id!)!;
    expect([Number(cx), Number(cy)]).toEqual([p.x, p.y]);
  }
});

test('every pair page draws the chart or says why not; the SVG is accessible and its <use> resolves under the base path', () => {
  const problems: string[] = [];
  const svgs: string[] = [];
  let drawn = 0;
  for (const f of pairPages()) {
    const html = readDist(f);
    const section = html.match(SECTION)?.[0];
    const [a, b] = pairIds(f);
    const view = pairChart(cat, a!, b!);
    if (view.kind === 'none') {
      if (section) problems.push(`${f}: a chart section without any chart`);
      continue;
    }
    if (!section) {
      problems.push(`${f}: no chart section`);
      continue;
    }
    if (view.kind === 'missing') {
      if (/<svg/.test(section)) problems.push(`${f}: an SVG where the pair has no point`);
      if (!/<p>[^<]+\.<\/p>/.test(section)) problems.push(`${f}: no sentence saying why the pair has no point`);
      continue;
    }
    drawn++;
    const svg = section.match(/<svg[\s\S]*?<\/svg>/)?.[0] ?? '';
    svgs.push(svg);
    if (!/ role="img"/.test(svg)) problems.push(`${f}: the SVG is not role="img"`);
    const t = svg.match(/aria-labelledby="([^"]+)" aria-describedby="([^"]+)"/);
    if (!t || !svg.includes(`<title id="${t[1]}">`) || !svg.includes(`<desc id="${t[2]}">`)) problems.push(`${f}: title/desc missing or not referenced`);
    const desc = svg.match(/<desc[^>]*>([^<]*)<\/desc>/)?.[1] ?? '';
    for (const m of view.marked) if (!desc.includes(m.usdText)) problems.push(`${f}: the description does not place ${m.id}`);
    const use = svg.match(/<use href="([^"]+)"/)?.[1];
    const target = `${basePath()}${chart!.file}#bg`;
    if (use !== target) problems.push(`${f}: <use href="${use}"> instead of ${target}`);
    else if (!resolvesInDist(use)) problems.push(`${f}: <use> points at a file not in dist/`);
    if (!/<circle [^>]*\/?>(<\/circle>)?<rect /.test(svg) || (svg.match(/<g class="chart-label">(<text [^>]+>[^<]+<\/text>){2}<\/g>/g) ?? []).length !== 1)
      problems.push(`${f}: the two models are not marked by shape and name`);
    if (/ style=/.test(section)) problems.push(`${f}: inline style (the CSP forbids it)`);
  }
  expect(report(problems, 'chart problems')).toBe('');
  // Every page's SVG parses as XML: one xmllint run over all of them.
  wellFormed(`<all>${svgs.join('\n')}</all>`);
  if (chart && chart.points.length >= 2) expect(drawn).toBeGreaterThan(0);
});

test(`the chart adds at most ${CHART_BUDGET_GZIP} bytes gzip to a pair page`, () => {
  const drawn: number[] = [];
  const over: string[] = [];
  for (const f of pairPages()) {
    const html = readDist(f);
    const m = html.match(SECTION);
    if (!m) continue;
    // A one-sentence section smaller than the budget raw cannot exceed it compressed: skip the gzip.
    const isChart = m[0].includes('<svg');
    if (!isChart && Buffer.byteLength(m[0]) <= CHART_BUDGET_GZIP) continue;
    const without = html.slice(0, m.index) + html.slice(m.index! + m[0].length);
    const added = gzipSync(html).length - gzipSync(without).length;
    if (isChart) drawn.push(added);
    if (added > CHART_BUDGET_GZIP) over.push(`${f}: ${added} bytes`);
  }
  drawn.sort((x, y) => x - y);
  console.log(`chart: ${drawn.length} pair pages draw it; added gzip bytes median ${drawn[Math.floor(drawn.length / 2)] ?? 0}, max ${drawn.at(-1) ?? 0}`);
  expect(report(over, `pair pages where the chart adds more than ${CHART_BUDGET_GZIP} bytes gzip`)).toBe('');
});
