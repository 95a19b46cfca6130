import { describe, expect, test } from 'vitest';
import { loadCatalog } from '../data/load';
import { buildComparison, comparisonJson, roundForJson } from './index';
import { expandTwin, factorTwin } from './twin';

const seed = loadCatalog('tests/fixtures/seed');

/** Every leaf of `x` as [path, value]. */
function leaves(x: unknown, path = '$', out: [string, unknown][] = []): [string, unknown][] {
  if (Array.isArray(x)) x.forEach((v, i) => leaves(v, `${path}[${i}]`, out));
  else if (x !== null && typeof x === 'object') for (const [k, v] of Object.entries(x)) leaves(v, `${path}.${k}`, out);
  else out.push([path, x]);
  return out;
}
const at = (x: unknown, path: string): unknown => {
  let v: unknown = x;
  for (const m of path.slice(1).matchAll(/\.([^.[]+)|\[(\d+)\]/g)) v = v === undefined || v === null ? undefined : (v as Record<string, unknown>)[m[1] ?? Number(m[2])];
  return v;
};

describe('JSON twin factoring', () => {
  const ids = seed.models.map((m) => m.id);
  const pairs = ids.flatMap((a, i) => ids.slice(i + 1).map((b) => [a, b] as const));

  test('no fact is lost: expanding the tables gives back every field of the view-model', () => {
    for (const [a, b] of pairs) {
      const original = JSON.parse(JSON.stringify(buildComparison(seed, a, b))) as unknown;
      const { value, tables } = factorTwin(original);
      expect(JSON.stringify(value).length, `${a} vs ${b}: smaller`).toBeLessThan(JSON.stringify(original).length);
      const expanded = expandTwin(value, tables);
      for (const [path, v] of leaves(original)) expect(at(expanded, path), `${a} vs ${b} ${path}`).toEqual(v);
    }
  });

  test('scores and routes carry ids only; the names, URLs and kinds sit once in the tables', () => {
    const j = comparisonJson(buildComparison(seed, 'phi-4', 'qwen3.5-flash'));
    const text = JSON.stringify(j.comparison);
    expect(text).not.toMatch(/"benchmarkName"|"benchmarkUrl"|"datasetName":"|"providerUrl"/);
    const models = (j.comparison as { models: { a: object } }).models;
    expect(models.a, "a model's cost is cost.estimates.a").not.toHaveProperty('cost');
    expect(Object.keys(j.providers).length).toBeGreaterThan(0);
    for (const p of Object.values(j.providers)) expect(typeof p['name']).toBe('string');
  });

  test('comparisonJson factors while it rounds, exactly as factorTwin over the rounded view', () => {
    for (const [a, b] of pairs) {
      const c = buildComparison(seed, a, b);
      const { comparison, benchmarks, datasets, providers } = comparisonJson(c);
      const { value, tables } = factorTwin(roundForJson(c));
      expect(JSON.stringify({ comparison, benchmarks, datasets, providers }), `${a} vs ${b}`).toBe(JSON.stringify({ comparison: value, ...tables }));
    }
  });
});
