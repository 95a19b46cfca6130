import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { getPairPlan } from '../src/lib/compare/pairs';
import { loadCatalog } from '../src/lib/data/load';
import { CAPABILITIES } from '../src/lib/schema/model';
import { generateCatalog, ROUTES_RANGE, SCORES_RANGE, writeCatalog } from './generate';

const tmp = mkdtempSync(join(tmpdir(), 'bench-gen-'));
/** Loading a catalogue takes ~1 s alone; the machine is shared, so allow for a busy one. */
const SLOW = 30_000;
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** One hash over every file's path and bytes, as written to disk. */
function hashDir(dir: string): string {
  const h = createHash('sha256');
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else h.update(p.slice(dir.length)).update('\0').update(readFileSync(p)).update('\0');
    }
  };
  walk(dir);
  return h.digest('hex');
}

describe('synthetic catalogue generator', () => {
  it('writes byte-identical files for the same N and seed, and different ones for another seed', () => {
    writeCatalog(join(tmp, 'a'), generateCatalog(50));
    writeCatalog(join(tmp, 'b'), generateCatalog(50));
    writeCatalog(join(tmp, 'c'), generateCatalog(50, 7));
    expect(hashDir(join(tmp, 'a'))).toBe(hashDir(join(tmp, 'b')));
    expect(hashDir(join(tmp, 'a'))).not.toBe(hashDir(join(tmp, 'c')));
  }, SLOW);

  it('makes the smaller catalogue the first models of the larger one, so sizes compare like with like', () => {
    const small = generateCatalog(50);
    const large = generateCatalog(100);
    expect(large.modelIds.slice(0, 50)).toEqual(small.modelIds);
    for (const id of small.modelIds) expect(large.files.get(`models/${id}.md`)).toBe(small.files.get(`models/${id}.md`));
  });

  it('passes the loader with no issues, and `strategy: all` plans every pair', () => {
    const n = 60;
    const dir = join(tmp, 'load');
    writeCatalog(dir, generateCatalog(n));
    const cat = loadCatalog(dir); // throws a DataError listing every issue
    expect(cat.models).toHaveLength(n);
    expect(cat.site.pairs.strategy).toBe('all');
    const plan = getPairPlan(cat);
    expect(plan.pairs).toHaveLength((n * (n - 1)) / 2);
    expect(plan.cut).toBe(0);
  }, SLOW);

  it('draws route and score counts across their whole ranges, with unknown capabilities and missing fields', () => {
    const dir = join(tmp, 'ranges');
    writeCatalog(dir, generateCatalog(120));
    const cat = loadCatalog(dir);
    const routes = cat.models.map((m) => m.routes.length);
    const scores = cat.models.map((m) => m.benchmarks.length);
    for (const r of routes) expect(r).toBeGreaterThanOrEqual(ROUTES_RANGE[0]), expect(r).toBeLessThanOrEqual(ROUTES_RANGE[1]);
    for (const s of scores) expect(s).toBeGreaterThanOrEqual(SCORES_RANGE[0]), expect(s).toBeLessThanOrEqual(SCORES_RANGE[1]);
    // Spread, not a constant: both ends of each range occur in 120 draws.
    expect(Math.min(...routes)).toBeLessThanOrEqual(3);
    expect(Math.max(...routes)).toBeGreaterThanOrEqual(18);
    expect(scores).toContain(0);
    expect(Math.max(...scores)).toBeGreaterThanOrEqual(11);
    const unknownCaps = cat.models.filter((m) => CAPABILITIES.some((c) => m.capabilities[c] === undefined)).length;
    expect(unknownCaps).toBeGreaterThan(60);
    expect(cat.models.some((m) => m.context_window === undefined)).toBe(true);
    expect(cat.models.some((m) => m.parameters === undefined)).toBe(true);
    expect(cat.models.some((m) => m.routes.some((r) => r.input === undefined))).toBe(true);
    // Providers and benchmarks are the real ids the pages know how to present.
    expect([...cat.benchmarks.keys()]).toContain('gpqa-diamond');
    expect(cat.models.some((m) => m.routes.some((r) => r.provider === 'openrouter'))).toBe(true);
  }, SLOW);
});
