#!/usr/bin/env node
/**
 * `npm test`: every check, in order, each writing a JSON report into reports/.
 *
 *   1. unit tests          vitest (vitest.config.ts)            reports/vitest-unit.json
 *   1b. typecheck          astro check (TS strictest, .astro too) one test
 *   1c. layers             dependency-cruiser (.dependency-cruiser.cjs): the engine's imports run one way
 *   2. build               npm run build  (dist/)               stops here if it fails
 *   3. seed build          npm run build:seed (dist-seed/)      stops here if it fails
 *   3b. hostile build      npm run build:hostile (dist-hostile/) stops here if it fails
 *   3c. base-path build    npm run build:base (dist-base/: the seed fixture under /sub/) stops here if it fails
 *   4. built-site tests    vitest (vitest.built.config.ts), one run with a project per build: dist/,
 *                          dist-seed/ and dist-base/ (every link, asset, script and sitemap URL must
 *                          carry the base and resolve)
 *   5. sitemaps            xmllint against XSDs (tests/schema/), one test per file, dist/ and dist-base/
 *   6. end-to-end          playwright test                      reports/playwright.json
 *
 * A failing test step does not stop the run; a failing build does (nothing after it is meaningful).
 * The last line printed is `N passed, N failed, N skipped`, summed over the reports (the CI runner
 * reads that line, not Vitest's or Playwright's own summaries). Exit status 1 on any failure.
 *
 * A step that exits non-zero without a failed test in its report (crash, "no test files", global
 * setup error, missing report) counts as one failed test, so it cannot pass unnoticed.
 */
import { spawnSync } from 'node:child_process';
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

function run(cmd, args, extraEnv = {}) {
  const merged = { ...env, ...extraEnv };
  for (const k of Object.keys(merged)) if (merged[k] === undefined) delete merged[k]; // undefined: unset
  const r = spawnSync(cmd, args, { cwd: ROOT, env: merged, stdio: 'inherit' });
  if (r.error) console.error(`test-all: cannot start ${cmd}: ${r.error.message}`);
  return r.status ?? 1;
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

function banner(name) {
  console.log(`\n::: ${name} (${secs(Date.now() - t0)})`);
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

function vitestStep(name, config, reportName, extraEnv = {}) {
  banner(name);
  const report = join(REPORTS, reportName);
  const start = Date.now();
  const code = run('vitest', ['run', '--config', config, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`], extraEnv);
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
function commandStep(name, cmd, args) {
  banner(name);
  const start = Date.now();
  const code = run(cmd, args);
  results.push({ name, passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1, skipped: 0, ms: Date.now() - start, ...(code ? { note: `exit status ${code}` } : {}) });
}

/** data/ must be exactly what the importer makes from ../shared/data-sources (skipped only if that is absent). */
function importCheckStep() {
  const name = 'import reproducible';
  banner(name);
  const start = Date.now();
  const code = run('tsx', ['scripts/import-check.ts']);
  if (code === 3) results.push({ name, passed: 0, failed: 0, skipped: 1, ms: Date.now() - start, note: 'sources folder missing' });
  else results.push({ name, passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1, skipped: 0, ms: Date.now() - start });
}

function buildStep(name, script) {
  banner(`${name}: npm run ${script}`);
  const start = Date.now();
  const code = run('npm', ['run', '--silent', script]);
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

function playwrightStep() {
  const name = 'end-to-end (playwright)';
  banner(name);
  const report = join(REPORTS, 'playwright.json'); // set in playwright.config.ts
  const start = Date.now();
  const code = run('playwright', ['test']);
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

vitestStep('unit tests (vitest)', 'vitest.config.ts', 'vitest-unit.json');
commandStep('typecheck (astro check)', 'astro', ['check']);
commandStep('layers (dependency-cruiser)', 'depcruise', ['src', '--config', '.dependency-cruiser.cjs']);
importCheckStep();
if (buildStep('build', 'build') && buildStep('seed build', 'build:seed') && buildStep('hostile build', 'build:hostile') && buildStep('base-path build', 'build:base')) {
  // One Vitest run, three projects (vitest.built.config.ts): dist/, dist-seed/ and dist-base/ (under /sub/).
  // DIST_DIR unset: with it, the config checks that one folder instead of the three builds.
  vitestStep('built-site tests (vitest: site, seed, base)', 'vitest.built.config.ts', 'vitest-built.json', { DIST_DIR: undefined, SITE_URL: undefined });
  sitemapStep();
  playwrightStep();
}

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
