/**
 * `npm run bench`: the build benchmark of issue 9, as a pipeline of small stages.
 *
 *   1. generate   synthetic catalogues of N models, `pairs.strategy: all` (bench/generate.ts)
 *   2. project    DATA_DIR=<catalogue> OUT_DIR=<dist> astro build: wall time, HTML pages/s, peak RSS
 *                 of the process tree (bench/proc.ts), dist/ size and files, median page sizes
 *   3. baseline   bench/baseline/: bare Astro, same options, the same pages and JSON twins written
 *                 from precomputed strings of the project's median page sizes; ratio = project ÷ baseline
 *   4. extras     engine alone over every pair (bench/engine.ts), a rebuild after one model changes,
 *                 Pagefind over the largest site when the package is installed, the real catalogue
 *                 with every pair (--real-all)
 *   5. report     bench/results.json, a table on stdout (bench/table.ts), README with --readme
 *
 * Flags: --n 50,100 (sizes; default 50,100,200,300)  --skip-baseline  --real-all  --real-all-only (just
 * that build, merged into the last results.json)  --keep (keep the
 * built dist folders)  --readme (write the table into README.md)  --profile (one --cpu-prof build per
 * N instead of the benchmark; prints where the time goes)  --builds-only (the project and baseline builds
 * alone: no engine, rebuild or Pagefind runs, for measuring one change quickly)  --engine-runs 3  --seed <n>
 * Everything is written under bench/.work/ (git-ignored), except bench/results.json.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';
import { writeBaselineSpec } from './baseline-spec';
import { distStats, type DistStats } from './dist-stats';
import { DEFAULT_SEED, generateCatalog, MAX_PAGES_HEADROOM, writeCatalog } from './generate';
import { runMeasured, type Measured } from './proc';
import { summarise } from './profile';
import { pagefindArgs } from './pagefind-args';
import { astroPhases, hookTimes, pageCounts } from './phases';
import { incrementalCacheDir } from '../src/integrations/incremental';
import { formatTable, writeReadme, type Results, type RunResult } from './table';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const WORK = join(ROOT, 'bench', '.work');
const ASTRO = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
const RESULTS = join(ROOT, 'bench', 'results.json');
/** The sizes of issue 9: 1,225 to 44,850 pair pages. */
const DEFAULT_SIZES = [50, 100, 200, 300];

interface Options {
  sizes: number[];
  skipBaseline: boolean;
  realAll: boolean;
  /** Only the real catalogue with every pair; the other figures of bench/results.json are kept. */
  realAllOnly: boolean;
  keep: boolean;
  readme: boolean;
  profile: boolean;
  buildsOnly: boolean;
  engineRuns: number;
  seed: number;
}

function parseArgs(argv: string[]): Options {
  const o: Options = { sizes: DEFAULT_SIZES, skipBaseline: false, realAll: false, realAllOnly: false, keep: false, readme: false, profile: false, buildsOnly: false, engineRuns: 3, seed: DEFAULT_SEED };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = () => {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--n' || a.startsWith('--n=')) o.sizes = value().split(',').map(Number);
    else if (a === '--skip-baseline') o.skipBaseline = true;
    else if (a === '--real-all') o.realAll = true;
    else if (a === '--real-all-only') o.realAll = o.realAllOnly = true;
    else if (a === '--keep') o.keep = true;
    else if (a === '--readme') o.readme = true;
    else if (a === '--profile') o.profile = true;
    else if (a === '--builds-only') o.buildsOnly = true;
    else if (a === '--engine-runs' || a.startsWith('--engine-runs=')) o.engineRuns = Number(value());
    else if (a === '--seed' || a.startsWith('--seed=')) o.seed = Number(value());
    else throw new Error(`unknown flag ${a} (see the comment at the top of bench/run.ts)`);
  }
  if (o.sizes.some((n) => !Number.isInteger(n) || n < 2)) throw new Error(`--n wants whole numbers ≥ 2, got ${o.sizes.join(',')}`);
  return o;
}

