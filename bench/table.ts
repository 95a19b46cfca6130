/**
 * The shape of bench/results.json and its Markdown table (printed by `npm run bench`, written into
 * README.md between the bench markers by `npm run bench:readme` or `npm run bench -- --readme`).
 */
import { readFileSync, writeFileSync } from 'node:fs';

export interface PageSize {
  path: string;
  raw_kb: number;
  gzip_kb: number;
}

export interface Phases {
  /** The build as Astro's last log line counts it ("N page(s) built in …"). */
  astro_s: number | null;
  /** Astro's "generating static routes" phase: rendering and writing every page. */
  generate_s: number | null;
  /** Wall time outside Astro's count: process start and config loading. */
  outside_astro_s: number | null;
}

export interface RunResult {
  n_models: number;
  pairs: number;
  /** HTML pages written (pair, model and one-off pages). */
  pages: number;
  json_twins: number;
  pages_by_kind: Record<string, number>;
  project_wall_s: number;
  project_pages_per_s: number;
  baseline_pages_per_s: number | null;
  /** project ÷ baseline pages per second; the figure issue 9 targets (≥ 0.8). */
  ratio: number | null;
  /** The same ratio over the "generating static routes" phase only: the per-page cost without fixed start-up costs. */
  generate_ratio: number | null;
  project_phases: Phases;
  /** Peak RSS of the build's whole process tree, MB. */
  peak_rss_mb: number;
  peak_single_rss_mb: number;
  max_processes: number;
  dist_mb: number;
  files: number;
  pair_page: PageSize | null;
  model_page: PageSize | null;
  json_twin: PageSize | null;
  baseline: {
    wall_s: number;
    pages: number;
    json_twins: number;
    pages_per_s: number;
    peak_rss_mb: number;
    dist_mb: number;
    pair_page_kb: number | null;
    phases: Phases;
  } | null;
}

/** One build's time split into Astro's own part and the `astro:build:done` hooks (src/integrations/hook-times.ts). */
export interface BuildParts {
  /** Astro's "N page(s) built in": the whole build, hooks included. */
  astro_s: number | null;
  /** "generating static routes": rendering (or keeping) every page. */
  generate_s: number | null;
  /** astro_s less the hooks. */
  astro_without_hooks_s: number | null;
  /** Each integration's build:done hook, seconds. */
  hooks_s: Record<string, number>;
  hooks_total_s: number;
}

/** The incremental build (INCREMENTAL_BUILD=1): a rebuild after one model's record changed, and the cold build before it. */
export interface IncrementalResult extends Partial<BuildParts> {
  n_models: number;
  /** The rebuild's wall time: issue 9's `incremental_s`. */
  wall_s: number;
  peak_rss_mb: number;
  changed_model: string;
  mode: string;
  astro_log: string | null;
  /** HTML pages of the rebuild: rendered again, kept from the last build, and pair pages rendered. */
  pages?: { rendered: number; kept: number; pairs_rendered: number };
  /** The cold build with the cache (no dist/, empty cache) that the rebuild follows. */
  cold?: BuildParts & { wall_s: number; peak_rss_mb: number };
  /** The same N built without the cache in the same run (the runs table). */
  full_build_without_cache?: { wall_s: number; peak_rss_mb: number } | null;
}

export interface Results {
  date: string;
  duration_s: number;
  command: string;
  seed: number;
  machine: { cores: number; cpu: string; mem_gb: number; node: string; astro: string; commit: string | null };
  config: { build_concurrency: number; trailing_slash: string };
  runs: RunResult[];
  /** Best of the runs, over every pair of the largest catalogue (engine.n_models). */
  engine_ms_all_pairs: number | null;
  engine: { n_models: number; models: number; pairs: number; runs: number; best_ms: number; median_ms: number; plan_ms: number; per_pair_us: number } | null;
  incremental_s: number | null;
  incremental: IncrementalResult | null;
  pagefind_s: number | null;
  pagefind_peak_mb: number | null;
  pagefind: { n_models: number; wall_s: number | null; peak_rss_mb: number | null; note: string } | null;
  real_all: { date?: string; commit?: string | null; models: number; pages: number; wall_s: number; pages_per_s: number; peak_rss_mb: number; dist_mb: number; files: number } | null;
}

/** Issue 9's targets, each read from the results; null when the run did not measure it. */
export function checks(r: Results): { target: string; value: string; ok: boolean | null }[] {
  const at = (n: number) => r.runs.find((x) => x.n_models === n);
  const ratios = r.runs.map((x) => x.ratio).filter((x): x is number => x !== null);
  const r100 = at(100);
  const r300 = at(300);
  const scaling = r100 && r300 ? r300.project_pages_per_s / r100.project_pages_per_s : null;
  const rss300 = r300?.peak_rss_mb ?? null;
  const engineAt300 = r.engine?.n_models === 300 ? r.engine.best_ms : null;
  const incrAt300 = r.incremental?.n_models === 300 ? r.incremental.wall_s : null;
  const fmt = (v: number | null, unit: string) => (v === null ? 'not measured' : `${v}${unit}`);
  return [
    { target: 'ratio ≥ 0.8 at every N', value: ratios.length ? ratios.join(', ') : 'not measured', ok: ratios.length ? ratios.every((x) => x >= 0.8) : null },
    { target: 'pages/s at N=300 ≥ 85 % of N=100', value: scaling === null ? 'not measured' : `${Math.round(scaling * 100)} %`, ok: scaling === null ? null : scaling >= 0.85 },
    { target: 'peak RSS ≤ 1 GB at N=300', value: fmt(rss300, ' MB'), ok: rss300 === null ? null : rss300 <= 1000 },
    { target: 'engine, all 44,850 pairs < 2 s', value: fmt(engineAt300, ' ms'), ok: engineAt300 === null ? null : engineAt300 < 2000 },
    { target: 'rebuild after one model change ≤ 10 s (N=300)', value: fmt(incrAt300, ' s'), ok: incrAt300 === null ? null : incrAt300 <= 10 },
    {
      target: 'search index ≤ 30 s and ≤ 1 GB',
      value: r.pagefind_s === null ? 'not measured' : `${r.pagefind_s} s, ${r.pagefind_peak_mb} MB (N=${r.pagefind?.n_models})`,
      ok: r.pagefind_s === null ? null : r.pagefind_s <= 30 && (r.pagefind_peak_mb ?? Infinity) <= 1000,
    },
  ];
}

