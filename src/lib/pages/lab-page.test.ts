import { describe, expect, it } from 'vitest';
import { getPairPlan, type PairPlan } from '../compare/pairs';
import { getCatalog, loadCatalog, type Catalog } from '../data/load';
import { compareDates } from '../schema/shared';
import { estimateCell } from '../views/listing';
import { getModelView } from '../views/model';
import { getLabPages, LAB_BEST_PAIRS, LAB_RIVAL_PAIRS, labIndex, type LabPage } from './lab-page';
import { badValues } from '../testing/values';
import { htmlLength } from './titles';
import { lastmodLookup } from './sitemap';

const seed = loadCatalog('tests/fixtures/seed');

/** The checks that hold for every lab page of any catalogue. */
function checkLab(cat: Catalog, plan: PairPlan, page: LabPage): string[] {
  const problems = badValues(page, page.id);
  const own = cat.models.filter((m) => m.lab === page.id).map((m) => m.id);
  if ([...own].sort().join('|') !== page.models.map((m) => m.id).sort().join('|')) problems.push(`${page.id}: models are not exactly the lab's`);
  page.models.forEach((m, i) => {
    const prev = page.models[i - 1];
    if (prev && compareDates(prev.released, m.released) < 0) problems.push(`${page.id}: ${prev.name} (${prev.released}) before newer ${m.name} (${m.released})`);
    const v = getModelView(cat, m.id);
    if (m.costText !== estimateCell(v)) problems.push(`${page.id}: ${m.id} cost ${m.costText} ≠ model view ${estimateCell(v)}`);
  });
  const ids = new Set(own);
  const eligible = plan.pairs.filter((p) => !p.noindex && (ids.has(p.a) || ids.has(p.b)));
  if (page.pairsTotal !== eligible.length) problems.push(`${page.id}: ${page.pairsTotal} pairs counted, plan has ${eligible.length}`);
  if (page.pairs.length !== Math.min(LAB_BEST_PAIRS, eligible.length)) problems.push(`${page.id}: ${page.pairs.length} pairs listed`);
  const best = [...eligible].sort((x, y) => y.score - x.score || x.slug.localeCompare(y.slug)).slice(0, LAB_BEST_PAIRS);
  if (page.pairs.map((p) => p.path).join('|') !== best.map((p) => p.path).join('|')) problems.push(`${page.id}: pairs are not the plan's best, in its order`);
  // Rival-lab pairs after the cap, in plan order, topping the rival pairs shown up to LAB_RIVAL_PAIRS.
  const rivalOf = (p: (typeof eligible)[number]) => !(ids.has(p.a) && ids.has(p.b));
  const shownRivals = best.filter(rivalOf).length;
  const wantRivals = [...eligible].sort((x, y) => y.score - x.score || x.slug.localeCompare(y.slug)).slice(LAB_BEST_PAIRS).filter(rivalOf).slice(0, Math.max(0, LAB_RIVAL_PAIRS - shownRivals));
  if (page.rivalPairs.map((p) => p.path).join('|') !== wantRivals.map((p) => p.path).join('|')) problems.push(`${page.id}: rival pairs are not the next best against other labs`);
  if (page.rivalPairs.some((p) => p.sameLab)) problems.push(`${page.id}: a same-lab pair among the rival pairs`);
  for (const p of page.pairs) {
    const planned = plan.pairs.find((x) => x.path === p.path)!;
    const rival = ids.has(planned.a) && ids.has(planned.b) ? null : ids.has(planned.a) ? planned.b : planned.a;
    if (p.sameLab !== (rival === null)) problems.push(`${page.id}: ${p.path} sameLab is ${p.sameLab}`);
  }
  return problems;
}

describe('lab pages over the seed fixture', () => {
  const plan = getPairPlan(seed);
  const pages = getLabPages(seed, plan);
  it('builds one page per lab, each passing the common checks', () => {
    expect([...pages.keys()].sort()).toEqual([...seed.labs.keys()].sort());
    for (const p of pages.values()) expect(checkLab(seed, plan, p)).toEqual([]);
  });
  it('lists Microsoft’s models newest first with their cheapest monthly figure', () => {
    const p = pages.get('microsoft')!;
    expect(p.models.map((m) => [m.name, m.releasedText, m.costText])).toEqual([
      ['Phi-4 Mini', 'Feb 2025', '$77.50'],
      ['Phi-4', '12 Dec 2024', '$87.00'],
      ['Phi-2', '12 Dec 2023', '$102.50'],
    ]);
    expect(p.title).toBe('Microsoft models: 3 models, newest Phi-4 Mini | LLM Versus');
    expect(p.description).toMatch(/^Microsoft has 3 models on LLM Versus, the newest Phi-4 Mini \(Feb 2025\)\. All have a monthly estimate/);
    expect(p.breadcrumbs.map((b) => b.path)).toEqual(['/', '/labs/', '/labs/microsoft/']);
  });
  it('counts pairs within the lab and against rival labs among the best comparisons', () => {
    const p = pages.get('microsoft')!;
    expect(p.pairs.some((x) => x.sameLab)).toBe(true);
    expect(p.pairs.some((x) => !x.sameLab)).toBe(true);
    expect(p.pairs[0]).toMatchObject({ path: '/compare/phi-4-vs-phi-4-mini/', sameLab: true });
  });
  it('adds rival-lab pairs when a large lab’s best pairs are its own', () => {
    const anthropic = getLabPages(getCatalog('data'), getPairPlan(getCatalog('data'))).get('anthropic')!;
    const rivals = [...anthropic.pairs, ...anthropic.rivalPairs].filter((x) => !x.sameLab);
    expect(rivals.length).toBeGreaterThanOrEqual(LAB_RIVAL_PAIRS);
  });
  it('names a lab’s own API', () => {
    expect(pages.get('openai')!.apis).toEqual([{ id: 'openai', name: 'OpenAI', path: '/providers/openai/' }]);
    expect(pages.get('microsoft')!.apis).toEqual([]);
  });
  it('dates each page like its sitemap entry', () => {
    const lastmod = lastmodLookup(seed, plan);
    for (const p of pages.values()) expect(p.dateModified).toBe(lastmod(p.path));
  });
  it('indexes every lab with its model count and newest model', () => {
    const idx = labIndex(seed, plan);
    expect(idx.rows.map((r) => [r.name, r.modelCount, r.newest?.name])).toEqual([
      ['Alibaba Cloud (Qwen)', 3, 'Qwen3.5-4B'],
      ['Microsoft', 3, 'Phi-4 Mini'],
      ['OpenAI', 1, 'GPT-4.1'],
    ]);
    expect(badValues(idx)).toEqual([]);
  });
});

describe('lab pages over the real catalogue', () => {
  const cat = getCatalog('data');
  it('every lab builds: its models newest first with the model views’ figures, the plan’s best pairs', { timeout: 120_000 }, () => {
    const plan = getPairPlan(cat);
    const pages = getLabPages(cat, plan);
    expect(pages.size).toBe(cat.labs.size);
    expect([...pages.values()].flatMap((p) => checkLab(cat, plan, p)).slice(0, 20)).toEqual([]);
    const lastmod = lastmodLookup(cat, plan);
    for (const p of pages.values()) expect(p.dateModified, p.id).toBe(lastmod(p.path));
    const titles = [...pages.values()].map((p) => p.title);
    expect(new Set(titles).size).toBe(titles.length);
    for (const t of titles) expect(htmlLength(t), t).toBeLessThanOrEqual(70);
    expect(badValues(labIndex(cat, plan))).toEqual([]);
  });
});