const say = (msg: string) => process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${msg}\n`);

/** The environment of a project build: nothing from the caller's shell may change the site's URL or data. */
function buildEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...extra };
  delete env['SITE_URL'];
  return env;
}

function timedRm(dir: string): number {
  const t0 = performance.now();
  rmSync(dir, { recursive: true, force: true });
  return Number(((performance.now() - t0) / 1000).toFixed(2));
}

function ensureOk(m: Measured, what: string, log: string): void {
  if (m.exitCode !== 0) {
    process.stderr.write(m.tail);
    throw new Error(`${what} failed (exit ${m.exitCode}); full output in ${log}`);
  }
}

/** A cold project build: no dist/, no Astro cache, as a fresh CI checkout builds. */
async function buildProject(dataDir: string, outDir: string, label: string, nodeArgs: string[] = []): Promise<Measured> {
  timedRm(outDir);
  rmSync(join(ROOT, 'node_modules', '.astro'), { recursive: true, force: true });
  const log = join(WORK, 'logs', `${label}.log`);
  const m = await runMeasured(process.execPath, [...nodeArgs, ASTRO, 'build'], { cwd: ROOT, env: buildEnv({ DATA_DIR: dataDir, OUT_DIR: outDir }), logFile: log });
  ensureOk(m, `project build ${label}`, log);
  return m;
}

async function buildBaseline(spec: string, outDir: string, label: string): Promise<Measured> {
  timedRm(outDir);
  rmSync(join(WORK, 'baseline-cache'), { recursive: true, force: true });
  const log = join(WORK, 'logs', `${label}.log`);
  const m = await runMeasured(process.execPath, [ASTRO, 'build', '--root', join(ROOT, 'bench', 'baseline')], {
    cwd: ROOT,
    env: buildEnv({ OUT_DIR: outDir, BENCH_SPEC: spec }),
    logFile: log,
  });
  ensureOk(m, `baseline build ${label}`, log);
  return m;
}

const mb = (bytes: number) => Number((bytes / 1e6).toFixed(1));
const perS = (pages: number, s: number) => Math.round(pages / s);

function pageSizes(s: DistStats) {
  const pick = (k: DistStats['html'][string] | undefined) => (k ? { path: k.median.rel, raw_kb: k.median_kb, gzip_kb: k.median_gzip_kb } : null);
  return { pair_page: pick(s.html['compare/*']), model_page: pick(s.html['models/*']), json_twin: pick(s.json['compare/*.json']) };
}

async function benchSize(n: number, o: Options, keepDist: boolean): Promise<{ run: RunResult; catDir: string; distDir: string }> {
  const catDir = join(WORK, `catalog-${n}`);
  const distDir = join(WORK, `dist-${n}`);
  const cat = generateCatalog(n, o.seed);
  writeCatalog(catDir, cat);
  say(`N=${n}: catalogue written (${cat.files.size} files), building the project…`);
  const p = await buildProject(catDir, distDir, `project-${n}`);
  const stats = distStats(distDir);
  const pages = stats.html_pages;
  say(`N=${n}: project ${pages} HTML pages in ${p.wall_s} s (${perS(pages, p.wall_s)} pages/s), peak ${p.peak_tree_rss_mb} MB`);

  let baseline: RunResult['baseline'] = null;
  if (!o.skipBaseline) {
    const spec = join(WORK, `baseline-spec-${n}.json`);
    const counts = writeBaselineSpec(distDir, stats, spec);
    const bDist = join(WORK, `baseline-dist-${n}`);
    const b = await buildBaseline(spec, bDist, `baseline-${n}`);
    const bStats = distStats(bDist);
    baseline = {
      wall_s: b.wall_s,
      pages: bStats.html_pages,
      json_twins: bStats.json['compare/*.json']?.count ?? 0,
      pages_per_s: perS(bStats.html_pages, b.wall_s),
      peak_rss_mb: b.peak_tree_rss_mb,
      dist_mb: mb(bStats.bytes),
      pair_page_kb: bStats.html['compare/*']?.median_kb ?? null,
      phases: astroPhases(b.tail, b.wall_s),
    };
    if (bStats.html_pages !== counts.pages) say(`warning: baseline wrote ${bStats.html_pages} pages, spec had ${counts.pages}`);
    say(`N=${n}: baseline ${bStats.html_pages} pages in ${b.wall_s} s (${baseline.pages_per_s} pages/s), peak ${b.peak_tree_rss_mb} MB`);
    if (!o.keep) rmSync(bDist, { recursive: true, force: true });
  }
  const projectPps = perS(pages, p.wall_s);
  const phases = astroPhases(p.tail, p.wall_s);
  const genPps = (g: number | null | undefined) => (g ? pages / g : null);
  const pg = genPps(phases.generate_s);
  const bg = genPps(baseline?.phases.generate_s);
  const run: RunResult = {
    n_models: n,
    pairs: (n * (n - 1)) / 2,
    pages,
    json_twins: stats.json['compare/*.json']?.count ?? 0,
    pages_by_kind: Object.fromEntries(Object.entries(stats.html).map(([k, v]) => [k, v.count])),
    project_wall_s: p.wall_s,
    project_pages_per_s: projectPps,
    baseline_pages_per_s: baseline?.pages_per_s ?? null,
    ratio: baseline ? Number((projectPps / baseline.pages_per_s).toFixed(2)) : null,
    generate_ratio: pg !== null && bg !== null ? Number((pg / bg).toFixed(2)) : null,
    project_phases: phases,
    peak_rss_mb: p.peak_tree_rss_mb,
    peak_single_rss_mb: p.peak_single_rss_mb,
    max_processes: p.max_processes,
    dist_mb: mb(stats.bytes),
    files: stats.files,
    ...pageSizes(stats),
    baseline,
  };
  if (!keepDist && !o.keep) rmSync(distDir, { recursive: true, force: true });
  return { run, catDir, distDir };
}

/** The astro part and the hooks of one build's log: Astro's total counts the build:done hooks in. */
function buildParts(log: string, wall: number) {
  const phases = astroPhases(log, wall);
  const hooks = hookTimes(log);
  const hooksTotal = Object.values(hooks).reduce((a, b) => a + b, 0);
  return {
    astro_s: phases.astro_s,
    generate_s: phases.generate_s,
    astro_without_hooks_s: phases.astro_s === null ? null : Number((phases.astro_s - hooksTotal).toFixed(2)),
    hooks_s: hooks,
    hooks_total_s: Number(hooksTotal.toFixed(2)),
  };
}

/**
 * The incremental build (INCREMENTAL_BUILD=1, astro.config.mjs) as an owner refreshing data uses it:
 * a cold build with the cache (no dist/, no cache), then a rebuild after one model's record changes:
 * the first priced route of the middle model gets 10 % dearer. `fullBuild` is the same N built
 * without the cache in this run (the runs table), for the cold-build comparison.
 */
async function incremental(n: number, catDir: string, fullBuild: { wall_s: number; peak_rss_mb: number } | null): Promise<Results['incremental']> {
  const distDir = join(WORK, `dist-${n}-incremental`);
  const cacheDir = resolve(ROOT, incrementalCacheDir(distDir));
  const env = buildEnv({ DATA_DIR: catDir, OUT_DIR: distDir, INCREMENTAL_BUILD: '1' });
  timedRm(distDir);
  rmSync(cacheDir, { recursive: true, force: true });
  say(`incremental: cold build of N=${n} with the cache (INCREMENTAL_BUILD=1)…`);
  const coldLog = join(WORK, 'logs', `incremental-cold-${n}.log`);
  const cold = await runMeasured(process.execPath, [ASTRO, 'build'], { cwd: ROOT, env, logFile: coldLog });
  ensureOk(cold, 'incremental cold build', coldLog);
  say(`incremental: cold build ${cold.wall_s} s, peak ${cold.peak_tree_rss_mb} MB`);

  const ids = readdirSync(join(catDir, 'models')).sort();
  const file = join(catDir, 'models', ids[Math.floor(ids.length / 2)]!);
  const original = readFileSync(file, 'utf8');
  const changed = original.replace(/^(\s+input: )([\d.]+)$/m, (_, k: string, v: string) => `${k}${Number((Number(v) * 1.1 + 0.001).toFixed(4))}`);
  if (changed === original) throw new Error(`no priced route to change in ${file}`);
  writeFileSync(file, changed);
  say(`incremental: ${file.split('/').pop()} changed, rebuilding N=${n} over the kept dist/ and cache…`);
  try {
    const log = join(WORK, 'logs', `incremental-${n}.log`);
    const m = await runMeasured(process.execPath, [ASTRO, 'build'], { cwd: ROOT, env, logFile: log });
    ensureOk(m, 'incremental rebuild', log);
    const text = readFileSync(log, 'utf8');
    const rebuild = buildParts(text, m.wall_s);
    say(`incremental: rebuild ${m.wall_s} s (Astro without hooks ${rebuild.astro_without_hooks_s} s; hooks ${JSON.stringify(rebuild.hooks_s)})`);
    return {
      n_models: n,
      wall_s: m.wall_s,
      peak_rss_mb: m.peak_tree_rss_mb,
      changed_model: file.split('/').pop()!.replace(/\.md$/, ''),
      mode: 'INCREMENTAL_BUILD=1: experimental.incrementalBuild, a cacheKey per pair page, emptyOutDir: false, build.concurrency 1',
      astro_log: null,
      ...rebuild,
      pages: pageCounts(text),
      cold: { wall_s: cold.wall_s, peak_rss_mb: cold.peak_tree_rss_mb, ...buildParts(readFileSync(coldLog, 'utf8'), cold.wall_s) },
      full_build_without_cache: fullBuild,
    };
  } finally {
    writeFileSync(file, original);
    rmSync(distDir, { recursive: true, force: true });
    rmSync(cacheDir, { recursive: true, force: true });
  }
}

async function pagefind(n: number, distDir: string): Promise<Results['pagefind']> {
  const bin = join(ROOT, 'node_modules', '.bin', 'pagefind');
  if (!existsSync(join(ROOT, 'node_modules', 'pagefind', 'package.json')) || !existsSync(bin)) {
    return { n_models: n, wall_s: null, peak_rss_mb: null, note: 'pagefind is not installed (node_modules/pagefind missing): not measured' };
  }
  const out = join(WORK, `pagefind-${n}`);
  rmSync(out, { recursive: true, force: true });
  const inBuild = existsSync(join(distDir, 'pagefind'));
  const log = join(WORK, 'logs', `pagefind-${n}.log`);
  say(`pagefind: indexing the N=${n} site…`);
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts?: Record<string, string> };
  const args = pagefindArgs(pkg.scripts ?? {}, distDir, out);
  // Its own output folder, so the measured run neither reads nor overwrites an index the build made.
  const m = await runMeasured(bin, args, { cwd: ROOT, env: process.env, logFile: log });
  ensureOk(m, 'pagefind', log);
  const files = existsSync(out) ? readdirSync(out, { recursive: true }).length : 0;
  return {
    n_models: n,
    wall_s: m.wall_s,
    peak_rss_mb: m.peak_tree_rss_mb,
    note: `pagefind ${args.join(' ')}: ${files} index files${inBuild ? '; the build also wrote dist/pagefind (its time is inside the build time)' : ''}`,
  };
}

async function engine(n: number, catDir: string, runs: number): Promise<Results['engine']> {
  say(`engine: every pair of N=${n}, ${runs} runs…`);
  const out = execFileSync(process.execPath, [join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(ROOT, 'bench', 'engine.ts'), catDir, String(runs)], {
    cwd: ROOT,
    encoding: 'utf8',
    env: buildEnv({}),
    maxBuffer: 1 << 24,
  });
  const line = out.trim().split('\n').pop()!;
  return { n_models: n, ...(JSON.parse(line) as Omit<NonNullable<Results['engine']>, 'n_models'>) };
}

/** A copy of data/ whose site.yaml asks for every pair, with a budget that cuts none. */
export function prepareRealAll(dir: string): number {
  rmSync(dir, { recursive: true, force: true });
  cpSync(join(ROOT, 'data'), dir, { recursive: true });
  const siteFile = join(dir, 'site.yaml');
  const site = YAML.parse(readFileSync(siteFile, 'utf8')) as { pairs?: Record<string, unknown> };
  const models = readdirSync(join(dir, 'models')).length;
  site.pairs = { ...(site.pairs ?? {}), strategy: 'all', max_pages: models * models + MAX_PAGES_HEADROOM };
  writeFileSync(siteFile, YAML.stringify(site));
  return models;
}

async function realAll(): Promise<Results['real_all']> {
  const dir = join(WORK, 'real-all');
  const models = prepareRealAll(dir);
  const distDir = join(WORK, 'dist-real-all');
  say(`real-all: building data/ with every pair (${models} models); this takes many minutes…`);
  const m = await buildProject(dir, distDir, 'project-real-all');
  const s = distStats(distDir);
  const r = { date: new Date().toISOString(), commit: machine().commit, models, pages: s.html_pages, wall_s: m.wall_s, pages_per_s: perS(s.html_pages, m.wall_s), peak_rss_mb: m.peak_tree_rss_mb, dist_mb: mb(s.bytes), files: s.files, ...pageSizes(s) };
  rmSync(distDir, { recursive: true, force: true });
  return r;
}

async function profile(o: Options): Promise<void> {
  for (const n of o.sizes) {
    const catDir = join(WORK, `catalog-${n}`);
    writeCatalog(catDir, generateCatalog(n, o.seed));
    const profDir = join(WORK, `prof-${n}`);
    rmSync(profDir, { recursive: true, force: true });
    say(`profile: N=${n} under --cpu-prof (slower than a plain build)…`);
    const distDir = join(WORK, `dist-${n}`);
    await buildProject(catDir, distDir, `profile-${n}`, ['--cpu-prof', `--cpu-prof-dir=${profDir}`]);
    if (!o.keep) rmSync(distDir, { recursive: true, force: true });
    const biggest = readdirSync(profDir).filter((f) => f.endsWith('.cpuprofile')).map((f) => join(profDir, f)).sort((a, b) => statSync(b).size - statSync(a).size)[0];
    if (!biggest) throw new Error(`no .cpuprofile in ${profDir}`);
    const s = summarise(JSON.parse(readFileSync(biggest, 'utf8')), 30);
    const text = [
      `N=${n}: ${biggest}`,
      `total sampled ${s.total_ms} ms`,
      '',
      'self time by module:',
      ...s.byModule.map((m) => `${String(m.pct).padStart(5)} %  ${String(m.ms).padStart(7)} ms  ${m.module}`),
      '',
      'self time by function:',
      ...s.byFunction.map((f) => `${String(f.pct).padStart(5)} %  ${String(f.ms).padStart(7)} ms  ${f.name}`),
    ].join('\n');
    writeFileSync(join(profDir, 'summary.txt'), `${text}\n`);
    console.log(text);
  }
}

function machine(): Results['machine'] {
  const astro = JSON.parse(readFileSync(join(ROOT, 'node_modules', 'astro', 'package.json'), 'utf8')) as { version: string };
  let commit: string | null = null;
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
  } catch {
    commit = null;
  }
  return { cores: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', mem_gb: Math.round(totalmem() / 2 ** 30), node: process.version, astro: astro.version, commit };
}

async function main(): Promise<void> {
  const o = parseArgs(process.argv.slice(2));
  mkdirSync(WORK, { recursive: true });
  if (o.profile) return profile(o);
  if (o.realAllOnly) {
    // The real-catalogue build takes many minutes: run on its own, it fills in real_all of the last
    // full run's results (which must exist) instead of redoing the synthetic sizes.
    if (!existsSync(RESULTS)) throw new Error(`--real-all-only completes ${RESULTS}: run npm run bench first`);
    const previous = JSON.parse(readFileSync(RESULTS, 'utf8')) as Results;
    const results: Results = { ...previous, real_all: await realAll() };
    writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
    console.log(formatTable(results));
    if (o.readme) writeReadme(join(ROOT, 'README.md'), results);
    return;
  }
  const started = new Date();
  const sizes = [...o.sizes].sort((a, b) => a - b);
  const largest = sizes[sizes.length - 1]!;
  const runs: RunResult[] = [];
  let incr: Results['incremental'] = null;
  let pf: Results['pagefind'] = null;
  let largestCat = '';
  for (const n of sizes) {
    const { run, catDir, distDir } = await benchSize(n, o, n === largest && !o.buildsOnly);
    runs.push(run);
    if (n === largest && !o.buildsOnly) {
      largestCat = catDir;
      pf = await pagefind(n, distDir);
      // Before the incremental builds: their dist/ and cache copy need as much disk again.
      if (!o.keep) rmSync(distDir, { recursive: true, force: true });
      incr = await incremental(n, catDir, { wall_s: run.project_wall_s, peak_rss_mb: run.peak_rss_mb });
    }
  }
  const eng = o.buildsOnly ? null : await engine(largest, largestCat, o.engineRuns);
  // The every-pair build of the real catalogue is long: a run without --real-all keeps the last one's
  // figures (they carry their own date and commit) rather than dropping them.
  const previous = existsSync(RESULTS) ? (JSON.parse(readFileSync(RESULTS, 'utf8')) as Partial<Results>) : {};
  const real = o.realAll ? await realAll() : (previous.real_all ?? null);
  const config = readFileSync(join(ROOT, 'astro.config.mjs'), 'utf8');
  const results: Results = {
    date: started.toISOString(),
    duration_s: Math.round((Date.now() - started.getTime()) / 1000),
    command: `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim(),
    seed: o.seed,
    machine: machine(),
    config: {
      // `concurrency: incremental ? 1 : 4`: the default build's figure.
      build_concurrency: Number(/\bconcurrency:\s*(?:incremental \? \d+ : )?(\d+)/.exec(config)?.[1] ?? 1),
      trailing_slash: /\btrailingSlash:\s*'(\w+)'/.exec(config)?.[1] ?? 'ignore',
    },
    runs,
    engine_ms_all_pairs: eng?.best_ms ?? null,
    engine: eng,
    incremental_s: incr?.wall_s ?? null,
    incremental: incr,
    pagefind_s: pf?.wall_s ?? null,
    pagefind_peak_mb: pf?.peak_rss_mb ?? null,
    pagefind: pf,
    real_all: real,
  };
  writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
  console.log(formatTable(results));
  if (o.readme) {
    writeReadme(join(ROOT, 'README.md'), results);
    say('README.md table updated');
  }
}

if (import.meta.url === `file://${process.argv[1]}`)
  main().catch((e: unknown) => {
    process.stderr.write(`${(e as Error).stack ?? String(e)}\n`);
    process.exit(1);
  });
