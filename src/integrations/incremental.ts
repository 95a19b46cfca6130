/**
 * What Astro's incremental build (`experimental.incrementalBuild`, on with INCREMENTAL_BUILD=1, see
 * astro.config.mjs) leaves to the project, so that an incremental rebuild writes exactly the dist/ a
 * clean build of the same data writes:
 *
 * 1. One cache per output folder (`incrementalCacheDir`). Astro keeps a manifest of each page's key
 *    and, for a page whose key matches, keeps the file already in the output folder. With one cache
 *    shared by dist/ and dist-seed/, the manifest of the seed build would vouch for a page in dist/
 *    that an older build of another catalogue wrote.
 * 2. A build without the cache forgets it (`forgetManifest`): an ordinary build rewrites the output
 *    folder behind the manifest's back, and a later incremental build whose data matches an older key
 *    again would keep a page of the in-between data.
 * 3. Pruning (`pruneStale`): with `emptyOutDir: false` nothing removes the files of a previous build
 *    that this one no longer writes (a pair that left the plan, its JSON twin, a chart of another
 *    series, bundles of old code, the previous search index). Astro only prunes its own cache copies.
 *    Runs first among the `astro:build:done` hooks, so the twins, sitemaps, search index and build
 *    report see only this build's files.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, rmSync, rmdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { getPairPlan } from '../lib/compare/pairs';
import { getCatalog } from '../lib/data/load';

/** Where Astro's caches live by default; the incremental caches go in a folder per output folder under it. */
const ASTRO_CACHE = 'node_modules/.astro';
/** Astro's manifest file in its cacheDir (astro/dist/core/build/incremental.js, INCREMENTAL_CACHE_FILE). */
const MANIFEST = 'incremental-build.json';
/** Written at the start of a build: files older than it were not written by this build. */
const MARKER = 'build-started';

/** The cacheDir of incremental builds into `outDir` (relative to the project, like Astro's default). */
export function incrementalCacheDir(outDir: string): string {
  const abs = resolve(outDir);
  const tag = createHash('sha256').update(abs).digest('hex').slice(0, 10);
  return `./${ASTRO_CACHE}/incremental-${abs.split(sep).pop()}-${tag}`;
}

/** Every file under `dir`, relative, with forward slashes; from directory entries, without a stat per file (90,000 at N = 300). */
function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'));
}

/** Removes folders left empty under `dir` (a pair page's folder once its index.html is gone). */
function removeEmptyFolders(dir: string): void {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (!e.isDirectory()) continue;
    const p = join(dir, e.name);
    removeEmptyFolders(p);
    if (readdirSync(p).length === 0) rmdirSync(p);
  }
}

/**
 * Deletes every file under `outDir` that this build neither wrote (modified after `startedMs`, the
 * marker's time on the same clock) nor kept on purpose: `keep` holds the pages Astro kept from the
 * last build and the JSON twins of planned pairs (a twin writer may skip unchanged twins).
 */
export function pruneStale(outDir: string, startedMs: number, keep: ReadonlySet<string>): string[] {
  const removed: string[] = [];
  for (const rel of listFiles(outDir)) {
    if (keep.has(rel)) continue;
    if (statSync(join(outDir, rel)).mtimeMs >= startedMs) continue;
    rmSync(join(outDir, rel));
    removed.push(rel);
  }
  removeEmptyFolders(outDir);
  return removed;
}

/** `cacheDir`: incrementalCacheDir of the build's output folder, whether or not this build uses it. */
export function incrementalBuild(enabled: boolean, cacheDir: string): AstroIntegration {
  let started = 0;
  return {
    name: 'llm-versus:incremental',
    hooks: {
      'astro:build:start': () => {
        if (!enabled) {
          rmSync(join(cacheDir, MANIFEST), { force: true });
          return;
        }
        // The marker's mtime is the file system's clock (coarser than Date.now()), the one every written file gets.
        mkdirSync(cacheDir, { recursive: true });
        const marker = join(cacheDir, MARKER);
        writeFileSync(marker, '');
        started = statSync(marker).mtimeMs;
      },
      'astro:build:done': ({ dir, assets, logger }) => {
        if (!enabled) return;
        const outDir = fileURLToPath(dir);
        const keep = new Set<string>();
        for (const urls of assets.values()) for (const u of urls) keep.add(relative(outDir, fileURLToPath(u)).split(sep).join('/'));
        for (const p of getPairPlan(getCatalog()).pairs) keep.add(p.jsonPath.slice(1));
        const removed = pruneStale(outDir, started, keep);
        logger.info(`removed ${removed.length} files of earlier builds that this build does not write${removed.length ? ` (${removed.slice(0, 20).join(", ")})` : ""}`);
      },
    },
  };
}
