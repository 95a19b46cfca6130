/**
 * What a built dist/ holds: files, bytes, HTML pages by kind, and the typical (median-sized) page
 * of each kind, raw and gzipped. Page kinds are read from paths so new page types other work adds
 * (e.g. /providers/<id>/) are counted and mirrored by the baseline without changes here.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface FileEntry {
  /** Path relative to dist/, with "/" separators. */
  rel: string;
  size: number;
}

export interface KindStats {
  count: number;
  /** The median-sized file of the kind. */
  median: FileEntry;
  median_kb: number;
  median_gzip_kb: number;
}

export interface DistStats {
  files: number;
  bytes: number;
  html_pages: number;
  /** HTML pages per kind: "compare/*" (pair pages), "models/*", …, and "single" for one-off pages. */
  html: Record<string, KindStats>;
  /** JSON files per kind ("compare/*.json" are the pair pages' twins). */
  json: Record<string, KindStats>;
  /** Every HTML page and JSON file, for the baseline to mirror. */
  pages: { kind: string; rel: string; size: number }[];
  jsons: { kind: string; rel: string; size: number }[];
}

export function walk(dir: string): FileEntry[] {
  const out: FileEntry[] = [];
  const rec = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      const s = statSync(p);
      if (s.isDirectory()) rec(p);
      else out.push({ rel: relative(dir, p).split(sep).join('/'), size: s.size });
    }
  };
  rec(dir);
  return out;
}

/** "compare/a-vs-b/index.html" → "compare/*"; "index.html", "404.html", "sources/index.html" → "single". */
export function htmlKind(rel: string): string {
  const parts = rel.split('/');
  return parts.length >= 3 ? `${parts[0]}/*` : 'single';
}

/** "compare/a-vs-b.json" → "compare/*.json"; "catalogue.json" → "single.json". */
export function jsonKind(rel: string): string {
  const parts = rel.split('/');
  return parts.length >= 2 ? `${parts[0]}/*.json` : 'single.json';
}

function kindStats(dir: string, list: FileEntry[]): KindStats {
  const sorted = [...list].sort((x, y) => x.size - y.size || (x.rel < y.rel ? -1 : 1));
  const median = sorted[Math.floor((sorted.length - 1) / 2)]!;
  const gz = gzipSync(readFileSync(join(dir, median.rel))).length;
  return { count: list.length, median, median_kb: Number((median.size / 1000).toFixed(1)), median_gzip_kb: Number((gz / 1000).toFixed(1)) };
}

function group(dir: string, list: FileEntry[], kindOf: (rel: string) => string) {
  const by = new Map<string, FileEntry[]>();
  for (const f of list) {
    const k = kindOf(f.rel);
    let l = by.get(k);
    if (!l) by.set(k, (l = []));
    l.push(f);
  }
  return Object.fromEntries([...by].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, l]) => [k, kindStats(dir, l)]));
}

export function distStats(dir: string): DistStats {
  const files = walk(dir);
  // Pagefind's own files are measured by its stage, not counted as site pages.
  const site = files.filter((f) => !f.rel.startsWith('pagefind/'));
  const html = site.filter((f) => f.rel.endsWith('.html'));
  const json = site.filter((f) => f.rel.endsWith('.json'));
  return {
    files: files.length,
    bytes: files.reduce((n, f) => n + f.size, 0),
    html_pages: html.length,
    html: group(dir, html, htmlKind),
    json: group(dir, json, jsonKind),
    pages: html.map((f) => ({ kind: htmlKind(f.rel), rel: f.rel, size: f.size })),
    jsons: json.map((f) => ({ kind: jsonKind(f.rel), rel: f.rel, size: f.size })),
  };
}
