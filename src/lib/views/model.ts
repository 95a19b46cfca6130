/**
 * Model views: everything any page says about one model, resolved from the catalog once per
 * build (getModelView caches per catalog), so every section and every page reads the same
 * estimate, route list, capability states, scores, names and dates. No section derives a
 * model fact on its own.
 *
 * Layer: reads schema, data loading and the pure cost model; read by the pair sections
 * (src/lib/compare/) and the pages. Never imports from those.
 */
import { estimateCost, isFreeRoute, routeMonthlyCost, type CostEstimate } from '../cost';
import type { Catalog, Model } from '../data/load';
import { capabilityLabel, formatDate, formatMoney, formatParams, formatPrice, formatScore, formatTokens, formatYesNo, listText, sentenceCase } from '../format';
import { CAPABILITIES, type Capability } from '../schema/constants';
import { readVariant, type VariantReading } from './variant';

export type TriState = 'yes' | 'no' | 'unknown';

export interface RouteView {
  provider: string;
  providerName: string;
  providerUrl: string;
  providerKind: string;
  /** Billing currency when not USD (the USD figures are then conversions). */
  currency: string | null;
  modelId: string;
  input: number | null;
  output: number | null;
  inputText: string | null;
  outputText: string | null;
  /** Monthly cost at the workload, null for free/unpriced routes. */
  monthlyUsd: number | null;
  monthlyText: string | null;
  free: boolean;
  status: string | null;
  contextWindow: number | null;
  source: string;
  asOf: string;
  cheapest: boolean;
}

export interface ScoreView {
  benchmark: string;
  benchmarkName: string;
  benchmarkUrl: string;
  category: string;
  unit: 'percent' | 'elo' | 'index';
  score: number;
  scoreText: string;
  /** true: vendor-reported; false: independently run; null: the source does not say. */
  selfReported: boolean | null;
  variant: string | null;
  /** The variant read into version, conditions and settings (variant.ts). */
  reading: VariantReading;
  source: string;
  asOf: string;
  dataset: string | null;
  /** Display name of that data set, for "via …" credits. */
  datasetName: string | null;
}

export interface FactRow {
  key: string;
  label: string;
  /** Display text, or null when the fact is not sourced. */
  value: string | null;
}

/** What the pair pages and listings show about a model in their header and JSON twin. */
export interface ModelSummary {
  id: string;
  name: string;
  url: string;
  labId: string;
  labName: string;
  family: string | null;
  released: string;
  status: string;
  contextWindow: number | null;
  contextText: string | null;
  openWeights: boolean | null;
  cost: CostEstimate;
  costText: string | null;
  routeCount: number;
}

export interface ModelView extends ModelSummary {
  labUrl: string;
  /** Spec rows in display order; the pair pages' specs table uses the same rows. */
  facts: FactRow[];
  /** Each capability's state, with vision derived from the input list when not stated (see capabilityStates). */
  caps: Record<Capability, TriState>;
  capabilities: { key: Capability; label: string; value: TriState }[];
  /** Input types as stated, with "image" added when vision is documented. */
  inputs: string[];
  routes: RouteView[];
  /** Distinct provider ids and their names, sorted by name. */
  providers: { id: string; name: string }[];
  /** The same provider ids, for membership tests. */
  providerIds: Set<string>;
  /** The provider names as prose ("A, B and C"). */
  providersText: string;
  scores: ScoreView[];
  /** Scores grouped by benchmark id. */
  scoresByBenchmark: Map<string, ScoreView[]>;
  /** Labels for people from the record's tags; tags that restate a table (capabilities, open weights, context) are left out. */
  bestFor: string[];
  tags: string[];
  maxOutputTokens: number | null;
  knowledgeCutoff: string | null;
  license: string | null;
  body: string;
  sources: string[];
  disagreements: { field: string; value: string; source: string; note: string | null }[];
  dataAsOf: string;
}

/** Tags written for people; a tag not listed here restates a table on the page, so it is left out. */
export const TAG_LABELS: Readonly<Record<string, string>> = { coding: 'coding' };

/**
 * A capability is yes or no only when a source states it. Vision is also "yes" when the source
 * lists image input, so the specs, the capabilities table and switching cannot disagree on it.
 */
export function capabilityStates(m: Model): Record<Capability, TriState> {
  const out = {} as Record<Capability, TriState>;
  for (const c of CAPABILITIES) {
    const v = m.capabilities[c];
    out[c] = v === undefined ? 'unknown' : v ? 'yes' : 'no';
  }
  if (out.vision === 'unknown' && m.modalities.input.includes('image')) out.vision = 'yes';
  return out;
}

