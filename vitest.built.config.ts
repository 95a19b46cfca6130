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
    testTimeout: 120_000, // html-validate over a large dist/ takes a while on 2 cores
    hookTimeout: 120_000,
  },
});
