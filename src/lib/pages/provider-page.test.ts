import { describe, expect, it } from 'vitest';
import { RANK, priceAtWorkload } from '../cost';
import { getPairPlan } from '../compare/pairs';
import { getCatalog, loadCatalog, type Catalog } from '../data/load';
import { getModelView } from '../views/model';
import { getProviderPages, providerIndex, type ProviderPage } from './provider-page';
import { lastmodLookup } from './sitemap';
import { badValues } from '../testing/values';
import { htmlLength } from './titles';

const seed = loadCatalog('tests/fixtures/seed');

/** The checks that hold for every provider page of any catalogue. */
function checkProvider(cat: Catalog, page: ProviderPage): string[] {
  const problems: string[] = badValues(page, page.id);
  const w = cat.site.workload;
  const own = cat.models.flatMap((m) => m.routes.filter((r) => r.provider === page.id).map((r) => `${m.id} ${r.model_id}`));
  const listed = page.rows.map((r) => `${r.modelId} ${r.routeModelId}`);
  if ([...own].sort().join('|') !== [...listed].sort().join('|')) problems.push(`${page.id}: rows are not exactly the provider's routes`);
  page.rows.forEach((r, i) => {
    const route = cat.modelsById.get(r.modelId)?.routes.find((x) => x.provider === page.id && x.model_id === r.routeModelId);
    if (!route) return void problems.push(`${page.id}: ${r.modelId} ${r.routeModelId} is not a route of this provider`);
    const rv = getModelView(cat, r.modelId).routes.find((x) => x.provider === page.id && x.modelId === r.routeModelId)!;
    if (r.monthlyUsd !== rv.monthlyUsd || r.monthlyText !== rv.monthlyText) problems.push(`${page.id}: ${r.modelId} monthly ${r.monthlyText} ≠ model view ${rv.monthlyText}`);
    if (r.monthlyUsd !== null && Math.abs(r.monthlyUsd - priceAtWorkload(route.input!, route.output!, w)) > 1e-9) problems.push(`${page.id}: ${r.modelId} monthly is not price × workload`);
    const est = getModelView(cat, r.modelId).cost;
    if (r.setsEstimate !== (est.route?.provider === page.id && est.route.modelId === r.routeModelId)) problems.push(`${page.id}: ${r.modelId} setsEstimate wrong`);
    if (r.status === 'suspect' && (!r.note || r.badges.length === 0)) problems.push(`${page.id}: ${r.modelId} is left out as suspect without a reason`);
    // A route billed in another currency says so in its badge; the page says why once, at the top.
    if (r.status === 'other-currency' && (!r.badges.some((b) => b.label.includes(page.currency)) || !page.currencyText.includes('left out'))) problems.push(`${page.id}: ${r.modelId} is left out for its currency without saying so`);
    const prev = page.rows[i - 1];
    if (prev) {
      const order = RANK[prev.status] - RANK[r.status] || (prev.monthlyUsd ?? 0) - (r.monthlyUsd ?? 0);
      if (order > 0) problems.push(`${page.id}: ${prev.modelId} (${prev.monthlyText}) sorted before ${r.modelId} (${r.monthlyText})`);
    }
    // Rows without a usable price come after every priced row that counts.
    if (r.monthlyUsd === null && page.rows.slice(i + 1).some((x) => x.status === 'counted')) problems.push(`${page.id}: ${r.modelId} without a figure sorted before a counted route`);
  });
  if (page.cheapest && page.cheapest.status === 'suspect') problems.push(`${page.id}: a suspect price heads the page`);
  return problems;
}

