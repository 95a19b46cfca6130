/**
 * Property tests of the pair engine over random catalogues (fast-check): whatever the data, the
 * engine never throws, never publishes NaN or undefined, agrees with itself across pairs and
 * orders, keeps unknown capabilities unknown, and keeps percentages within 0–100.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { CAPABILITIES } from '../schema/model';
import { testCatalog, type ModelInput } from '../testing/catalog';
import { getModelView } from '../views/model';
import { buildComparison, comparisonJson } from './index';
import { planPairs } from './pairs';

/** Enough runs to hit the odd shapes (no routes, only free routes, one score) without slowing `npm test`. */
const RUNS = 60;
const PROVIDERS = ['p1', 'p2', 'p3', 'p4', 'p5'] as const;
const BENCHES = ['bench-pct', 'bench-pct-2', 'bench-elo'] as const;

/** A price as sources give them: often round, sometimes tiny, sometimes free. */
const price = fc.oneof(fc.constant(0), fc.double({ min: 0.01, max: 120, noNaN: true }).map((x) => Math.round(x * 1000) / 1000));
const routeArb = fc.record(
  {
    provider: fc.constantFrom(...PROVIDERS),
    input: price,
    output: price,
    free: fc.boolean(),
    status: fc.constantFrom('beta', 'deprecated'),
  },
  { requiredKeys: ['provider'] },
);
const scoreArb = fc.record(
  {
    id: fc.constantFrom(...BENCHES),
    score: fc.double({ min: 0, max: 100, noNaN: true }),
    self_reported: fc.boolean(),
    variant: fc.constantFrom('0-shot', 'high effort', 'pass@1'),
  },
  { requiredKeys: ['id', 'score'] },
);
const capsArb = fc.record(Object.fromEntries(CAPABILITIES.map((c) => [c, fc.boolean()])) as Record<(typeof CAPABILITIES)[number], fc.Arbitrary<boolean>>, { requiredKeys: [] });

const modelArb = (id: string): fc.Arbitrary<ModelInput> =>
  fc
    .record(
      {
        lab: fc.constantFrom('lab-x', 'lab-y'),
        released: fc.constantFrom('2024-03', '2025-01-01', '2025-11-20', '2026-02'),
        status: fc.constantFrom('active', 'preview', 'deprecated'),
        context_window: fc.integer({ min: 1_000, max: 2_000_000 }),
        max_output_tokens: fc.integer({ min: 256, max: 200_000 }),
        open_weights: fc.boolean(),
        parameters: fc.integer({ min: 1_000_000, max: 2_000_000_000_000 }),
        capabilities: capsArb,
        routes: fc.uniqueArray(routeArb, { maxLength: 5, selector: (r) => r.provider }),
        benchmarks: fc.array(scoreArb, { maxLength: 6 }),
      },
      { requiredKeys: ['lab', 'released', 'status', 'capabilities', 'routes', 'benchmarks'] },
    )
    .map((m) => ({
      id,
      ...m,
      routes: m.routes.map((r) => ({ model_id: `${r.provider}/${id}`, source: `https://example.com/${r.provider}`, as_of: '2026-06-01', ...r })),
      benchmarks: m.benchmarks.map((s) => ({ source: 'https://example.com/paper', as_of: '2025-01-01', ...s })),
    }));

const catalogArb = fc.integer({ min: 2, max: 6 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => modelArb(`m${i}`))).map((models) => testCatalog(models)));

/** Every value reachable from `x`, with its path, to find NaN, undefined or a non-finite number anywhere. */
function* leaves(x: unknown, path = '$'): Generator<[string, unknown]> {
  if (x !== null && typeof x === 'object') {
    for (const [k, v] of Object.entries(x)) yield* leaves(v, `${path}.${k}`);
  } else yield [path, x];
}

function pairsOf(ids: string[]): [string, string][] {
  const out: [string, string][] = [];
  for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) out.push([ids[i]!, ids[j]!]);
  return out;
}

