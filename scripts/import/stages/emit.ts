/**
 * Emit stage: turns included models, their facts and scores into the data/ files (relative path ->
 * text). Field order here is the order in the files; records are sorted by id so output is stable.
 */
import { EXTRA_PROVIDERS, providerCurrency, providerKind } from '../providers.ts';
import { SOURCES } from '../attribution.ts';
import { frontMatter, generatedHeader, toYaml } from '../yaml.ts';
import { round6 } from '../prices.ts';
import type { Obj } from '../merge.ts';
import type { Lab } from '../labs.ts';
import type { SourceData } from '../sources.ts';
import type { ModelFacts } from './facts.ts';
import type { ScoresResult } from './scores.ts';
import { cmp, type IncludedModel, type Summary } from './context.ts';

/** Context windows from this size up earn the "long-context" tag. */
const LONG_CONTEXT_TOKENS = 1_000_000;
const CODING_ID = /(code|coder|codex|devstral|codestral)/;

/** Where to make a change instead of editing each generated file (README, "Importing"). */
export const EDIT_INSTEAD = {
  model: 'scripts/import/curated/ (aliases.yaml, kept-apart.yaml, names.yaml, facts.yaml) or the import stages in scripts/import/stages/',
  provider: 'scripts/import/providers.ts',
  lab: 'scripts/import/labs.ts',
  benchmark: 'scripts/import/benchmarks.ts',
  aliases: 'scripts/import/curated/aliases.yaml',
  sources: 'scripts/import/attribution.ts',
} as const;

export interface ProviderInfo { name: string; url: string }

/** Provider display names and home pages from models.dev provider.toml (origin of `doc`, else `api`). */
export function providerTable(src: SourceData): Map<string, ProviderInfo> {
  const out = new Map<string, ProviderInfo>();
  for (const p of src.mdProviders) {
    const doc = typeof p.data.doc === 'string' ? p.data.doc : typeof p.data.api === 'string' ? p.data.api : '';
    let url = '';
    try {
      url = new URL(doc).origin;
    } catch {
      url = `https://models.dev/?provider=${p.id}`;
    }
    out.set(p.id, { name: String(p.data.name ?? p.id), url });
  }
  return out;
}

export interface EmitInput {
  models: { m: IncludedModel; facts: ModelFacts }[];
  scores: ScoresResult;
  providers: Map<string, ProviderInfo>;
}

export interface EmitResult {
  files: Map<string, string>;
  summary: Omit<Summary, 'dropped'>;
}

function routeOut(m: IncludedModel, facts: ModelFacts): Obj[] {
  return m.routes
    .map((r) => {
      const o: Obj = { provider: r.provider, model_id: r.model_id };
      if (r.input !== undefined) o.input = round6(r.input);
      if (r.output !== undefined) o.output = round6(r.output);
      if (r.cache_read !== undefined) o.cache_read = round6(r.cache_read);
      if (r.free) o.free = true;
      if (r.context_window !== undefined && r.context_window !== facts.context_window) o.context_window = r.context_window;
      if (r.max_output_tokens !== undefined && r.max_output_tokens !== facts.max_output_tokens) o.max_output_tokens = r.max_output_tokens;
      if (r.status) o.status = r.status;
      o.source = r.source;
      o.as_of = r.as_of;
      if (r.price_disagreements?.length) o.price_disagreements = r.price_disagreements;
      if (r.price_review) o.price_review = r.price_review;
      return o;
    })
    .sort((a, c) => cmp(String(a.provider), String(c.provider)) || cmp(String(a.model_id), String(c.model_id)));
}

