/**
 * Shared helpers for the built-site checks. They read dist/ (or $DIST_DIR) as `npm run build` left
 * it. Nothing here skips: a missing or empty dist/ makes every test fail with a message saying so.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { dataDir, loadCatalog } from '../../src/lib/data/load';

export const DIST = resolve(process.env.DIST_DIR ?? 'dist');

let site: string | undefined;
/** The site URL the build used (site.yaml `url`, or SITE_URL as for `npm run build:base`), no trailing slash. */
export function siteUrl(): string {
  site ??= loadCatalog(dataDir()).site.url;
  return site;
}
/** The base path the build was made for ("" at a domain's root, "/sub" for `npm run build:base`). */
export const basePath = (): string => new URL(siteUrl()).pathname.replace(/\/+$/, '');

/** Throws (failing the calling test) unless a build exists. Call first in every test. */
export function requireDist(): void {
  if (!existsSync(DIST) || !statSync(DIST).isDirectory())
    throw new Error(`${DIST} does not exist: run \`npm run build\` before the built-site tests (npm run test:built).`);
  if (!existsSync(join(DIST, 'index.html')))
    throw new Error(`${DIST}/index.html is missing: the build in ${DIST} is incomplete or failed; run \`npm run build\` again.`);
}

let fileCache: string[] | undefined;
/** Every file under dist/, as a path relative to dist/ with forward slashes, sorted. */
export function distFiles(): string[] {
  requireDist();
  fileCache ??= readdirSync(DIST, { recursive: true, encoding: 'utf8' })
    .filter((f) => statSync(join(DIST, f)).isFile())
    .map((f) => f.split(sep).join('/'))
    .sort();
  return fileCache;
}

export const htmlFiles = (): string[] => distFiles().filter((f) => f.endsWith('.html'));

export const readDist = (rel: string): string => readFileSync(join(DIST, rel), 'utf8');

/**
 * True when a URL path as written in the HTML (`/compare/a-vs-b/`, or `/sub/compare/a-vs-b/` in a
 * build under the base path /sub) is served by a file in dist/. A path outside the base is not: the
 * host serves dist/ at the base, so such a link would 404 in production.
 */
export function resolvesInDist(urlPath: string): boolean {
  let p: string;
  try {
    p = decodeURIComponent(urlPath.replace(/[?#].*$/, ''));
  } catch {
    return false;
  }
  const base = basePath();
  if (base) {
    if (p !== base && !p.startsWith(`${base}/`)) return false;
    p = p.slice(base.length) || '/';
  }
  const abs = resolve(DIST, '.' + p);
  if (abs !== DIST && !abs.startsWith(DIST + sep)) return false;
  const isFile = (f: string) => existsSync(f) && statSync(f).isFile();
  if (p.endsWith('/')) return isFile(join(abs, 'index.html'));
  // Static hosts serve /a as a file, /a.html, or /a/index.html (after a redirect to /a/).
  return isFile(abs) || isFile(abs + '.html') || isFile(join(abs, 'index.html'));
}

/** Lists problems, failing the test with at most `max` of them spelled out. */
export function report(problems: string[], what: string, max = 60): string {
  if (problems.length === 0) return '';
  const more = problems.length > max ? `\n… and ${problems.length - max} more` : '';
  return `${problems.length} ${what}:\n${problems.slice(0, max).join('\n')}${more}`;
}