describe('provider pages over the seed fixture', () => {
  const pages = getProviderPages(seed);
  it('builds one page per provider, each passing the common checks', () => {
    expect([...pages.keys()].sort()).toEqual([...seed.providers.keys()].sort());
    for (const p of pages.values()) expect(checkProvider(seed, p)).toEqual([]);
  });
  it('lists OpenRouter’s routes cheapest first, with figures equal to the model pages’', () => {
    const p = pages.get('openrouter')!;
    // phi-4: 800 × $0.065 + 250 × $0.14 = $87.00; Qwen3.5-Flash: 800 × $0.07 + 250 × $0.26 = $121.00; GPT-4.1: 800 × $2 + 250 × $8 = $3,600.00.
    expect(p.rows.map((r) => [r.modelName, r.monthlyText])).toEqual([
      ['Phi-4', '$87.00'],
      ['Qwen3.5-Flash', '$121.00'],
      ['GPT-4.1', '$3,600.00'],
    ]);
    expect(p.title).toBe('OpenRouter prices: 3 models, from $87.00 a month | LLM Versus');
    expect(p.description).toContain('OpenRouter (aggregator, bills in USD) serves 3 models.');
    expect(p.kindText).toBe('OpenRouter is an aggregator that routes requests to other providers.');
    expect(p.breadcrumbs.map((b) => b.path)).toEqual(['/', '/providers/', '/providers/openrouter/']);
  });
  it('puts unpriced routes last and says which price is missing', () => {
    // Fireworks: Phi-2 at 800 × $0.10 + 250 × $0.10 = $105.00, then the rest.
    const p = pages.get('fireworks-ai')!;
    expect(p.rows[0]).toMatchObject({ modelName: 'Phi-2', monthlyText: '$105.00' });
    const azure = pages.get('azure')!;
    expect(azure.rows.at(-1)).toMatchObject({ modelName: 'Phi-2', monthlyText: null, inputText: null, status: 'unpriced' });
    expect(azure.hasGaps).toBe(true);
  });
  it('says a CNY biller’s currency and free tier plainly', () => {
    const p = pages.get('siliconflow-cn')!;
    expect(p.currency).toBe('CNY');
    expect(p.currencyText).toMatch(/^Bills in CNY, not US dollars: .*1 CNY ≈ \$0\.1435 on 1 Jul 2026.*left out of every model’s monthly estimate\.$/);
    expect(p.freeModels.map((m) => m.name)).toEqual(['Qwen3.5-4B']);
    expect(p.freeText).toMatch(/^1 model has a free, rate-limited tier here/);
    expect(p.rows[0]).toMatchObject({ status: 'free', monthlyText: null, free: true });
    expect(p.cheapest).toBeNull();
    expect(p.title).toBe('SiliconFlow (China) prices: 1 model | LLM Versus');
  });
  it('names the lab whose own API a first-party provider is', () => {
    const p = pages.get('openai')!;
    expect(p.ownerLab).toEqual({ id: 'openai', name: 'OpenAI', path: '/labs/openai/' });
    expect(p.kindText).toBe('OpenAI is OpenAI’s own API.');
  });
  it('dates each page like its sitemap entry: the newest data date of the models it lists', () => {
    const lastmod = lastmodLookup(seed, getPairPlan(seed));
    for (const p of pages.values()) expect(p.dateModified).toBe(lastmod(p.path));
  });
  it('indexes every provider with its model count and cheapest model', () => {
    const idx = providerIndex(seed);
    expect(idx.rows.map((r) => r.id).sort()).toEqual([...seed.providers.keys()].sort());
    expect(idx.rows.find((r) => r.id === 'openrouter')).toMatchObject({ modelCount: 3, kindLabel: 'Aggregator', currency: 'USD', cheapest: { modelName: 'Phi-4', monthlyText: '$87.00', counted: true } });
    expect(badValues(idx)).toEqual([]);
  });
});

describe('provider pages over the real catalogue', () => {
  const cat = getCatalog('data');
  it('every provider builds, lists exactly its routes, sorted, with the model views’ figures', { timeout: 120_000 }, () => {
    const pages = getProviderPages(cat);
    expect(pages.size).toBe(cat.providers.size);
    const problems = [...pages.values()].flatMap((p) => checkProvider(cat, p));
    expect(problems.slice(0, 20)).toEqual([]);
    // Every route of every model is on exactly one provider page.
    expect([...pages.values()].reduce((n, p) => n + p.rows.length, 0)).toBe(cat.models.reduce((n, m) => n + m.routes.length, 0));
    const lastmod = lastmodLookup(cat, getPairPlan(cat));
    for (const p of pages.values()) expect(p.dateModified, p.id).toBe(lastmod(p.path));
  });
  it('gives every provider page a unique title and description within 70 characters of title', () => {
    const pages = [...getProviderPages(cat).values()];
    expect(new Set(pages.map((p) => p.title)).size).toBe(pages.length);
    expect(new Set(pages.map((p) => p.description)).size).toBe(pages.length);
    for (const p of pages) expect(htmlLength(p.title), p.title).toBeLessThanOrEqual(70);
    expect(badValues(providerIndex(cat))).toEqual([]);
  });
});