describe('pair engine over random catalogues', () => {
  test('never throws and publishes no NaN, Infinity or undefined, nor "NaN"/"undefined" in any text', () => {
    fc.assert(
      fc.property(catalogArb, (cat) => {
        const plan = planPairs(cat);
        for (const [a, b] of pairsOf(cat.models.map((m) => m.id))) {
          const json = comparisonJson(buildComparison(cat, a, b, plan));
          for (const [path, v] of leaves(json)) {
            expect(v, path).not.toBeUndefined();
            if (typeof v === 'number') expect(Number.isFinite(v), `${path} = ${v}`).toBe(true);
            if (typeof v === 'string') expect(v, path).not.toMatch(/\bNaN\b|\bundefined\b|\[object Object\]/);
          }
        }
      }),
      { numRuns: RUNS },
    );
  });

  test("a model's monthly cost is the same in every pair it appears in, and equals its model view's", () => {
    fc.assert(
      fc.property(catalogArb, (cat) => {
        const plan = planPairs(cat);
        for (const [a, b] of pairsOf(cat.models.map((m) => m.id))) {
          const c = buildComparison(cat, a, b, plan);
          expect(c.cost.estimates.a.usd).toBe(getModelView(cat, c.ids[0]).cost.usd);
          expect(c.cost.estimates.b.usd).toBe(getModelView(cat, c.ids[1]).cost.usd);
        }
      }),
      { numRuns: RUNS },
    );
  });

  test('view(A, B) and view(B, A) state the same facts', () => {
    fc.assert(
      fc.property(catalogArb, (cat) => {
        const plan = planPairs(cat);
        for (const [a, b] of pairsOf(cat.models.map((m) => m.id))) {
          expect(comparisonJson(buildComparison(cat, b, a, plan))).toEqual(comparisonJson(buildComparison(cat, a, b, plan)));
        }
      }),
      { numRuns: RUNS },
    );
  });

  test('a capability the data does not state is reported unknown, never absent', () => {
    fc.assert(
      fc.property(catalogArb, (cat) => {
        const plan = planPairs(cat);
        for (const [a, b] of pairsOf(cat.models.map((m) => m.id))) {
          const c = buildComparison(cat, a, b, plan);
          for (const row of c.capabilities) {
            for (const side of ['a', 'b'] as const) {
              const m = cat.modelsById.get(c.ids[side === 'a' ? 0 : 1])!;
              const stated = (m.capabilities as Record<string, boolean | undefined> | undefined)?.[row.key];
              // vision is also read from the input modalities; the others only from the record.
              if (row.key !== 'vision' && stated === undefined) expect(row[side], `${m.id} ${row.key}`).toBe('unknown');
              if (stated === true) expect(row[side], `${m.id} ${row.key}`).toBe('yes');
            }
          }
        }
      }),
      { numRuns: RUNS },
    );
  });

  test('percentages and shares stay within 0–100 (0–1 for fractions)', () => {
    fc.assert(
      fc.property(catalogArb, (cat) => {
        const plan = planPairs(cat);
        for (const [a, b] of pairsOf(cat.models.map((m) => m.id))) {
          const json = comparisonJson(buildComparison(cat, a, b, plan));
          for (const [path, v] of leaves(json)) {
            if (typeof v === 'string') for (const m of v.matchAll(/(-?\d+(?:\.\d+)?)%/g)) {
              const n = Number(m[1]);
              // "% cheaper/less" wording and scores on percent benchmarks are both bounded.
              expect(n, `${path}: "${v}"`).toBeGreaterThanOrEqual(0);
              expect(n, `${path}: "${v}"`).toBeLessThanOrEqual(100);
            }
            if (typeof v === 'number' && /fractionLess|shareOfReference$/.test(path)) {
              expect(v, path).toBeGreaterThanOrEqual(0);
              if (path.endsWith('fractionLess')) expect(v, path).toBeLessThanOrEqual(1);
            }
          }
        }
      }),
      { numRuns: RUNS },
    );
  });
});
