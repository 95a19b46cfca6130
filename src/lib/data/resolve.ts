/**
 * View-models for model pages and listings: everything a page shows about one model, resolved
 * from the catalog once, so that every page states the same facts for the same model.
 */
import { estimateCost, isFreeRoute, routeMonthlyCost, type CostEstimate } from '../compare/cost';
import { capabilityLabel, sentenceCase, formatDate, formatMoney, formatParams, formatPrice, formatScore, formatTokens, formatYesNo } from '../format';
import { CAPABILITIES, type Capability } from '../schema/model';
import type { Catalog, Model } from './load';

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
  facts: FactRow[];
  capabilities: { key: Capability; label: string; value: TriState }[];
  routes: RouteView[];
  scores: ScoreView[];
  tags: string[];
  body: string;
  sources: string[];
  disagreements: { field: string; value: string; source: string; note: string | null }[];
  dataAsOf: string;
}

export function capabilityState(m: Model, c: Capability): TriState {
  const v = m.capabilities[c];
  return v === undefined ? 'unknown' : v ? 'yes' : 'no';
}

export function modelUrl(id: string): string {
  return `/models/${id}/`;
}

export function summarize(cat: Catalog, m: Model): ModelSummary {
  const cost = estimateCost(m, cat, cat.site.workload);
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
export function factRows(cat: Catalog, m: Model): FactRow[] {
  const mods = (l: string[]) => l.join(', ');
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
    { key: 'input_modalities', label: 'Input', value: mods(m.modalities.input) },
    { key: 'output_modalities', label: 'Output', value: mods(m.modalities.output) },
  ];
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
        source: s.source,
        asOf: s.as_of,
        dataset: s.dataset ?? null,
        datasetName: s.dataset !== undefined ? (cat.sources.find((d) => d.id === s.dataset)?.name ?? s.dataset) : null,
      };
    })
    .sort((x, y) => x.benchmarkName.localeCompare(y.benchmarkName) || String(x.selfReported).localeCompare(String(y.selfReported)));
}

export function resolveModel(cat: Catalog, m: Model): ModelView {
  const s = summarize(cat, m);
  return {
    ...s,
    labUrl: cat.labs.get(m.lab)?.url ?? '',
    facts: factRows(cat, m),
    capabilities: CAPABILITIES.map((key) => ({ key, label: sentenceCase(capabilityLabel(key)), value: capabilityState(m, key) })),
    routes: routeViews(cat, m, s.cost),
    scores: scoreViews(cat, m),
    tags: m.tags ?? [],
    body: m.body,
    sources: m.sources ?? [],
    disagreements: (m.disagreements ?? []).map((d) => ({ ...d, note: d.note ?? null })),
    dataAsOf: m.data_as_of,
  };
}
