import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { DataError } from '../../../src/lib/data/errors';
import { fixture } from '../test-fixture.ts';
import { Drops, LITELLM_URL, type IncludedModel, type Route } from './context.ts';
import { annotatePrices, applyReviews, currenciesFile, loadPriceCurated, reconcilePrices, samePrice } from './prices.ts';

const MD = 'https://github.com/anomalyco/models.dev/blob/x/providers/p/models/m.toml';
const md = (provider: string, input: number, output: number): Route => ({
  provider, model_id: 'm-1', input, output, source: MD, as_of: '2026-07-01', _origin: 'models.dev', _ref: `models.dev:${provider}:m-1`, _cleaned: 'm-1',
});
const ll = (provider: string, input: number, output: number, source = LITELLM_URL, rank = 0): Route => ({
  provider, model_id: 'm-1', input, output, source, as_of: '2026-07-24', _origin: 'litellm', _ref: `litellm:${provider}/m-1`, _rank: rank, _cleaned: 'm-1',
});
/** An included model whose kept routes are `kept` and whose group also saw `seen`. */
const included = (kept: Route[], seen: Route[] = []): IncludedModel => ({
  id: 'm-1', lab: 'lab', labInfo: { name: 'Lab', url: 'https://example.com' }, routes: kept,
  g: { gid: 'm-1', md: [], routes: [...kept, ...seen], litellmFirstParty: [], llmStats: [], epoch: [], refs: new Set(), cleanedIds: [] },
});

describe('price disagreements between models.dev and LiteLLM', () => {
  it('keeps a LiteLLM figure that cites the provider\'s page and records models.dev\'s', () => {
    const m = included([md('deepseek', 0.14, 0.28)], [ll('deepseek', 0.28, 0.42, 'https://api-docs.deepseek.com/quick_start/pricing')]);
    const drops = new Drops();
    expect(reconcilePrices(m, drops)).toBe(1);
    expect(m.routes[0]).toMatchObject({ input: 0.28, output: 0.42, source: 'https://api-docs.deepseek.com/quick_start/pricing', as_of: '2026-07-24' });
    expect(m.routes[0]!.price_disagreements).toEqual([{ input: 0.14, output: 0.28, source: MD, as_of: '2026-07-01' }]);
    expect(drops.counts['price disagreement: LiteLLM figure kept, models.dev recorded (not dropped)']).toBe(1);
  });
  it('keeps models.dev over an unsourced LiteLLM entry (often a stale list price) and records it', () => {
    const m = included([md('mistral', 0.3, 0.9)], [ll('mistral', 1, 3)]);
    reconcilePrices(m, new Drops());
    expect(m.routes[0]).toMatchObject({ input: 0.3, output: 0.9, source: MD });
    expect(m.routes[0]!.price_disagreements).toEqual([{ input: 1, output: 3, source: LITELLM_URL, as_of: '2026-07-24' }]);
  });
  it('treats figures within half a percent as the same price', () => {
    expect(samePrice(1, 1.00002)).toBe(true);
    expect(samePrice(1, 1.01)).toBe(false);
    const m = included([md('databricks', 1, 5)], [ll('databricks', 1.00002, 5.00003, 'https://www.databricks.com/pricing')]);
    expect(reconcilePrices(m, new Drops())).toBe(0);
    expect(m.routes[0]).toMatchObject({ input: 1, output: 5, source: MD });
  });
  it('ignores free tiers, regional copies and other providers', () => {
    const m = included([md('mistral', 0.3, 0.9)], [ll('mistral', 0, 0, 'https://docs.mistral.ai'), ll('mistral', 2, 6, 'https://x.example', 2), ll('other', 9, 9, 'https://y.example')]);
    expect(reconcilePrices(m, new Drops())).toBe(0);
    expect(m.routes[0]!.price_disagreements).toBeUndefined();
  });
});

describe('price reviews', () => {
  const review = { model: 'm-1', provider: 'cheap', model_id: 'm-1', source: 'https://cheap.example/pricing', note: 'Listed at this price on the provider page.' };
  it('clears the named route', () => {
    const m = included([md('cheap', 0.1, 0.1)]);
    annotatePrices([m], fixture(), new Drops(), { currencies: [], reviews: [review] });
    expect(m.routes[0]!.price_review).toEqual({ verdict: 'cleared', source: review.source, note: review.note });
  });
  it('stops the import when an entry names no imported route', () => {
    const run = () => applyReviews([included([md('cheap', 0.1, 0.1)])], [{ ...review, model_id: 'gone' }]);
    expect(run).toThrow(DataError);
    try {
      run();
    } catch (e) {
      expect((e as DataError).issues[0]).toMatchObject({ field: '[0].model_id', found: '"gone"' });
    }
  });
});

describe('curated price files', () => {
  const dir = () => mkdtempSync(join(tmpdir(), 'prices-'));
  const rate = "- code: CNY\n  usd_per_unit: 0.1435\n  source: https://example.com/rate\n  as_of: '2026-07-01'\n";
  it('reads both files', () => {
    const d = dir();
    writeFileSync(join(d, 'currencies.yaml'), rate);
    writeFileSync(join(d, 'price-reviews.yaml'), '[]\n');
    expect(loadPriceCurated(d)).toEqual({ currencies: [{ code: 'CNY', usd_per_unit: 0.1435, source: 'https://example.com/rate', as_of: '2026-07-01' }], reviews: [] });
  });
  it('names the file and field of every problem', () => {
    const d = dir();
    writeFileSync(join(d, 'currencies.yaml'), "- code: CNY\n  usd_per_unit: 0.14\n  as_of: '2026-07-01'\n");
    writeFileSync(join(d, 'price-reviews.yaml'), '- model: m-1\n  provider: p\n  model_id: x\n  note: no source\n');
    try {
      loadPriceCurated(d);
      throw new Error('expected a DataError');
    } catch (e) {
      const issues = (e as DataError).issues.map((i) => `${i.file.replace(/.*\//, '')}: ${i.field}`);
      expect(issues).toEqual(['currencies.yaml: [0].source', 'price-reviews.yaml: [0].source']);
    }
  });
  it('writes data/currencies.yaml with the generated-file header', () => {
    const text = currenciesFile([{ code: 'CNY', usd_per_unit: 0.1435, source: 'https://example.com/rate', as_of: '2026-07-01' }]);
    expect(text.startsWith('# Generated by `npm run import`')).toBe(true);
    expect(text).toContain('edit scripts/import/curated/currencies.yaml');
    expect(YAML.parse(text)).toEqual([{ code: 'CNY', usd_per_unit: 0.1435, source: 'https://example.com/rate', as_of: '2026-07-01' }]);
  });
});
