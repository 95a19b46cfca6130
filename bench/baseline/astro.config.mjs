// @ts-check
/**
 * The bare-Astro baseline of `npm run bench`: the same Astro (root node_modules) and the options of
 * the project's astro.config.mjs that shape page generation, read from that file so the two cannot
 * drift: static output, build.concurrency and trailingSlash. No integrations, no Tailwind.
 */
import { readFileSync } from 'node:fs';
import { defineConfig } from 'astro/config';

const projectConfig = readFileSync(new URL('../../astro.config.mjs', import.meta.url), 'utf8');
/** Astro's defaults when the project does not set the option. */
const concurrency = Number(/\bconcurrency:\s*(\d+)/.exec(projectConfig)?.[1] ?? 1);
const trailingSlash = /** @type {'always' | 'never' | 'ignore'} */ (/\btrailingSlash:\s*'(\w+)'/.exec(projectConfig)?.[1] ?? 'ignore');

export default defineConfig({
  output: 'static',
  // Under bench/.work (git-ignored), so neither build sees the other's output.
  outDir: process.env.OUT_DIR ?? '../.work/baseline-dist',
  cacheDir: '../.work/baseline-cache',
  trailingSlash,
  build: { concurrency },
  devToolbar: { enabled: false },
});
