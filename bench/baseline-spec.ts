/**
 * Turns the project's build of one catalogue into the baseline's page list (bench/baseline/src/spec.ts):
 * the same HTML pages and JSON twins, each kind writing the project's median page of that kind, so
 * the baseline writes as many files of the same sizes and only the rendering work differs.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DistStats } from './dist-stats';

/** Astro writes its own doctype in front of a page, so the template leaves it out. */
const DOCTYPE = /^<!doctype html>/i;

export function pagePath(rel: string): string {
  return rel.replace(/(^|\/)index\.html$/, '').replace(/\.html$/, '');
}

export function writeBaselineSpec(distDir: string, stats: DistStats, file: string): { pages: number; jsons: number } {
  const templates: Record<string, string> = {};
  for (const [kind, k] of Object.entries(stats.html)) templates[kind] = readFileSync(join(distDir, k.median.rel), 'utf8').replace(DOCTYPE, '');
  for (const [kind, k] of Object.entries(stats.json)) templates[kind] = readFileSync(join(distDir, k.median.rel), 'utf8');
  // Only the pair twins have a baseline route; other JSON (if any) is a handful of files.
  const jsons = stats.jsons.filter((j) => j.kind === 'compare/*.json').map((j) => ({ path: j.rel.replace(/\.json$/, ''), kind: j.kind }));
  const pages = stats.pages.map((p) => ({ path: pagePath(p.rel), kind: p.kind }));
  writeFileSync(file, JSON.stringify({ templates, pages, jsons }));
  return { pages: pages.length, jsons: jsons.length };
}
