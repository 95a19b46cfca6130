#!/usr/bin/env node
/**
 * `npm test`: every check, each writing a JSON report into reports/. The machines have two cores and
 * an Astro build and most steps use one, so steps run side by side, each line of output tagged with
 * its lane, and each step starts as soon as what it reads exists:
 *
 *   [build]  build (dist/) → seed build twice (dist-seed/, dist-seed-again/) → hostile build
 *            (dist-hostile/) → base-path build (dist-base/: the seed under /sub/) → build tests
 *            (vitest.builds.config.ts: tests/builds/, seed builds of their own, incremental vs clean)
 *   [unit]   unit tests (vitest.config.ts) → layers (dependency-cruiser) → import check
 *            (scripts/import-check.ts) → once all five builds exist: astro check --noSync
 *   [e2e]    once dist/, dist-seed/ and dist-hostile/ exist: playwright test (reports/playwright.json)
 *   [built]  once dist/, dist-seed/ and dist-base/ exist: built-site tests (vitest.built.config.ts:
 *            projects site, seed, base), then sitemaps (xmllint against tests/schema/ XSDs)
 *
 * A failing test step does not stop the run; a failing build is one failed test and the steps that
 * read it (and the builds after it) are not run.
 * The last line printed is `N passed, N failed, N skipped`, summed over the reports (the CI runner
 * reads that line, not Vitest's or Playwright's own summaries). Exit status 1 on any failure.
 *
 * A step that exits non-zero without a failed test in its report (crash, "no test files", global
 * setup error, missing report) counts as one failed test, so it cannot pass unnoticed.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const REPORTS = join(ROOT, 'reports');
const DIST = join(ROOT, 'dist');
/** The base-path build (package.json `build:base`): the seed fixture as if served under /sub/. */
const BASE_BUILD = { dist: 'dist-base' };
const env = {
  ...process.env,
  // Node 22 and the tools from node_modules/.bin win even when this script is started outside npm.
  PATH: [join(ROOT, 'node_modules', '.bin'), process.env.PATH ?? ''].join(delimiter),
  ASTRO_TELEMETRY_DISABLED: '1',
};

const t0 = Date.now();
const secs = (ms) => `${(ms / 1000).toFixed(1)} s`;
/** @type {{ name: string, passed: number, failed: number, skipped: number, ms: number, note?: string }[]} */
const results = [];

/**
 * Runs a command; its output is printed line by line, each line prefixed with the lane's tag (two
 * lanes run at once, see the end of this file). Resolves to the exit status.
 */
