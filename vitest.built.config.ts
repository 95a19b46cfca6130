/**
 * Checks of the built site (tests/built/): run after `npm run build` with `npm run test:built`.
 * Plain Node, no Astro/Vite plugins: these tests only read files in dist/ (or DIST_DIR).
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'built',
    include: ['tests/built/**/*.test.ts'],
    environment: 'node',
    // Every page of the real catalog (~7,700 HTML files) is parsed and validated: measured here at
    // ~13 ms a page to parse and ~45 ms to validate, so a file of checks can take several minutes.
    testTimeout: 1_200_000,
    hookTimeout: 1_200_000,
    maxWorkers: 2, // the machines have 2 cores; the three heavy files then share them
  },
});
