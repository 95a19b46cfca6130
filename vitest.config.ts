/// <reference types="vitest/config" />
/**
 * Unit tests: run before a build (`npm run test:unit`). Astro's Vite config (aliases, import.meta.glob,
 * `?raw`) applies through getViteConfig. Tests that read the built site live in tests/built/ and use
 * vitest.built.config.ts (`npm run test:built`), because they need `npm run build` first.
 */
import { getViteConfig } from 'astro/config';

export default getViteConfig(
  {
    test: {
      include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/unit/**/*.test.ts', 'bench/*.test.ts'],
      exclude: ['tests/built/**', 'tests/e2e/**', 'node_modules/**', 'dist/**', 'dist-hostile/**', 'bench/.work/**', 'bench/baseline/**'],
      environment: 'node',
      // Shared modules (the catalogue loader, zod schemas, the engine) are evaluated once per worker
      // instead of once per file: the unit step went from ~100 s to ~50 s here. No test mocks modules
      // or relies on a module's first evaluation; each loads what it needs through getCatalog(dir).
      isolate: false,
      // npm test runs this step beside the real build on a 2-core machine: the whole-catalogue tests
      // (data lint, engine properties, catalogue checks) take several times their idle 2–5 s there.
      testTimeout: 60_000,
    },
  },
  // Without this, Container-API output carries data-astro-source-file/-loc attributes.
  { devToolbar: { enabled: false } },
);
