import { describe, expect, test } from 'vitest';
import { loadCatalog, type Catalog } from '../data/load';
import { formatScore } from '../format';
import { CAPABILITIES } from '../schema/model';
import { testCatalog, route, score } from '../testing/catalog';
import { getModelView } from '../views/model';
import { benchmarkSeries, seriesScore } from './benchmark-choice';
import { directoryPage, MIN_SERIES_MODELS, seriesKeys } from './directory';
import { defaultState, firstDirection, matches, queryFromState, stateFromQuery, unpackDirectory, visibleOrder, type DirectoryState } from './directory-state';

const seed = loadCatalog('tests/fixtures/seed');
const real = loadCatalog('data');

describe.each([
  ['seed fixture', seed],
  ['real catalogue', real],
] as [string, Catalog][])('directory over the %s', (_, cat) => {
  const page = directoryPage(cat);
  const data = unpackDirectory(JSON.parse(JSON.stringify(page.data)), page.rows.map((r) => r.name));

  test('every model has exactly one row, sorted by name', () => {
    expect(page.rows.map((r) => r.id).sort()).toEqual(cat.models.map((m) => m.id).sort());
    const names = page.rows.map((r) => r.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
    expect(data.records.map((r) => r.kind)).toEqual(page.rows.map((r) => cat.modelsById.get(r.id)!.kind));
  });

  test('price, prices per 1M, context and open weights are the model view’s own figures', () => {
    for (const [i, r] of page.rows.entries()) {
      const v = getModelView(cat, r.id);
      expect(r.monthlyUsd).toBe(v.cost.usd);
      expect(data.records[i]!.price).toBe(v.cost.usd);
      if (v.costText !== null) expect(r.monthlyText).toBe(v.costText);
      else expect(r.monthlyText).not.toMatch(/\$/);
      expect(data.records[i]!.input).toBe(v.cost.route?.input ?? null);
      expect(data.records[i]!.output).toBe(v.cost.route?.output ?? null);
      expect(r.inputText === null).toBe(v.cost.route === null);
      expect(r.contextWindow).toBe(v.contextWindow);
      expect(r.openWeights).toBe(v.openWeights);
      expect(r.labPath).toBe(`/labs/${v.labId}/`);
      expect(data.records[i]!.providers).toEqual([...v.providerIds].sort());
    }
  });

  test('an unknown capability is never "no", in the rows or in the packed data', () => {
    for (const [i, r] of page.rows.entries()) {
      const m = cat.modelsById.get(r.id)!;
      for (const c of CAPABILITIES) {
        expect(r.caps[c]).toBe(getModelView(cat, r.id).caps[c]);
        expect(data.records[i]!.caps[c]).toBe(r.caps[c]);
        if (m.capabilities[c] === undefined && !(c === 'vision' && m.modalities.input.includes('image'))) expect(r.caps[c]).toBe('unknown');
      }
    }
  });

  test('every series score is seriesScore of that model, and the default column shows the default series', () => {
    const all = benchmarkSeries(cat);
    const keys = seriesKeys(all);
    for (const [si, s] of data.series.entries()) {
      const full = all[keys.indexOf(s.key)]!;
      expect(full.models === all[0]!.models || full.models >= MIN_SERIES_MODELS).toBe(true);
      for (const [i, r] of page.rows.entries()) {
        const expected = seriesScore(cat.modelsById.get(r.id)!, full)?.score ?? undefined;
        expect(data.scores[si]!.get(i)).toBe(expected);
      }
    }
    const def = data.series.findIndex((s) => s.key === page.defaultSeries);
    for (const [i, r] of page.rows.entries()) {
      const v = def >= 0 ? data.scores[def]!.get(i) : undefined;
      expect(r.score).toBe(v ?? null);
      expect(r.scoreText).toBe(v === undefined ? null : formatScore(v, data.series[def]!.unit));
    }
  });

  test('the default sort of the script is the static order', () => {
    expect(visibleOrder(data, defaultState(page.defaultSeries))).toEqual(page.rows.map((_, i) => i));
  });
});

test('the real catalogue offers the most widely shared series first, with unique URL keys', () => {
  const page = directoryPage(real);
  expect(page.series.length).toBeGreaterThan(1);
  expect(page.series[0]!.key).toBe(page.defaultSeries);
  expect(new Set(page.series.map((s) => s.key)).size).toBe(page.series.length);
  expect(page.series[0]!.models).toBe(benchmarkSeries(real)[0]!.models);
});

describe('filters and sort', () => {
  const cat = testCatalog([
    { id: 'a', name: 'Alpha', lab: 'lab-x', routes: [route('p1', 1, 2)], context_window: 128_000, open_weights: true, capabilities: { vision: true }, released: '2025-03-10' },
    { id: 'b', name: 'Beta', lab: 'lab-x', routes: [route('p2', 0.1, 0.2)], context_window: 8_000, open_weights: false, capabilities: { vision: false }, released: '2024-06' },
    { id: 'c', name: 'Gamma', lab: 'lab-x', routes: [], released: '2026-01-01', benchmarks: [score('bench-pct', 50, { self_reported: false })] },
  ]);
  const page = directoryPage(cat);
  const d = unpackDirectory(page.data, page.rows.map((r) => r.name));
  const at = (s: Partial<DirectoryState>) => visibleOrder(d, { ...defaultState(page.defaultSeries), ...s }).map((i) => d.records[i]!.name);

  test('unknown values never pass a bound or a "must be yes" filter', () => {
    expect(at({ caps: ['vision'] })).toEqual(['Alpha']);
    expect(at({ open: true })).toEqual(['Alpha']);
    expect(at({ maxPrice: 10_000 })).toEqual(['Alpha', 'Beta']);
    expect(at({ minContext: 32_000 })).toEqual(['Alpha']);
    expect(at({ minScore: 10 })).toEqual(['Gamma']);
  });

  test('provider, text and release months filter', () => {
    expect(at({ provider: 'p2' })).toEqual(['Beta']);
    expect(at({ q: 'MM' })).toEqual(['Gamma']);
    expect(at({ from: '2025-01', to: '2025-12' })).toEqual(['Alpha']);
    expect(at({ to: '2024-06' })).toEqual(['Beta']);
  });

  test('a sort puts not-sourced values last in both directions', () => {
    expect(at({ sort: 'price', dir: 'asc' })).toEqual(['Beta', 'Alpha', 'Gamma']);
    expect(at({ sort: 'price', dir: 'desc' })).toEqual(['Alpha', 'Beta', 'Gamma']);
    expect(at({ sort: 'vision', dir: 'desc' })).toEqual(['Alpha', 'Beta', 'Gamma']);
    expect(at({ sort: 'name', dir: 'desc' })).toEqual(['Gamma', 'Beta', 'Alpha']);
  });

  test('a state survives the URL round trip; junk in the query falls back to defaults', () => {
    const ctx = { capabilities: CAPABILITIES, series: page.series.map((s) => s.key), defaultSeries: page.defaultSeries, labs: ['lab-x'], providers: ['p1', 'p2'], kinds: ['chat'] };
    const s: DirectoryState = { ...defaultState(page.defaultSeries), q: 'al', lab: 'lab-x', provider: 'p1', maxPrice: 250.5, minContext: 128_000, open: true, caps: ['vision', 'reasoning'], minScore: 3, from: '2024-01', to: '2025-12', sort: 'price', dir: 'desc' };
    const q = queryFromState(s, page.defaultSeries);
    expect(stateFromQuery(new URLSearchParams(q), ctx)).toEqual(s);
    expect(queryFromState(defaultState(page.defaultSeries), page.defaultSeries)).toBe('');
    const junk = stateFromQuery(new URLSearchParams('lab=<script>&maxprice=-3&from=2024-13&sort=evil&dir=up&cap=flying&series=nope'), ctx);
    expect(junk).toEqual(defaultState(page.defaultSeries));
    expect(matches(d.records[0]!, junk, null)).toBe(true);
  });
});

test('a column first sorts best first: cheapest, best score in the series\' own sense, newest, Yes', () => {
  expect(firstDirection('price', undefined)).toBe('asc');
  expect(firstDirection('name', undefined)).toBe('asc');
  expect(firstDirection('score', { higherIsBetter: true })).toBe('desc');
  expect(firstDirection('score', { higherIsBetter: false })).toBe('asc');
  expect(firstDirection('released', undefined)).toBe('desc');
  expect(firstDirection('vision', undefined)).toBe('desc');
});
