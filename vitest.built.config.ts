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

const common = {
  include: ['tests/built/**/*.test.ts'],
  environment: 'node' as const,
  // Whole-site checks read every page of the real catalogue (~7,700); on a loaded 2-core machine a file can take minutes.
  testTimeout: 1_200_000,
  hookTimeout: 1_200_000,
};

const BUILDS = [
  { name: 'site', env: { DIST_DIR: 'dist', DATA_DIR: 'data' } },
  { name: 'seed', env: { DIST_DIR: 'dist-seed', DATA_DIR: 'tests/fixtures/seed' } },
  { name: 'base', env: { DIST_DIR: 'dist-base', DATA_DIR: 'tests/fixtures/seed', SITE_URL: 'http://127.0.0.1/sub/' } },
];

export default defineConfig({
  test: {
    maxWorkers: 2, // the machines have 2 cores
    ...(process.env.DIST_DIR
      ? { name: 'built', ...common }
      : { projects: BUILDS.map((b) => ({ test: { name: b.name, ...common, env: b.env } })) }),
  },
});
