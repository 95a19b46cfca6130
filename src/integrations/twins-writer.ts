/**
 * Writes every planned pair's JSON twin (`/compare/<a>-vs-<b>.json`, the same view-model as the
 * page, see comparisonJson in src/lib/compare/index.ts) under an output folder, one pair at a time:
 * each view is built, serialised and dropped. Reads nothing but the catalogue it is given, so it
 * runs the same in the build's process and in the twins worker (twins-worker.ts), which esbuild
 * bundles from this file and the engine alone.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Catalog } from '../lib/data/load';
import { buildComparison, comparisonJson } from '../lib/compare/index';
import { getPairPlan } from '../lib/compare/pairs';

/**
 * Writes every pair's twin of `cat` under `outDir`, except the pairs in `skip` (an incremental build's
 * unchanged twins, already in `outDir`); returns how many it wrote.
 */
export function writeTwinFiles(outDir: string, cat: Catalog, skip: ReadonlySet<string> = new Set()): number {
  const plan = getPairPlan(cat);
  const made = new Set<string>();
  let written = 0;
  for (const p of plan.pairs) {
    if (skip.has(p.slug)) continue;
    // jsonPath is base-free ("/compare/<slug>.json"): Astro's output folder holds files without the base path.
    const file = join(outDir, ...p.jsonPath.split('/').filter(Boolean));
    const folder = dirname(file);
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    writeFileSync(file, JSON.stringify(comparisonJson(buildComparison(cat, p.a, p.b, plan))));
    written++;
  }
  return written;
}
