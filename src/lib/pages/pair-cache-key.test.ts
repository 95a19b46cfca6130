/**
 * The pair pages' incremental cache keys against changed copies of the seed fixture. Soundness: for
 * every pair whose key did not change, everything the page renders from the data (the comparison,
 * the calculator's pricing slice, the chart, the site settings and the data-set credits) is the
 * same, so Astro may keep the old page. Narrowness: a change to one model's record changes the keys
 * of that model's pairs, and a change that no other page shows changes no other key.
 * tests/builds/incremental.test.ts checks the same end to end: an incremental rebuild against a clean one.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildComparison } from '../compare/index';
import { getPairPlan } from '../compare/pairs';
import { pricingSlice } from '../cost/slice';
import { loadCatalog, type Catalog } from '../data/load';
import { pairCacheKeys } from './pair-cache-key';
import { pairChart } from './price-chart';

const SEED = 'tests/fixtures/seed';
const work = mkdtempSync(join(tmpdir(), 'llmv-cachekey-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const json = (v: unknown) =>
  JSON.stringify(v, (_k, x: unknown) => (x instanceof Map ? { map: [...x.entries()] } : x instanceof Set ? { set: [...x] } : x));

/** Everything a pair page renders from the data, as one string per pair slug. */
function pageInputs(cat: Catalog): Map<string, string> {
  const plan = getPairPlan(cat);
  return new Map(
    plan.pairs.map((p) => [
      p.slug,
      json({ c: buildComparison(cat, p.a, p.b, plan), slice: pricingSlice(cat, [p.a, p.b]), chart: pairChart(cat, p.a, p.b), site: cat.site, sources: cat.sources }),
    ]),
  );
}

function keys(cat: Catalog): Map<string, string> {
  return pairCacheKeys(cat, getPairPlan(cat));
}

let copies = 0;
type Edit = { file: string; edit: (text: string) => string };
/** A copy of the seed fixture with each edit's `file` (relative to it) rewritten, loaded. */
function changed(...edits: Edit[]): Catalog {
  const dir = join(work, String(copies++));
  cpSync(SEED, dir, { recursive: true });
  for (const { file, edit } of edits) {
    const path = join(dir, file);
    const before = readFileSync(path, 'utf8');
    const after = edit(before);
    expect(after, `the edit changes ${file}`).not.toBe(before);
    writeFileSync(path, after);
  }
  return loadCatalog(dir);
}

const seed = loadCatalog(SEED);
const seedKeys = keys(seed);

/** Slugs whose key differs between `before` and `cat` (pairs in both plans). */
function changedKeys(cat: Catalog, before: Catalog = seed): string[] {
  const was = before === seed ? seedKeys : keys(before);
  const k = keys(cat);
  return [...was.keys()].filter((s) => k.has(s) && k.get(s) !== was.get(s)).sort();
}

/** Pairs whose key stayed but whose page would differ: must be none. */
function unsound(cat: Catalog, before: Catalog = seed): string[] {
  const was = keys(before);
  const wasInputs = pageInputs(before);
  const k = keys(cat);
  const inputs = pageInputs(cat);
  return [...was.keys()].filter((s) => k.get(s) === was.get(s) && inputs.has(s) && inputs.get(s) !== wasInputs.get(s));
}

const pairsOf = (id: string) => [...seedKeys.keys()].filter((s) => s.split('-vs-').includes(id)).sort();

const firstInputPrice = (t: string) => t.replace(/^(\s+input: )([\d.]+)$/m, (_, k: string, v: string) => `${k}${Number((Number(v) * 1.1 + 0.001).toFixed(4))}`);