/** The incremental build's line: the rebuild, its Astro part and hooks, and the cold builds with and without the cache. */
export function incrementalLine(i: IncrementalResult | null): string {
  if (!i) return "- Rebuild after one model's record changed: not measured.";
  const head = `- Rebuild after one model's record changed (N=${i.n_models}, ${i.changed_model}): ${i.wall_s} s; ${i.mode}.`;
  if (!i.cold) return head;
  const hooks = Object.entries(i.hooks_s ?? {})
    .map(([k, v]) => `${k.replace(/^llm-versus:/, '')} ${v} s`)
    .join(', ');
  const pages = i.pages ? ` ${i.pages.pairs_rendered} pair pages rendered, ${i.pages.kept.toLocaleString('en-US')} pages kept;` : '';
  const off = i.full_build_without_cache ? `${i.full_build_without_cache.wall_s} s without it` : 'not measured without it';
  return `${head}${pages} Astro without hooks ${i.astro_without_hooks_s ?? '—'} s, hooks ${i.hooks_total_s ?? '—'} s (${hooks}). Cold build with the cache ${i.cold.wall_s} s (peak ${i.cold.peak_rss_mb} MB), ${off}.`;
}

const dash = (v: number | null | undefined, unit = '') => (v === null || v === undefined ? '—' : `${v.toLocaleString('en-US')}${unit}`);

export function formatTable(r: Results): string {
  const head = '| models | pages | project s | project pages/s | baseline pages/s | ratio | ratio, page generation only | peak RSS (tree) | baseline RSS | dist | files | pair page raw / gzip | JSON twin |';
  const rule = '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|';
  const rows = r.runs.map((x) =>
    [
      x.n_models,
      dash(x.pages),
      x.project_wall_s,
      dash(x.project_pages_per_s),
      dash(x.baseline_pages_per_s),
      dash(x.ratio),
      dash(x.generate_ratio),
      dash(x.peak_rss_mb, ' MB'),
      dash(x.baseline?.peak_rss_mb, ' MB'),
      dash(x.dist_mb, ' MB'),
      dash(x.files),
      x.pair_page ? `${x.pair_page.raw_kb} / ${x.pair_page.gzip_kb} KB` : '—',
      x.json_twin ? `${x.json_twin.raw_kb} KB` : '—',
    ].join(' | '),
  );
  const m = r.machine;
  const lines = [
    `Measured ${r.date.slice(0, 16).replace('T', ' ')} UTC on ${m.cores} cores (${m.cpu}), ${m.mem_gb} GB, Node ${m.node}, Astro ${m.astro}, commit ${m.commit ?? '?'}; \`${r.command}\`, ${r.duration_s} s in all.`,
    '',
    head,
    rule,
    ...rows.map((row) => `| ${row} |`),
    '',
    `- Engine alone, every pair of N=${r.engine?.n_models ?? '—'} (${dash(r.engine?.pairs)} pairs): ${dash(r.engine_ms_all_pairs, ' ms')} best of ${r.engine?.runs ?? '—'} (${dash(r.engine?.per_pair_us, ' µs')} a pair; pair plan ${dash(r.engine?.plan_ms, ' ms')}).`,
    incrementalLine(r.incremental),
    `- Pagefind: ${r.pagefind_s === null ? (r.pagefind?.note ?? 'not measured') : `${r.pagefind_s} s, peak ${r.pagefind_peak_mb} MB over the N=${r.pagefind?.n_models} site`}.`,
    r.real_all
      ? `- Real catalogue, every pair (${r.real_all.models} models${r.real_all.date ? `, measured ${r.real_all.date.slice(0, 10)} at ${r.real_all.commit}` : ''}): ${r.real_all.pages.toLocaleString('en-US')} pages in ${r.real_all.wall_s} s (${r.real_all.pages_per_s} pages/s), peak ${r.real_all.peak_rss_mb} MB, dist ${r.real_all.dist_mb} MB.`
      : '- Real catalogue with every pair: not run (`--real-all`).',
    '',
    '| target (issue 9) | measured | met |',
    '|---|---|:-:|',
    ...checks(r).map((c) => `| ${c.target} | ${c.value} | ${c.ok === null ? '—' : c.ok ? 'yes' : 'no'} |`),
  ];
  return lines.join('\n');
}

export const START = '<!-- bench:start -->';
export const END = '<!-- bench:end -->';

/** Replaces the text between the bench markers of a README with the table of `results`. */
export function replaceBetweenMarkers(readme: string, table: string): string {
  const i = readme.indexOf(START);
  const j = readme.indexOf(END);
  if (i < 0 || j < i) throw new Error(`README has no ${START} … ${END} block`);
  return `${readme.slice(0, i + START.length)}\n${table}\n${readme.slice(j)}`;
}

export function writeReadme(file: string, results: Results): void {
  writeFileSync(file, replaceBetweenMarkers(readFileSync(file, 'utf8'), formatTable(results)));
}