export function capabilityState(m: Model, c: Capability): TriState {
  return capabilityStates(m)[c];
}

export function modelUrl(id: string): string {
  return `/models/${id}/`;
}

const MODALITY_WORDS: Record<string, string> = { text: 'text', image: 'image', audio: 'audio', video: 'video', pdf: 'PDF' };
const modalityList = (l: readonly string[]) => sentenceCase(l.map((x) => MODALITY_WORDS[x] ?? x).join(', '));

export function summarize(cat: Catalog, m: Model, cost: CostEstimate = estimateCost(m, cat, cat.site.workload)): ModelSummary {
  return {
    id: m.id,
    name: m.name,
    url: modelUrl(m.id),
    labId: m.lab,
    labName: cat.labs.get(m.lab)?.name ?? m.lab,
    family: m.family ?? null,
    released: m.released,
    status: m.status,
    contextWindow: m.context_window ?? null,
    contextText: m.context_window !== undefined ? formatTokens(m.context_window) : null,
    openWeights: m.open_weights ?? null,
    cost,
    costText: cost.usd !== null ? formatMoney(cost.usd) : null,
    routeCount: m.routes.length,
  };
}

/** Spec rows in display order; the same rows feed the pair pages' specs table. */
export function factRows(cat: Catalog, m: Model, caps: Record<Capability, TriState> = capabilityStates(m), inputs: string[] = inputTypes(m, caps)): FactRow[] {
  // The input row agrees with the vision row: an image input that no source states either way is said so.
  const inputText = `${modalityList(inputs)}${caps.vision === 'unknown' ? ' (image input not documented)' : ''}`;
  return [
    { key: 'lab', label: 'Lab', value: cat.labs.get(m.lab)?.name ?? m.lab },
    { key: 'released', label: 'Released', value: formatDate(m.released) },
    { key: 'status', label: 'Status', value: sentenceCase(m.status) },
    { key: 'parameters', label: 'Parameters', value: m.parameters !== undefined ? formatParams(m.parameters) : null },
    { key: 'active_parameters', label: 'Active parameters', value: m.active_parameters !== undefined ? formatParams(m.active_parameters) : null },
    { key: 'context_window', label: 'Context window', value: m.context_window !== undefined ? `${formatTokens(m.context_window)} tokens` : null },
    { key: 'max_output_tokens', label: 'Max output', value: m.max_output_tokens !== undefined ? `${formatTokens(m.max_output_tokens)} tokens` : null },
    { key: 'knowledge_cutoff', label: 'Knowledge cutoff', value: m.knowledge_cutoff !== undefined ? formatDate(m.knowledge_cutoff) : null },
    { key: 'license', label: 'Licence', value: m.license ?? null },
    { key: 'open_weights', label: 'Open weights', value: formatYesNo(m.open_weights) },
    { key: 'input_modalities', label: 'Input', value: inputText },
    { key: 'output_modalities', label: 'Output', value: modalityList(m.modalities.output) },
  ];
}

function inputTypes(m: Model, caps: Record<Capability, TriState>): string[] {
  const l = [...m.modalities.input];
  if (caps.vision === 'yes' && !l.includes('image')) l.push('image');
  if (caps.vision === 'no') return l.filter((x) => x !== 'image');
  return l;
}

export function routeViews(cat: Catalog, m: Model, cost: CostEstimate): RouteView[] {
  const w = cat.site.workload;
  const views = m.routes.map((r): RouteView => {
    const p = cat.providers.get(r.provider);
    const monthly = routeMonthlyCost(r, w);
    return {
      provider: r.provider,
      providerName: p?.name ?? r.provider,
      providerUrl: p?.url ?? '',
      providerKind: p?.kind ?? '',
      currency: p && p.currency !== 'USD' ? p.currency : null,
      modelId: r.model_id,
      input: r.input ?? null,
      output: r.output ?? null,
      inputText: r.input !== undefined ? formatPrice(r.input) : null,
      outputText: r.output !== undefined ? formatPrice(r.output) : null,
      monthlyUsd: monthly,
      monthlyText: monthly !== null ? formatMoney(monthly) : null,
      free: isFreeRoute(r),
      status: r.status ?? null,
      contextWindow: r.context_window ?? null,
      source: r.source,
      asOf: r.as_of,
      cheapest: cost.route !== null && cost.route.provider === r.provider && cost.route.modelId === r.model_id,
    };
  });
  // Priced routes cheapest first, then free tiers, then unpriced; provider id breaks ties.
  const rank = (v: RouteView) => (v.monthlyUsd !== null ? 0 : v.free ? 1 : 2);
  return views.sort(
    (x, y) => rank(x) - rank(y) || (x.monthlyUsd ?? 0) - (y.monthlyUsd ?? 0) || x.provider.localeCompare(y.provider) || x.modelId.localeCompare(y.modelId),
  );
}

