/**
 * Tests that run Astro builds of their own (tests/builds/): `npm test` runs them in its build lane,
 * after the site builds, never beside another build of this project: two builds at once in one
 * project folder both write .astro/ (see scripts/test-all.mjs).
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/builds/**/*.test.ts'],
    environment: 'node',
    // Several seed builds each, on a 2-core machine shared with the other lane.
    testTimeout: 600_000,
    hookTimeout: 600_000,
    fileParallelism: false,
  },
});
