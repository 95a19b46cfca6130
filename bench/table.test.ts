import { describe, expect, it } from 'vitest';
import { astroPhases, astroSeconds, hookTimes, pageCounts } from './phases';
import { checks, END, formatTable, incrementalLine, replaceBetweenMarkers, START, type Results } from './table';

const results: Results = {
  date: '2026-12-03T07:38:00.000Z',
  duration_s: 60,
  command: 'npm run bench -- --n 100,300',
  seed: 1,
  machine: { cores: 2, cpu: 'AMD EPYC', mem_gb: 24, node: 'v22.23.3', astro: '7.3.5', commit: 'abc1234' },
  config: { build_concurrency: 4, trailing_slash: 'ignore' },
  runs: [100, 300].map((n, i) => ({
    n_models: n,
    pairs: (n * (n - 1)) / 2,
    pages: (n * (n - 1)) / 2 + n + 5,
    json_twins: (n * (n - 1)) / 2,
    pages_by_kind: {},
    project_wall_s: 10,
    project_pages_per_s: i === 0 ? 500 : 400,
    baseline_pages_per_s: 600,
    ratio: i === 0 ? 0.83 : 0.67,
    generate_ratio: 0.7,
    project_phases: { astro_s: 9, generate_s: 8, outside_astro_s: 1 },
    peak_rss_mb: 900,
    peak_single_rss_mb: 880,
    max_processes: 2,
    dist_mb: 100,
    files: 1000,
    pair_page: { path: 'compare/a-vs-b/index.html', raw_kb: 48.4, gzip_kb: 8.8 },
    model_page: null,
    json_twin: null,
    baseline: null,
  })),
  engine_ms_all_pairs: 1500,
  engine: { n_models: 300, models: 300, pairs: 44850, runs: 3, best_ms: 1500, median_ms: 1600, plan_ms: 20, per_pair_us: 33.4 },
  incremental_s: null,
  incremental: null,
  pagefind_s: null,
  pagefind_peak_mb: null,
  pagefind: { n_models: 300, wall_s: null, peak_rss_mb: null, note: 'pagefind is not installed' },
  real_all: null,
};

describe('bench report', () => {
  it('reads each target from the results, and says "not measured" rather than inventing a figure', () => {
    const c = Object.fromEntries(checks(results).map((x) => [x.target, x]));
    expect(c['ratio ≥ 0.8 at every N']).toMatchObject({ value: '0.83, 0.67', ok: false });
    expect(c['pages/s at N=300 ≥ 85 % of N=100']).toMatchObject({ value: '80 %', ok: false });
    expect(c['engine, all 44,850 pairs < 2 s']).toMatchObject({ ok: true });
    expect(c['search index ≤ 30 s and ≤ 1 GB']).toMatchObject({ value: 'not measured', ok: null });
    expect(formatTable(results)).toContain('Pagefind: pagefind is not installed');
  });

  it('replaces only the text between the README markers', () => {
    const readme = `# Title\n\nintro\n${START}\nold table\n${END}\n\nafter\n`;
    const out = replaceBetweenMarkers(readme, 'NEW');
    expect(out).toBe(`# Title\n\nintro\n${START}\nNEW\n${END}\n\nafter\n`);
    expect(replaceBetweenMarkers(out, 'NEW')).toBe(out);
    expect(() => replaceBetweenMarkers('# no markers', 'x')).toThrow(/bench:start/);
  });

  it("reads Astro's phase times from the end of its log", () => {
    const tail = ' (+4ms) \n07:38:59 ✓ Completed in 7.20s.\n\n07:38:59 [build] ✓ Completed in 10.04s.\n07:39:00 [build] 1280 page(s) built in 12.22s\n';
    expect(astroPhases(tail, 16.5)).toEqual({ astro_s: 12.22, generate_s: 7.2, outside_astro_s: 4.28 });
    expect(astroPhases('no astro output', 3)).toEqual({ astro_s: null, generate_s: null, outside_astro_s: null });
  });
});

describe('incremental build figures', () => {
  const log = [
    '12:00:01   ├─ /compare/a-vs-b/index.html (+3ms) ',
    '12:00:01   ├─ /compare/a-vs-c/index.html (cached)',
    '12:00:01   ├─ /compare/b-vs-c/index.html (restored)',
    '12:00:01   ├─ /models/a/index.html (+5ms) ',
    '12:00:02 [llm-versus:incremental] astro:build:done took 0.05 s',
    '12:00:03 [llm-versus:twins] wrote 3 JSON twins in 1.2 s',
    '12:00:03 [llm-versus:twins] astro:build:done took 1.25 s',
    '12:00:09 [llm-versus:search-index] astro:build:done took 6.00 s',
  ].join('\n');

  it("reads each hook's time and which pages were rendered or kept", () => {
    expect(hookTimes(log)).toEqual({ 'llm-versus:incremental': 0.05, 'llm-versus:twins': 1.25, 'llm-versus:search-index': 6 });
    expect(pageCounts(log)).toEqual({ rendered: 2, kept: 2, pairs_rendered: 1 });
  });

  it('says the rebuild, its Astro part, each hook and both cold builds', () => {
    const line = incrementalLine({
      n_models: 300,
      wall_s: 9.5,
      peak_rss_mb: 700,
      changed_model: 'm',
      mode: 'INCREMENTAL_BUILD=1',
      astro_log: null,
      astro_s: 8,
      generate_s: 1,
      astro_without_hooks_s: 0.7,
      hooks_s: { 'llm-versus:twins': 1.25, 'llm-versus:search-index': 6 },
      hooks_total_s: 7.25,
      pages: { rendered: 400, kept: 44_650, pairs_rendered: 299 },
      cold: { wall_s: 900, peak_rss_mb: 1200, astro_s: 890, generate_s: 800, astro_without_hooks_s: 800, hooks_s: {}, hooks_total_s: 90 },
      full_build_without_cache: { wall_s: 600, peak_rss_mb: 1100 },
    });
    expect(line).toContain('9.5 s');
    expect(line).toContain('299 pair pages rendered, 44,650 pages kept');
    expect(line).toContain('Astro without hooks 0.7 s, hooks 7.25 s (twins 1.25 s, search-index 6 s)');
    expect(line).toContain('Cold build with the cache 900 s (peak 1200 MB), 600 s without it');
  });
});

describe("Astro's time stats", () => {
  it('reads milliseconds, seconds and minutes', () => {
    expect(astroSeconds('455ms')).toBe(0.46);
    expect(astroSeconds('1.23s')).toBe(1.23);
    expect(astroSeconds('8m 55s')).toBe(535);
    const log = '\n12:43:42 ✓ Completed in 3m 39s.\n12:48:55 [build] 45196 page(s) built in 8m 55s\n';
    expect(astroPhases(log, 539)).toEqual({ astro_s: 535, generate_s: 219, outside_astro_s: 4 });
  });
});
