/**
 * Writes the JSON twin of every planned pair page (`/compare/<a>-vs-<b>.json`, the same view-model
 * as the page, see comparisonJson in src/lib/compare/index.ts) straight to the output folder, with
 * plain file writes (twins-writer.ts).
 *
 * Why a hook and not a route: as a route, each of the site's ~half of all files went through
 * Astro's per-route Request/Response path, and the pair's view had to stay memoised for the whole
 * build so the page and its twin could share it (18 KB of heap per pair, bench/notes/profile-n100.md).
 *
 * Why a worker_thread started at `astro:build:setup`: Astro renders the pages on one core, and the
 * twins need nothing from the pages, so they are written on the machine's other core while the
 * pages render (8 s of the N = 100 bench build ran after generation, on the same core, before).
 * `astro:build:setup` is the first hook after Astro empties the output folder (core/build/
 * static-build.js: emptyDir, then the Vite builds with `emptyOutDir: false`, then generation, which
 * only adds files and removes its own `.prerender/`). `astro:build:done` waits for the worker, so the
 * hooks after it (sitemaps, search index, build report: astro.config.mjs lists this one first)
 * see every twin. The worker gets the catalogue the data guard validated (structured-cloned), and
 * the engine bundled by esbuild from src/ (the config's Vite loader does not reach into a worker).
 * Anything else (no worker started, another output folder) writes the twins here, in the process.
 *
 * The catalogue is the pages' (getCatalog: DATA_DIR, and SITE_URL over site.yaml's url); `dir` is
 * Astro's output folder (OUT_DIR), where files sit without the base path.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { build as esbuild } from 'esbuild';
import { getPairPlan } from '../lib/compare/pairs';
import { getCatalog } from '../lib/data/load';
import { pairCacheKeys } from '../lib/pages/pair-cache-key';
import type { TwinsJob, TwinsReply } from './twins-worker';
import { writeTwinFiles } from './twins-writer';

/** Writes every pair's twin under `outDir` in this process; returns how many. */
export function writeTwins(outDir: string): number {
  return writeTwinFiles(outDir, getCatalog());
}

/** The keys the last incremental build recorded (empty when there are none or the file is unreadable). */
function readKeys(file: string): Map<string, string> {
  try {
    return new Map(Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>));
  } catch {
    return new Map();
  }
}

const WORKER_ENTRY = fileURLToPath(new URL('./twins-worker.ts', import.meta.url));

/** The worker's code: its entry, the writer and the engine in one CommonJS script (~70 KB, no packages). */
async function workerCode(): Promise<string> {
  const r = await esbuild({ entryPoints: [WORKER_ENTRY], bundle: true, write: false, platform: 'node', format: 'cjs', target: 'node22', logLevel: 'silent' });
  return r.outputFiles[0]!.text;
}

/** Writes the twins in a worker_thread; settles with its reply (never rejects). */
export async function writeTwinsInWorker(outDir: string, skip: string[] = []): Promise<TwinsReply> {
  try {
    const job: TwinsJob = { outDir, cat: getCatalog(), skip };
    const code = await workerCode();
    return await new Promise<TwinsReply>((done) => {
      const w = new Worker(code, { eval: true, workerData: job });
      w.once('message', (r: TwinsReply) => done(r));
      w.once('error', (e) => done({ ok: false, error: e.stack ?? String(e) }));
      // After a reply this is a no-op (the promise is settled).
      w.once('exit', (code) => done({ ok: false, error: `the twins worker exited (code ${code}) without a reply` }));
    });
  } catch (e) {
    return { ok: false, error: (e as Error).stack ?? String(e) };
  }
}

/**
 * `keysFile`: where an incremental build (INCREMENTAL_BUILD=1, astro.config.mjs) records each twin's
 * cache key, the pair page's (src/lib/pages/pair-cache-key.ts: it covers everything the page, and so
 * its twin, shows). The next incremental build skips every twin whose key is unchanged and whose file
 * is still there: after one model's change, ~300 of 44,850 at N = 300 instead of all (43 s). A build
 * without `incremental` deletes the file, so keys never vouch for twins another build wrote.
 */
export function twins({ incremental = false, keysFile }: { incremental?: boolean; keysFile?: string } = {}): AstroIntegration {
  let done: { readonly buildOutput: string } | undefined;
  let outDir = '';
  let running: { dir: string; reply: Promise<TwinsReply> } | undefined;
  let keys: Map<string, string> | undefined;
  let skipped = 0;
  return {
    name: 'llm-versus:twins',
    hooks: {
      'astro:config:done': (params) => {
        done = params;
        outDir = fileURLToPath(params.config.outDir);
      },
      'astro:build:setup': () => {
        // Once per build, and only where build:done's folder is the configured outDir (a static build).
        if (running || done?.buildOutput !== 'static') return;
        const skip: string[] = [];
        keys = undefined;
        if (keysFile && !incremental) rmSync(keysFile, { force: true });
        if (keysFile && incremental) {
          const cat = getCatalog();
          const plan = getPairPlan(cat);
          keys = pairCacheKeys(cat, plan);
          const before = readKeys(keysFile);
          for (const p of plan.pairs)
            if (before.get(p.slug) === keys.get(p.slug) && existsSync(join(outDir, ...p.jsonPath.split('/').filter(Boolean)))) skip.push(p.slug);
          // Until this build's twins are all written, no key vouches for any file.
          rmSync(keysFile, { force: true });
        }
        skipped = skip.length;
        running = { dir: outDir, reply: writeTwinsInWorker(outDir, skip) };
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const waitFrom = performance.now();
        const started = running;
        running = undefined;
        if (started && resolve(started.dir) === resolve(out)) {
          const r = await started.reply;
          if (!r.ok) throw new Error(`Writing the JSON twins failed: ${r.error}`);
          if (keys && keysFile) {
            mkdirSync(dirname(keysFile), { recursive: true });
            writeFileSync(keysFile, JSON.stringify(Object.fromEntries(keys)));
          }
          const waited = (performance.now() - waitFrom) / 1000;
          logger.info(`wrote ${r.count} JSON twins in ${r.seconds.toFixed(1)} s in a worker beside page generation (waited ${waited.toFixed(1)} s for it here)${skipped ? `; ${skipped} unchanged since the last incremental build kept` : ''}`);
          return;
        }
        const n = writeTwins(out);
        logger.info(`wrote ${n} JSON twins in ${((performance.now() - waitFrom) / 1000).toFixed(1)} s`);
      },
    },
  };
}