export function scoreViews(cat: Catalog, m: Model): ScoreView[] {
  const datasetNames = new Map(cat.sources.map((d) => [d.id, d.name]));
  return m.benchmarks
    .map((s): ScoreView => {
      const b = cat.benchmarks.get(s.id);
      const unit = b?.unit ?? 'percent';
      return {
        benchmark: s.id,
        benchmarkName: b?.name ?? s.id,
        benchmarkUrl: b?.url ?? '',
        category: b?.category ?? 'general',
        unit,
        score: s.score,
        scoreText: formatScore(s.score, unit),
        selfReported: s.self_reported ?? null,
        variant: s.variant ?? null,
        reading: readVariant(s.variant),
        source: s.source,
        asOf: s.as_of,
        dataset: s.dataset ?? null,
        datasetName: s.dataset !== undefined ? (datasetNames.get(s.dataset) ?? s.dataset) : null,
      };
    })
    .sort((x, y) => x.benchmarkName.localeCompare(y.benchmarkName) || String(x.selfReported).localeCompare(String(y.selfReported)));
}

/** The people's labels for a model's tags (TAG_LABELS), in tag order, without repeats. */
export function bestForLabels(tags: readonly string[]): string[] {
  return [...new Set(tags.flatMap((t) => (TAG_LABELS[t] ? [TAG_LABELS[t]] : [])))];
}

export function resolveModel(cat: Catalog, m: Model): ModelView {
  const s = summarize(cat, m);
  const caps = capabilityStates(m);
  const inputs = inputTypes(m, caps);
  const scores = scoreViews(cat, m);
  const scoresByBenchmark = new Map<string, ScoreView[]>();
  for (const sv of scores) {
    const l = scoresByBenchmark.get(sv.benchmark);
    if (l) l.push(sv);
    else scoresByBenchmark.set(sv.benchmark, [sv]);
  }
  const providers = [...new Map(m.routes.map((r) => [r.provider, cat.providers.get(r.provider)?.name ?? r.provider])).entries()]
    .map(([id, name]) => ({ id, name }))
    .sort((x, y) => x.name.localeCompare(y.name));
  return {
    ...s,
    labUrl: cat.labs.get(m.lab)?.url ?? '',
    facts: factRows(cat, m, caps, inputs),
    caps,
    capabilities: CAPABILITIES.map((key) => ({ key, label: sentenceCase(capabilityLabel(key)), value: caps[key] })),
    inputs,
    routes: routeViews(cat, m, s.cost),
    providers,
    providerIds: new Set(providers.map((p) => p.id)),
    providersText: listText(providers.map((p) => p.name)),
    scores,
    scoresByBenchmark,
    bestFor: bestForLabels(m.tags ?? []),
    tags: m.tags ?? [],
    maxOutputTokens: m.max_output_tokens ?? null,
    knowledgeCutoff: m.knowledge_cutoff ?? null,
    license: m.license ?? null,
    body: m.body,
    sources: m.sources ?? [],
    disagreements: (m.disagreements ?? []).map((d) => ({ ...d, note: d.note ?? null })),
    dataAsOf: m.data_as_of,
  };
}

const views = new WeakMap<Catalog, Map<string, ModelView>>();

/** The model's view, resolved once per catalog (one build) and shared by every page and section. */
export function getModelView(cat: Catalog, id: string): ModelView {
  let byId = views.get(cat);
  if (!byId) views.set(cat, (byId = new Map()));
  let v = byId.get(id);
  if (!v) {
    const m = cat.modelsById.get(id);
    if (!m) throw new Error(`Unknown model id "${id}"`);
    byId.set(id, (v = resolveModel(cat, m)));
  }
  return v;
}

/** "Text, image and PDF" — a model's inputs in words. */
export const inputsText = (v: Pick<ModelView, 'inputs'>) => listText(v.inputs.map((x) => MODALITY_WORDS[x] ?? x));
