/**
 * End-to-end tests against the already-built sites (run `npm run build`, `npm run build:seed` and
 * `npm run build:hostile` first; `npm test` does all three). Three `astro preview` servers (Vite's
 * static preview: 404.html for a missing page, the headers of src/headers.ts as in production):
 *   - 4323 serves dist-seed/ (built from tests/fixtures/seed) with the headers;
 *   - 4321 serves dist/ with the headers (CSP and security headers as in production);
 *   - 4322 serves dist-hostile/ (built from tests/fixtures/hostile) WITHOUT them (PREVIEW_HEADERS=off),
 *     so the XSS test checks that the HTML itself is escaped instead of relying on the CSP to block a hole.
 * Each server gets the DATA_DIR its build used: the config reads the site URL (and so the base) from it.
 * Browser: Debian's chromium (`apt-get install chromium`) via executablePath. Never set `channel`
 * and never run `npx playwright install`: both want Playwright's own download, which these machines lack.
 */
import { defineConfig, devices } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 4321);
const HOSTILE_PORT = Number(process.env.E2E_HOSTILE_PORT ?? 4322);
const SEED_PORT = Number(process.env.E2E_SEED_PORT ?? 4323);
const SEED_URL = `http://127.0.0.1:${SEED_PORT}`;
const BASE_URL = `http://127.0.0.1:${PORT}`;
const HOSTILE_URL = `http://127.0.0.1:${HOSTILE_PORT}`;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Built folders to serve (override to test another build without touching dist/). */
const DIST = process.env.E2E_DIST ?? 'dist';
const HOSTILE_DIST = process.env.E2E_HOSTILE_DIST ?? 'dist-hostile';
const SEED_DIST = process.env.E2E_SEED_DIST ?? 'dist-seed';

/**
 * `astro preview` of one built folder; refuses to start when the folder is missing (no silent empty
 * site). --ignore-lock: Astro allows one tracked preview per project, and these are three.
 */
function preview(dist: string, data: string, port: number, headers = true): string {
  const env = `DATA_DIR=${data} OUT_DIR=./${dist}${headers ? '' : ' PREVIEW_HEADERS=off'}`;
  return `test -f ${dist}/index.html || { echo "${dist}/ is not built" >&2; exit 1; }; ${env} astro preview --ignore-lock --host 127.0.0.1 --port ${port}`;
}

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  // The CI machines have 2 cores; a third worker fills the time the others wait on pages and servers
  // (2 workers kept them ~65 % busy). Locally Playwright picks half the cores.
  ...(process.env.CI ? { workers: 3 } : {}),
  reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
  outputDir: 'test-results',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  use: {
    ...devices['Desktop Chrome'],
    channel: undefined,
    baseURL: BASE_URL,
    // Locally a trace of a failed test (offline; video needs Playwright's ffmpeg download). Not in CI:
    // tracing snapshots the page at every action of every test, passing or not, on 2 shared cores.
    trace: process.env.CI ? 'off' : 'retain-on-failure',
    launchOptions: {
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-default-apps',
        '--disable-quic',
        '--no-first-run',
      ],
    },
  },
  projects: [
    // The seed fixture (tests/fixtures/seed): exact figures of the example pages, picker, no-JS reading.
    { name: 'seed', testMatch: /(picker|no-js|calculator|listings|directory|compare|search|chart)\.spec\.ts$/, use: { baseURL: SEED_URL } },
    // The real catalog in data/: the cross-cutting checks (axe on every template and 25 drawn pair
    // pages, CSP on every template: the same templates as the seed's, with the real data's longest
    // names and tables) plus catalog-wide behaviour.
    { name: 'site', testMatch: /(a11y|csp|catalog|calculator-site|directory-site|compare-site|search-site|chart)\.spec\.ts$/ },
    { name: 'hostile', testMatch: /(security|compare-hostile)\.spec\.ts$/, use: { baseURL: HOSTILE_URL } },
  ],
  webServer: [
    {
      command: preview(SEED_DIST, 'tests/fixtures/seed', SEED_PORT),
      url: `${SEED_URL}/`,
      reuseExistingServer: false,
      timeout: 30_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: preview(DIST, process.env.DATA_DIR ?? 'data', PORT),
      url: `${BASE_URL}/`,
      reuseExistingServer: false, // never test whatever else listens on the port (astro dev also defaults to 4321)
      timeout: 30_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: preview(HOSTILE_DIST, 'tests/fixtures/hostile', HOSTILE_PORT, false),
      url: `${HOSTILE_URL}/`,
      reuseExistingServer: false, // never test whatever else listens on the port (astro dev also defaults to 4321)
      timeout: 30_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
});