function run(cmd, args, extraEnv = {}, tag = '') {
  const merged = { ...env, ...extraEnv };
  for (const k of Object.keys(merged)) if (merged[k] === undefined) delete merged[k]; // undefined: unset
  return new Promise((done) => {
    const child = spawn(cmd, args, { cwd: ROOT, env: merged, stdio: ['ignore', 'pipe', 'pipe'] });
    const pipe = (from, to) => {
      let rest = '';
      from.setEncoding('utf8');
      from.on('data', (chunk) => {
        const lines = (rest + chunk).split('\n');
        rest = lines.pop() ?? '';
        for (const l of lines) to.write(`${tag}${l}\n`);
      });
      from.on('end', () => rest && to.write(`${tag}${rest}\n`));
    };
    pipe(child.stdout, process.stdout);
    pipe(child.stderr, process.stderr);
    child.on('error', (e) => {
      console.error(`test-all: cannot start ${cmd}: ${e.message}`);
      done(1);
    });
    child.on('close', (code) => done(code ?? 1));
  });
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

function banner(name, tag = '') {
  console.log(`\n${tag}::: ${name} (${secs(Date.now() - t0)})`);
}

/** Adds one step's counts; a non-zero exit with no failed test counts as one failure. */
function record(name, counts, code, ms, missingNote) {
  const r = { name, ...counts, ms };
  if (code !== 0 && r.failed === 0) {
    r.failed = 1;
    r.note = missingNote ?? `exited with status ${code} without a failed test in its report`;
  }
  results.push(r);
  if (r.note) console.error(`test-all: ${name}: ${r.note}`);
}

async function vitestStep(name, config, reportName, extraEnv = {}, tag = '') {
  banner(name, tag);
  const report = join(REPORTS, reportName);
  const start = Date.now();
  const code = await run('vitest', ['run', '--config', config, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`], extraEnv, tag);
  const v = readJson(report);
  const counts = { passed: 0, failed: 0, skipped: 0 };
  if (v) {
    counts.passed = v.numPassedTests ?? 0;
    counts.failed = (v.numFailedTests ?? 0) + (v.numRuntimeErrors ?? 0);
    counts.skipped = (v.numPendingTests ?? 0) + (v.numTodoTests ?? 0);
    // A test file that failed to load has no failed assertions: count it as one failure.
    for (const f of v.testResults ?? [])
      if (f.status === 'failed' && !(f.assertionResults ?? []).some((a) => a.status === 'failed')) counts.failed += 1;
  }
  record(name, counts, code, Date.now() - start, v ? undefined : `no report at ${report} (exit status ${code})`);
}

/** A command whose exit status is the result: one passed or one failed test. */
async function commandStep(name, cmd, args, tag = '') {
  banner(name, tag);
  const start = Date.now();
  const code = await run(cmd, args, {}, tag);
  results.push({ name, passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1, skipped: 0, ms: Date.now() - start, ...(code ? { note: `exit status ${code}` } : {}) });
}

/** data/ must be exactly what the importer makes from ../shared/data-sources (skipped only if that is absent). */
async function importCheckStep(tag = '') {
  const name = 'import reproducible';
  banner(name, tag);
  const start = Date.now();
  const code = await run('tsx', ['scripts/import-check.ts'], {}, tag);
  if (code === 3) results.push({ name, passed: 0, failed: 0, skipped: 1, ms: Date.now() - start, note: 'sources folder missing' });
  else results.push({ name, passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1, skipped: 0, ms: Date.now() - start });
}

async function buildStep(name, script, tag = '') {
  banner(`${name}: npm run ${script}`, tag);
  const start = Date.now();
  const code = await run('npm', ['run', '--silent', script], {}, tag);
  if (code === 0) return true;
  results.push({ name, passed: 0, failed: 1, skipped: 0, ms: Date.now() - start, note: `npm run ${script} failed (status ${code}); later steps not run` });
  return false;
}

function sitemapStep() {
  const name = 'sitemaps (xmllint)';
  banner(name);
  const start = Date.now();
  const checks = [];
  const xmllintOk = spawnSync('xmllint', ['--version'], { stdio: 'ignore' }).status === 0;
  // Our own copies of the sitemaps.org schemas: no network, no package needed at test time.
  const urlsetXsd = join(ROOT, 'tests', 'schema', 'sitemap.xsd');
  const indexXsd = join(ROOT, 'tests', 'schema', 'sitemapindex.xsd');
  for (const dir of ['dist', BASE_BUILD.dist]) {
    const abs = join(ROOT, dir);
    // One sitemap per page type (src/integrations/sitemaps.ts): sitemap-pairs.xml, sitemap-models.xml, ...
    const maps = existsSync(abs) ? readdirSync(abs).filter((f) => /^sitemap-[a-z0-9-]+\.xml$/.test(f) && f !== 'sitemap-index.xml').sort() : [];
    const targets = [['sitemap-index.xml', indexXsd], ...maps.map((f) => [f, urlsetXsd])];
    if (maps.length === 0) checks.push({ file: `${dir}/sitemap-<kind>.xml`, ok: false, message: `no ${dir}/sitemap-<kind>.xml was built` });
    for (const [name, xsd] of targets) {
      const file = `${dir}/${name}`;
      if (!xmllintOk) {
        checks.push({ file, ok: false, message: 'xmllint not found (apt-get install libxml2-utils)' });
        continue;
      }
      if (!existsSync(join(ROOT, file))) {
        checks.push({ file, ok: false, message: `${file} is missing` });
        continue;
      }
      const r = spawnSync('xmllint', ['--noout', '--nonet', '--schema', xsd, join(ROOT, file)], { cwd: ROOT, encoding: 'utf8' });
      const message = `${r.stderr ?? ''}`.trim();
      console.log(`${r.status === 0 ? 'ok  ' : 'FAIL'} ${file} against ${xsd.slice(ROOT.length + 1)}${r.status === 0 ? '' : `\n${message}`}`);
      checks.push({ file, ok: r.status === 0, message });
    }
  }
  writeFileSync(join(REPORTS, 'sitemaps.json'), JSON.stringify({ checks }, null, 2) + '\n');
  const failed = checks.filter((c) => !c.ok);
  for (const c of failed) if (!c.message.includes('\n')) console.error(`FAIL ${c.file}: ${c.message}`);
  results.push({ name, passed: checks.length - failed.length, failed: failed.length, skipped: 0, ms: Date.now() - start });
}

async function playwrightStep(tag = '') {
  const name = 'end-to-end (playwright)';
  banner(name, tag);
  const report = join(REPORTS, 'playwright.json'); // set in playwright.config.ts
  const start = Date.now();
  const code = await run('playwright', ['test'], {}, tag);
  const p = readJson(report);
  const counts = { passed: 0, failed: 0, skipped: 0 };
  if (p?.stats) {
    counts.passed = (p.stats.expected ?? 0) + (p.stats.flaky ?? 0);
    counts.failed = (p.stats.unexpected ?? 0) + (p.errors?.length ?? 0); // errors: webServer, file load, global setup
    counts.skipped = p.stats.skipped ?? 0;
  }
  record(name, counts, code, Date.now() - start, p ? undefined : `no report at ${report} (exit status ${code})`);
}

// ---------------------------------------------------------------------------------------------

rmSync(REPORTS, { recursive: true, force: true });
mkdirSync(REPORTS, { recursive: true });

// Two lanes at a time: the machines have two cores and an Astro build uses one, so the unit tests
// run beside the builds, and the built-site checks beside the browser tests. Each lane's lines are
// tagged. Builds and `astro check` share a lane: they write the same .astro/ folder.
// Each later step starts as soon as the builds it reads exist, not when every build is done:
// Playwright after the real, seed and hostile builds; the built-site checks after the base-path
// build; `astro check` after all five (it reads the types their sync writes to .astro/; with
// --noSync it writes none itself, so no two processes write that folder at once).
const ready = {};
const made = Object.fromEntries(['site', 'seed', 'hostile', 'base'].map((k) => [k, new Promise((r) => (ready[k] = r))]));
const allBuilt = (...keys) => Promise.all(keys.map((k) => made[k])).then((oks) => oks.every(Boolean));

await Promise.all([
  (async () => {
    const tag = '[unit] ';
    await vitestStep('unit tests (vitest)', 'vitest.config.ts', 'vitest-unit.json', {}, tag);
    await commandStep('layers (dependency-cruiser)', 'depcruise', ['src', '--config', '.dependency-cruiser.cjs'], tag);
    await importCheckStep(tag);
    await allBuilt('site', 'seed', 'hostile', 'base');
    await commandStep('typecheck (astro check)', 'astro', ['check', '--noSync'], tag);
  })(),
  (async () => {
    const tag = '[build] ';
    // A failed build fails the steps that read it (they are not run) and every build after it.
    let ok = await buildStep('build', 'build', tag);
    ready.site(ok);
    // The seed fixture twice, into two folders: determinism.test.ts compares them.
    ok = ok && (await buildStep('seed build', 'build:seed', tag)) && (await buildStep('seed build again', 'build:seed-again', tag));
    ready.seed(ok);
    ok = ok && (await buildStep('hostile build', 'build:hostile', tag));
    ready.hostile(ok);
    ok = ok && (await buildStep('base-path build', 'build:base', tag));
    ready.base(ok);
    // Tests that make seed builds of their own (the incremental build against a clean one): in this
    // lane, so that no other build of the project runs at the same time.
    if (ok) await vitestStep('build tests (vitest: incremental)', 'vitest.builds.config.ts', 'vitest-builds.json', {}, tag);
  })(),
  (async () => {
    if (!(await allBuilt('site', 'seed', 'base'))) return;
    // One Vitest run, three projects (vitest.built.config.ts): dist/, dist-seed/ and dist-base/ (under /sub/).
    // DIST_DIR unset: with it, the config checks that one folder instead of the three builds.
    await vitestStep('built-site tests (vitest: site, seed, base)', 'vitest.built.config.ts', 'vitest-built.json', { DIST_DIR: undefined, SITE_URL: undefined }, '[built] ');
    sitemapStep();
  })(),
  (async () => {
    if (await allBuilt('site', 'seed', 'hostile')) await playwrightStep('[e2e] ');
  })(),
]);

const total = results.reduce((s, r) => ({ passed: s.passed + r.passed, failed: s.failed + r.failed, skipped: s.skipped + r.skipped }), {
  passed: 0,
  failed: 0,
  skipped: 0,
});
writeFileSync(join(REPORTS, 'summary.json'), JSON.stringify({ ...total, steps: results, seconds: (Date.now() - t0) / 1000 }, null, 2) + '\n');

console.log(`\n::: summary (${secs(Date.now() - t0)})`);
for (const r of results)
  console.log(
    `${r.failed ? 'FAIL' : 'ok  '} ${r.name.padEnd(28)} ${String(r.passed).padStart(4)} passed ${String(r.failed).padStart(3)} failed ${String(r.skipped).padStart(3)} skipped  ${secs(r.ms).padStart(7)}${r.note ? `  (${r.note})` : ''}`,
  );
const line = `${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`;
writeFileSync(join(REPORTS, 'summary.txt'), line + '\n');
console.log(line);
process.exitCode = total.failed > 0 ? 1 : 0;
