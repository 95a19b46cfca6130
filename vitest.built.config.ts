/**
 * Checks of the built site (tests/built/): run after the builds with `npm run test:built`.
 * Plain Node, no Astro/Vite plugins: these tests only read files in a built folder.
 *
 * Without DIST_DIR, three Vitest projects check the three builds in one run and one report (what
 * `npm test` does): `site` = dist/ (data/), `seed` = dist-seed/ (tests/fixtures/seed), `base` =
 * dist-base/ (the seed fixture under the base path /sub/). With DIST_DIR (and DATA_DIR, SITE_URL as
 * the build had them), one project checks that folder: `DIST_DIR=dist-seed DATA_DIR=tests/fixtures/seed
 * npx vitest run --config vitest.built.config.ts tests/built/<file>`.
 */
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The slowest whole-site files, slowest first. A fresh clone has no timing cache, so Vitest ordered
 * files by size and ran html-validate (the longest, ~1 to 2 minutes on the real catalogue) last, alone on one of
 * the two workers: the step took 274 s for 386 s of work. Started first, the others fill the second worker.
 */
const SLOWEST = ['html-validate.test.ts', 'seo.test.ts', 'chart.test.ts', 'pages.test.ts', 'budgets.test.ts', 'search.test.ts', 'words.test.ts'];
const weight = (f: TestSpecification) => {
  const i = SLOWEST.findIndex((s) => f.moduleId.endsWith(`/${s}`));
  // The real catalogue's folder (project `site`) holds ~7,700 pages; the seed builds a few dozen.
  return (i === -1 ? SLOWEST.length : i) + (f.project.name === 'site' ? 0 : SLOWEST.length + 1);
};
class SlowestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    return [...files].sort((a, b) => weight(a) - weight(b) || a.moduleId.localeCompare(b.moduleId));
  }
}

const common = {
  include: ['tests/built/**/*.test.ts'],
  environment: 'node' as const,
  // The built-site files only read dist/: sharing modules (the catalogue, html-validate) across files is safe and saves loading them per file.
  isolate: false,
  // Whole-site checks read every page of the real catalogue (~7,700); on a loaded 2-core machine a file can take minutes.
  testTimeout: 1_200_000,
  hookTimeout: 1_200_000,
};

/**
 * Run in the `seed` project only: determinism.test.ts compares a build with a second build of the
 * same data (CI makes that of the seed fixture), and the checks of the checking tools themselves
 * (planted faults for the skeleton and the page scan) need one build's pages, not three.
 */
const SEED_ONLY = ['tests/built/determinism.test.ts', 'tests/built/skeleton.test.ts', 'tests/built/scan.test.ts'];
const BUILDS = [
  { name: 'site', env: { DIST_DIR: 'dist', DATA_DIR: 'data' }, exclude: SEED_ONLY },
  { name: 'seed', env: { DIST_DIR: 'dist-seed', DATA_DIR: 'tests/fixtures/seed' }, exclude: [] },
  { name: 'base', env: { DIST_DIR: 'dist-base', DATA_DIR: 'tests/fixtures/seed', SITE_URL: 'http://127.0.0.1/sub/' }, exclude: SEED_ONLY },
];

export default defineConfig({
  test: {
    maxWorkers: 2, // the machines have 2 cores
    sequence: { sequencer: SlowestFirst },
    ...(process.env.DIST_DIR
      ? { name: 'built', ...common }
      : { projects: BUILDS.map((b) => ({ test: { name: b.name, ...common, exclude: b.exclude, env: b.env } })) }),
  },
});
