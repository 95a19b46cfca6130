/**
 * Writes the JSON twin of every planned pair page (`/compare/<a>-vs-<b>.json`, the same view-model
 * as the page, see comparisonJson in src/lib/compare/index.ts) straight to the output folder after
 * the build, with plain file writes.
 *
 * Why a hook and not a route: as a route, each of the site's ~half of all files went through
 * Astro's per-route Request/Response path, and the pair's view had to stay memoised for the whole
 * build so the page and its twin could share it (18 KB of heap per pair, bench/notes/profile-n100.md).
 * Here each view is built, serialised and dropped, one pair at a time.
 *
 * The catalogue is read the way the pages read it (getCatalog: DATA_DIR, and SITE_URL over
 * site.yaml's url); `dir` is Astro's output folder (OUT_DIR), where files sit without the base path,
 * exactly where the route wrote them. Must run before the integrations that count or index dist/
 * (search index, build report): astro.config.mjs lists it first among the `astro:build:done` hooks.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildComparison, comparisonJson } from '../lib/compare/index';
import { getPairPlan } from '../lib/compare/pairs';
import { getCatalog } from '../lib/data/load';

/** Writes every pair's twin under `outDir`; returns how many. */
export function writeTwins(outDir: string): number {
  const cat = getCatalog();
  const plan = getPairPlan(cat);
  const made = new Set<string>();
  for (const p of plan.pairs) {
    // jsonPath is base-free ("/compare/<slug>.json"), like the route's path was.
    const file = join(outDir, ...p.jsonPath.split('/').filter(Boolean));
    const folder = dirname(file);
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    writeFileSync(file, JSON.stringify(comparisonJson(buildComparison(cat, p.a, p.b, plan))));
  }
  return plan.pairs.length;
}

export function twins(): AstroIntegration {
  return {
    name: 'llm-versus:twins',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const started = performance.now();
        const n = writeTwins(fileURLToPath(dir));
        logger.info(`wrote ${n} JSON twins in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      },
    },
  };
}