/** Model front matter in file order. */
export function modelFrontMatter(m: IncludedModel, f: ModelFacts, scores: ScoresResult): Obj {
  const tags: string[] = [];
  if (CODING_ID.test(m.id)) tags.push('coding');
  if (f.capabilities.reasoning) tags.push('reasoning');
  if (f.capabilities.vision) tags.push('vision');
  if (f.capabilities.function_calling) tags.push('tool-use');
  if (f.context_window && f.context_window >= LONG_CONTEXT_TOKENS) tags.push('long-context');
  if (f.open_weights) tags.push('open-weights');

  const fm: Obj = { name: f.name, lab: m.lab };
  if (f.kind !== 'chat') fm.kind = f.kind;
  if (f.family) fm.family = f.family;
  fm.released = f.released;
  fm.status = f.status;
  if (f.parameters) fm.parameters = f.parameters;
  if (f.context_window) fm.context_window = f.context_window;
  if (f.max_output_tokens) fm.max_output_tokens = f.max_output_tokens;
  if (f.knowledge_cutoff) fm.knowledge_cutoff = f.knowledge_cutoff;
  if (f.license) fm.license = f.license;
  if (f.open_weights !== undefined) fm.open_weights = f.open_weights;
  fm.modalities = f.modalities;
  if (Object.keys(f.capabilities).length) fm.capabilities = f.capabilities;
  if (tags.length) fm.tags = tags;
  if (f.sources.length) fm.sources = f.sources;
  if (f.disagreements.length) fm.disagreements = f.disagreements;
  fm.routes = routeOut(m, f);
  const rows = scores.rows.get(m.id) ?? [];
  if (rows.length) {
    fm.benchmarks = rows.map((s) => {
      const o: Obj = { id: s.id, score: s.score, self_reported: s.self_reported };
      if (s.variant) o.variant = s.variant;
      o.source = s.source;
      o.as_of = s.as_of;
      o.dataset = s.dataset;
      if (s.cost_per_task !== undefined) o.cost_per_task = s.cost_per_task;
      return o;
    });
  }
  fm.data_as_of = f.data_as_of;
  return fm;
}

export function emit(input: EmitInput): EmitResult {
  const files = new Map<string, string>();
  const usedProviders = new Set<string>();
  const usedLabs = new Map<string, Lab>();
  const usedBenchmarks = new Set<string>();
  const aliases: Record<string, string[]> = {};
  let routeCount = 0;
  let scoreCount = 0;
  const records: { id: string; fm: Obj }[] = [];

  for (const { m, facts } of [...input.models].sort((a, b) => cmp(a.m.id, b.m.id))) {
    const fm = modelFrontMatter(m, facts, input.scores);
    for (const r of m.routes) usedProviders.add(r.provider);
    usedLabs.set(m.lab, m.labInfo);
    routeCount += (fm.routes as Obj[]).length;
    const rows = input.scores.rows.get(m.id) ?? [];
    scoreCount += rows.length;
    for (const s of rows) usedBenchmarks.add(s.id);
    records.push({ id: m.id, fm });
    aliases[m.id] = [...m.g.refs].sort();
  }

  // Front matter only: data/ keeps prose a person wrote, and the site composes the profile from the
  // record at build time (names are unique already: the pipeline checks them).
  for (const r of records) files.set(`models/${r.id}.md`, frontMatter(r.fm, '', generatedHeader(EDIT_INSTEAD.model)));

  for (const p of [...usedProviders].sort()) {
    const info = input.providers.get(p) ?? EXTRA_PROVIDERS[p];
    if (!info) throw new Error(`no name/url for provider ${p}`);
    const o: Obj = { name: info.name, url: info.url, kind: providerKind(p) };
    const cur = providerCurrency(p);
    if (cur) o.currency = cur;
    files.set(`providers/${p}.yaml`, toYaml(o, generatedHeader(EDIT_INSTEAD.provider)));
  }
  for (const [l, info] of [...usedLabs].sort((a, b) => cmp(a[0], b[0]))) files.set(`labs/${l}.yaml`, toYaml({ name: info.name, url: info.url }, generatedHeader(EDIT_INSTEAD.lab)));
  for (const bid of [...usedBenchmarks].sort()) {
    const d = input.scores.benchmarks.get(bid)!;
    const o: Obj = { name: d.name, description: d.description, url: d.url, unit: d.unit, category: d.category };
    if (d.higher_is_better === false) o.higher_is_better = false;
    if (d.materiality !== undefined) o.materiality = d.materiality;
    if (d.min !== undefined) o.min = d.min;
    if (d.max !== undefined) o.max = d.max;
    files.set(`benchmarks/${bid}.yaml`, toYaml(o, generatedHeader(EDIT_INSTEAD.benchmark)));
  }
  const aliasOut: Obj = {};
  for (const k of Object.keys(aliases).sort()) aliasOut[k] = aliases[k];
  files.set('aliases.yaml', toYaml(aliasOut, generatedHeader(EDIT_INSTEAD.aliases)));
  files.set('sources.yaml', toYaml(SOURCES, generatedHeader(EDIT_INSTEAD.sources)));

  return {
    files,
    summary: {
      models: records.length,
      routes: routeCount,
      providers: usedProviders.size,
      labs: usedLabs.size,
      benchmarkScores: scoreCount,
      benchmarks: usedBenchmarks.size,
    },
  };
}
