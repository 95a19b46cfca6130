/**
 * The incremental build (INCREMENTAL_BUILD=1, astro.config.mjs) writes the same site as a clean
 * build. A copy of the seed fixture is built incrementally, then changed and rebuilt over the same
 * dist/ and cache, and each rebuild is compared file by file with a clean build of the changed data:
 * 1. one model's price changes: only that model's pair pages are rendered again and only their JSON
 *    twins written again, the rest kept (model pages too: the ones whose page changed are rendered);
 * 2. a model is removed: its pages and JSON twins leave dist/ (Astro keeps old files when
 *    `emptyOutDir` is false; src/integrations/incremental.ts prunes them).
 * The keys themselves are tested in src/lib/pages/pair-cache-key.test.ts.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { incrementalCacheDir } from '../../src/integrations/incremental';
import { differingFiles, treeFiles } from '../tree';

const work = mkdtempSync(join(tmpdir(), 'llm-versus-incremental-'));
const data = join(work, 'data');
const dist = join(work, 'dist');
cpSync('tests/fixtures/seed', data, { recursive: true });
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  rmSync(incrementalCacheDir(dist), { recursive: true, force: true });
});

/** Builds `data` into `out`; returns the log. */
function build(out: string, incremental: boolean): string {
  const r = spawnSync('astro', ['build'], {
    env: { ...process.env, DATA_DIR: data, OUT_DIR: out, ASTRO_TELEMETRY_DISABLED: '1', INCREMENTAL_BUILD: incremental ? '1' : '' },
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`astro build into ${out} failed (status ${r.status}):\n${r.stderr}\n${r.stdout}`.slice(0, 4000));
  return r.stdout;
}

/** Pair pages the build rendered (Astro marks the ones it kept "(cached)" or "(restored)"). */
const rendered = (log: string) => [...log.matchAll(/ \/compare\/([^/\s]+-vs-[^/\s]+)\/index\.html(?! \((?:cached|restored)\))/g)].map((m) => m[1]!).sort();
const kept = (log: string) => [...log.matchAll(/ \/compare\/([^/\s]+-vs-[^/\s]+)\/index\.html \((?:cached|restored)\)/g)].map((m) => m[1]!).sort();
/** The same for model pages. */
const renderedModels = (log: string) => [...log.matchAll(/ \/models\/([^/\s]+)\/index\.html(?! \((?:cached|restored)\))/g)].map((m) => m[1]!).sort();
const keptModels = (log: string) => [...log.matchAll(/ \/models\/([^/\s]+)\/index\.html \((?:cached|restored)\)/g)].map((m) => m[1]!).sort();

/** What the twins hook reports: twins written, and twins kept because their key did not change. */
function twinsLog(log: string): { written: number; kept: number } {
  const m = /wrote (\d+) JSON twins[^\n]*?(?:; (\d+) unchanged since the last incremental build kept)?\n/.exec(log);
  if (!m) throw new Error(`no twins line in the build log:\n${log.slice(-2000)}`);
  return { written: Number(m[1]), kept: Number(m[2] ?? 0) };
}

test('an incremental rebuild after a change equals a clean build of the changed data', () => {
  const cold = build(dist, true);
  const all = rendered(cold);
  expect(all.length, 'pair pages of the seed fixture').toBeGreaterThan(10);
  expect(kept(cold)).toEqual([]);

  // 1. phi-4's first route gets dearer, as in `npm run bench`.
  const file = join(data, 'models', 'phi-4.md');
  const text = readFileSync(file, 'utf8');
  writeFileSync(file, text.replace(/^(\s+input: )([\d.]+)$/m, (_, k: string, v: string) => `${k}${Number((Number(v) * 1.1 + 0.001).toFixed(4))}`));
  const again = build(dist, true);
  const phi4 = all.filter((s) => s.split('-vs-').includes('phi-4'));
  expect(rendered(again), 'pair pages rendered again').toEqual(phi4);
  expect(kept(again).length).toBe(all.length - phi4.length);
  // Model pages: phi-4's own, and those whose list of comparisons the new price reorders.
  expect(renderedModels(again)).toContain('phi-4');
  expect(keptModels(again).length, 'model pages kept').toBeGreaterThan(0);
  expect(renderedModels(again).length + keptModels(again).length).toBe(7);
  // JSON twins: only the changed model's are written again; the rest are kept by their keys.
  expect(twinsLog(again), 'twins written and kept').toEqual({ written: phi4.length, kept: all.length - phi4.length });
  build(join(work, 'clean-1'), false);
  expect(differingFiles(dist, join(work, 'clean-1')), 'files that differ from a clean build').toEqual([]);

  // 2. A model leaves the catalogue: its pairs, twins and model page must leave dist/ too.
  rmSync(join(data, 'models', 'qwen3.5-4b.md'));
  build(dist, true);
  build(join(work, 'clean-2'), false);
  expect(differingFiles(dist, join(work, 'clean-2')), 'files that differ from a clean build').toEqual([]);
  expect(treeFiles(dist).has('compare/qwen3.5-4b-vs-qwen3.5-flash.json')).toBe(false);
}, 600_000);
