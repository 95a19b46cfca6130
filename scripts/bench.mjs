#!/usr/bin/env node
/**
 * `npm run bench`: builds the site from DATA_DIR (default data/) and reports what the closing
 * notes quote: build time, peak memory, pages of each kind, files in dist/, total size, and the
 * size of a pair page raw and gzipped, and the engine's time for every pair of the catalog
 * (scripts/bench-engine.ts). Measures; asserts nothing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const out = process.env.OUT_DIR ?? 'dist';
const timeBin = existsSync('/usr/bin/time') ? ['/usr/bin/time', '-v'] : [];
const t0 = performance.now();
const r = spawnSync(timeBin[0] ?? 'npx', [...timeBin.slice(1), ...(timeBin.length ? ['npx'] : []), 'astro', 'build'], {
  encoding: 'utf8',
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  maxBuffer: 1 << 28,
});
const seconds = (performance.now() - t0) / 1000;
if (r.status !== 0) {
  process.stdout.write(r.stdout.slice(-4000));
  process.stderr.write(r.stderr.slice(-4000));
  process.exit(r.status ?? 1);
}
const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr)?.[1];

function walk(dir, acc = []) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const s = statSync(p);
    if (s.isDirectory()) walk(p, acc);
    else acc.push({ path: p, size: s.size });
  }
  return acc;
}
const files = walk(out);
const html = files.filter((f) => f.path.endsWith('.html'));
const pairPages = html.filter((f) => /[/\\]compare[/\\][^/\\]+-vs-[^/\\]+[/\\]index\.html$/.test(f.path));
const modelPages = html.filter((f) => /[/\\]models[/\\][^/\\]+[/\\]index\.html$/.test(f.path));
const sample = pairPages.find((f) => f.path.includes('phi-4-vs-qwen3.5-flash')) ?? pairPages[0];
const avg = (l) => (l.length ? Math.round(l.reduce((n, f) => n + f.size, 0) / l.length) : 0);
const report = {
  data: process.env.DATA_DIR ?? 'data',
  build_seconds: Number(seconds.toFixed(1)),
  peak_rss_mb: rss ? Math.round(Number(rss) / 1024) : null,
  pages: { pair: pairPages.length, model: modelPages.length, other: html.length - pairPages.length - modelPages.length },
  files: files.length,
  dist_mb: Number((files.reduce((n, f) => n + f.size, 0) / 1e6).toFixed(1)),
  pair_page_avg_kb: Number((avg(pairPages) / 1000).toFixed(1)),
  sample_pair_page: sample
    ? { path: sample.path, raw_kb: Number((sample.size / 1000).toFixed(1)), gzip_kb: Number((gzipSync(readFileSync(sample.path)).length / 1000).toFixed(1)) }
    : null,
};
// The engine alone over every pair of the catalog (scripts/bench-engine.ts), which the build hides among page writes.
const eng = spawnSync('npx', ['tsx', 'scripts/bench-engine.ts'], { encoding: 'utf8', env: process.env, maxBuffer: 1 << 24 });
if (eng.status === 0) {
  const e = JSON.parse(readFileSync('reports/bench-engine.json', 'utf8'));
  report.engine_every_pair = { pairs: e.pairs_all, ms: e.every_pair_ms, per_pair_us: e.per_pair_us };
} else report.engine_every_pair = { error: `bench-engine exited ${eng.status}: ${eng.stderr.slice(-400)}` };
mkdirSync('reports', { recursive: true });
writeFileSync('reports/bench.json', `${JSON.stringify(report, null, 2)}\n`);
console.log(JSON.stringify(report, null, 2));
