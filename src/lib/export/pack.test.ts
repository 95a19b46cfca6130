/**
 * The catalogue export: it must round-trip what the engine reads, stay within its size budget, and,
 * the point of it all, let the browser build exactly the comparison the static build makes for every
 * planned pair of the real catalogue (same engine, same inputs → deep-equal view-models).
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildComparison } from '../compare/index';
import { getPairPlan } from '../compare/pairs';
import { getCatalog, loadCatalog } from '../data/load';
import { getModelView } from '../views/model';
import { EXPORT_GZIP_BUDGET, exportJson } from './files';
import { pack, PACK_FORMAT, PackFormatError, unpack, unpackPlan, type PackedCatalog } from './pack';

const cat = getCatalog('data');
const plan = getPairPlan(cat);
/** The file as the browser gets it: serialised and parsed, not the in-memory object. */
const wire = (c: typeof cat, p: typeof plan) => JSON.parse(JSON.stringify(pack(c, p))) as PackedCatalog;

describe('pack / unpack', () => {
  it('round-trips every field the engine reads, and leaves unsourced fields unset', () => {
    const seed = loadCatalog('tests/fixtures/seed');
    const back = unpack(wire(seed, getPairPlan(seed)));
    expect(back.site).toEqual(seed.site);
    expect(back.sources).toEqual(seed.sources);
    expect([...back.currencies!]).toEqual([...seed.currencies!]);
    for (const [id, l] of seed.labs) expect(back.labs.get(id)).toEqual({ ...l, file: '' });
    for (const [id, p] of seed.providers) expect(back.providers.get(id)).toEqual({ ...p, file: '' });
    for (const [id, b] of seed.benchmarks) expect(back.benchmarks.get(id)).toEqual({ ...b, file: '' });
    expect(back.models.map((m) => m.id)).toEqual(seed.models.map((m) => m.id));
    for (const m of seed.models) {
      const { body: _b, file: _f, sources: _s, disagreements: _d, reviewed: _r, ...engine } = m;
      const routes = m.routes.map(({ cache_read: _c, max_output_tokens: _mo, ...r }) => r);
      const benchmarks = m.benchmarks.map(({ cost_per_task: _c, ...s }) => s);
      expect(back.modelsById.get(m.id)).toEqual({ ...engine, routes, benchmarks, body: '', file: '' });
    }
    // Absent stays absent (not null, not 0): "not sourced" must survive the trip.
    const phi2 = back.modelsById.get('phi-2')!;
    for (const m of back.models)
      for (const [k, v] of Object.entries(m)) expect(v, `${m.id}.${k}`).not.toBeNull();
    expect('knowledge_cutoff' in phi2).toBe('knowledge_cutoff' in seed.modelsById.get('phi-2')!);
  });

  it('rebuilds the pair plan the build made: same pages, flags and order per model', () => {
    const p = wire(cat, plan);
    const back = unpackPlan(p, unpack(p));
    const strip = (l: typeof plan.pairs) => l.map((x) => ({ ...x }));
    expect(strip(back.pairs)).toEqual(strip(plan.pairs));
    for (const m of cat.models) expect(back.byModel.get(m.id)!.map((x) => x.slug), m.id).toEqual(plan.byModel.get(m.id)!.map((x) => x.slug));
    expect([back.cut, back.budgetPairs, back.strategy]).toEqual([plan.cut, plan.budgetPairs, plan.strategy]);
    const first = plan.pairs[0]!;
    expect(back.get(first.b, first.a)?.slug).toBe(first.slug);
  });

  it('refuses a file that is not the export', () => {
    expect(() => unpack({ format: 'something-else' } as unknown as PackedCatalog)).toThrow(PackFormatError);
    expect(() => unpack(null as unknown as PackedCatalog)).toThrow(PackFormatError);
  });

  it(`fits the budget: at most ${EXPORT_GZIP_BUDGET / 1000} KB gzip for the real catalogue`, () => {
    const json = exportJson(cat);
    const gz = gzipSync(json).length;
    console.info(`catalog.json: ${json.length} B raw, ${gz} B gzip (${cat.models.length} models, ${plan.pairs.length} pairs)`);
    expect(gz).toBeLessThanOrEqual(EXPORT_GZIP_BUDGET);
    expect(JSON.parse(json).format).toBe(PACK_FORMAT);
  });
});

describe('the browser’s comparison equals the build’s, for every planned pair of data/', () => {
  // Whole catalogue, two engines' worth of comparisons: about 10 s alone, much more on a shared machine.
  it('deep-equal view-models from the unpacked export and from data/', { timeout: 600_000 }, () => {
    const p = wire(cat, plan);
    const back = unpack(p);
    const backPlan = unpackPlan(p, back);
    const problems: string[] = [];
    for (const pair of plan.pairs) {
      const want = buildComparison(cat, pair.a, pair.b, plan);
      const got = buildComparison(back, pair.a, pair.b, backPlan);
      try {
        expect(got).toStrictEqual(want);
      } catch (e) {
        problems.push(`${pair.slug}: ${(e as Error).message.split('\n').slice(0, 12).join('\n')}`);
        if (problems.length >= 3) break;
      }
    }
    expect(problems.join('\n\n')).toBe('');
    // The monthly estimate every figure hangs on, model by model (including models without a page).
    for (const m of cat.models) expect(getModelView(back, m.id).cost, m.id).toStrictEqual(getModelView(cat, m.id).cost);
  });
});