/** Changes that reach beyond one model's own pages: each must keep the keys sound. */
const CHANGES: { what: string; file: string; edit: (t: string) => string; model?: string }[] = [
  { what: "one model's first route price (the bench's change)", file: 'models/phi-4.md', edit: firstInputPrice, model: 'phi-4' },
  { what: 'a price that makes the model the cheapest, moving the chart axis and rivals', file: 'models/gpt-4.1.md', edit: (t) => t.replace(/^(\s+input: )([\d.]+)$/gm, '$10.0001').replace(/^(\s+output: )([\d.]+)$/gm, '$10.0002'), model: 'gpt-4.1' },
  { what: "a model's name (shown in other pairs' related links)", file: 'models/qwen3.5-flash.md', edit: (t) => t.replace(/^name: .*$/m, 'name: Qwen3.5 Flash Renamed'), model: 'qwen3.5-flash' },
  { what: "a model's context window (a rival fact)", file: 'models/phi-4-mini.md', edit: (t) => t.replace(/^context_window: \d+$/m, 'context_window: 1000000'), model: 'phi-4-mini' },
  { what: "a model's benchmark score", file: 'models/gpt-4.1.md', edit: (t) => t.replace(/^(\s+score: )([\d.]+)$/m, (_, k: string, v: string) => `${k}${Math.min(100, Number(v) + 7.5)}`), model: 'gpt-4.1' },
  { what: "a model's profile text", file: 'models/phi-2.md', edit: (t) => `${t.trimEnd()}\n\nOne more sentence of profile.\n`, model: 'phi-2' },
  { what: "a provider's name", file: 'providers/openrouter.yaml', edit: (t) => t.replace(/^name: .*$/m, 'name: OpenRouter Renamed') },
  { what: "a provider's kind (who owns a first-party API)", file: 'providers/azure.yaml', edit: (t) => t.replace(/^kind: .*$/m, 'kind: first-party') },
  { what: "a lab's name", file: 'labs/alibaba.yaml', edit: (t) => t.replace(/^name: .*$/m, 'name: Alibaba Renamed') },
  { what: "a benchmark's materiality", file: 'benchmarks/mmlu-pro.yaml', edit: (t) => `${t.trimEnd()}\nmateriality: 9\n` },
  { what: 'the workload (site.yaml)', file: 'site.yaml', edit: (t) => t.replace('input_tokens_per_month: 800000000', 'input_tokens_per_month: 900000000') },
  { what: "a data set's name (the footer credits)", file: 'sources.yaml', edit: (t) => t.replace(/^(\s*name: )(.*)$/m, '$1Renamed $2') },
];

describe('pair cache keys', () => {
  it('are one per planned pair and differ between pairs', () => {
    expect(seedKeys.size).toBe(getPairPlan(seed).pairs.length);
    expect(new Set(seedKeys.values()).size).toBe(seedKeys.size);
  });

  it('are the same for the same data loaded twice', () => {
    expect([...keys(loadCatalog(SEED))]).toEqual([...seedKeys]);
  });

  for (const c of CHANGES)
    it(`stay sound when ${c.what} changes`, () => {
      const cat = changed(c);
      expect(unsound(cat), 'pairs whose key stayed but whose page changed').toEqual([]);
      const moved = changedKeys(cat);
      if (c.model) for (const s of pairsOf(c.model)) expect(moved, `a pair of ${c.model}`).toContain(s);
      else expect(moved.length, 'some key changed').toBeGreaterThan(0);
    });

  it("change for exactly the model's pairs when what changed is shown only on them (a route's source)", () => {
    const cat = changed({ file: 'models/phi-4.md', edit: (t) => t.replace('source: https://llmreference.com/compare/phi-4/qwen3.5-flash\n    as_of', 'source: https://example.org/phi-4-price\n    as_of') });
    expect(unsound(cat)).toEqual([]);
    expect(changedKeys(cat)).toEqual(pairsOf('phi-4'));
    expect(pairsOf('phi-4').length).toBeGreaterThan(0);
  });

  it('change for every charted pair when a point joins the chart inside its axes (one more faint dot on each)', () => {
    // The model has the chart's benchmark already, self-reported; an independent run puts it on the
    // chart without changing any rival fact (those count benchmarks by id) or the axes.
    const run = (selfReported: boolean) => ({
      file: 'models/qwen2-vl-72b-instruct.md',
      edit: (t: string) => t.replace(/^benchmarks:\n/m, `benchmarks:\n  - id: eci\n    score: 134\n    self_reported: ${selfReported}\n    source: https://epoch.ai/benchmarks/eci\n    as_of: '2026-04'\n    dataset: epoch-ai\n`),
    });
    const before = changed(run(true));
    const after = changed(run(false));
    expect(unsound(after, before)).toEqual([]);
    expect(changedKeys(after, before)).toContain('gpt-4.1-vs-phi-4');
  });

  it('change for every pair when a catalogue-wide setting changes', () => {
    const cat = changed({ file: 'site.yaml', edit: (t) => t.replace('title: LLM Versus', 'title: LLM Versus Two') });
    expect(changedKeys(cat)).toEqual([...seedKeys.keys()].sort());
  });
});
