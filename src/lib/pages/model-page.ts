/**
 * What a model page shows beyond the ModelView: its title and description, the headline facts,
 * the "Sources disagree" rows formatted like the kept values, its pair links and structured data.
 * Kept out of the route so the route only lays out components.
 */
import { workloadText, workloadTokens } from '../cost';
import { fitTitle } from '../compare/meta';
import type { PairPlan } from '../compare/pairs';
import { capabilityLabel, sentenceCase, formatDate, formatParams, formatTokens, formatYesNo, plural, TRI_STATE_TEXT } from '../format';
import { isPartialDate } from '../schema/shared';
import type { Catalog } from '../data/load';
import type { ModelView } from '../views/model';
import { modelCostTexts } from './model-cost';

export interface HeadlineStat {
  label: string;
  value: string | null;
  detail?: string | null;
  /** Names the fact for a script that updates it (the cost calculator finds 'cost'). */
  key?: string;
}

export interface DisagreementRow {
  label: string;
  /** The value this site keeps, formatted as on the page. */
  kept: string | null;
  /** The other source's value, formatted the same way. */
  other: string;
  source: string;
  note: string | null;
}

export interface ModelPage {
  title: string;
  description: string;
  workloadText: string;
  stats: HeadlineStat[];
  pricingSummary: string;
  disagreements: DisagreementRow[];
  pairs: { path: string; rivalName: string; rivalLab: string }[];
  contents: { href: string; label: string }[];
  /** Home › Models › this model (base-free paths; the layout renders them and their BreadcrumbList). */
  breadcrumbs: { name: string; path: string }[];
  jsonLd: object;
}

/** Formats another source's value for `field` the way the page formats its own. */
export function formatOtherValue(field: string, v: string): string {
  if (v === 'true' || v === 'false') return formatYesNo(v === 'true')!;
  const n = Number(v);
  const numeric = Number.isFinite(n) && v.trim() !== '';
  if (['context_window', 'max_output_tokens'].includes(field) && numeric) return `${formatTokens(n)} tokens`;
  if (['parameters', 'active_parameters'].includes(field) && numeric) return formatParams(n);
  if (['released', 'knowledge_cutoff'].includes(field) && isPartialDate(v)) return formatDate(v);
  return v;
}

function disagreementRows(view: ModelView): DisagreementRow[] {
  const factByKey = new Map(view.facts.map((f) => [f.key, f]));
  return view.disagreements.map((d) => {
    const base = { other: formatOtherValue(d.field.replace(/^capabilities\./, ''), d.value), source: d.source, note: d.note };
    if (d.field.startsWith('capabilities.')) {
      const key = d.field.slice('capabilities.'.length);
      const state = view.capabilities.find((c) => c.key === key)?.value;
      return { ...base, label: sentenceCase(capabilityLabel(key)), kept: state ? TRI_STATE_TEXT[state] : null };
    }
    const fact = factByKey.get(d.field.replace(/^modalities\.(input|output)$/, '$1_modalities'));
    return { ...base, label: fact?.label ?? sentenceCase(d.field.replace(/[._]/g, ' ')), kept: fact?.value ?? null };
  });
}

export function modelPage(cat: Catalog, plan: PairPlan, view: ModelView, license: string | null): ModelPage {
  const w = cat.site.workload;
  const tokens = workloadTokens(w);
  const costTexts = modelCostTexts(view.cost, view.routes.length, w);
  const stats: HeadlineStat[] = [
    { label: 'Context window', value: view.contextText !== null ? `${view.contextText} tokens` : null },
    { label: 'Cheapest a month', value: costTexts.value, detail: costTexts.detail, key: 'cost' },
    { label: 'Released', value: formatDate(view.released) },
    { label: 'Open weights', value: formatYesNo(view.openWeights), detail: license },
  ];
  const pricingSummary = costTexts.summary;
  const disagreements = disagreementRows(view);
  const pairs = (plan.byModel.get(view.id) ?? []).map((p) => {
    const rivalId = p.a === view.id ? p.b : p.a;
    const rival = cat.modelsById.get(rivalId);
    return { path: p.path, rivalName: rival?.name ?? rivalId, rivalLab: rival ? (cat.labs.get(rival.lab)?.name ?? rival.lab) : '' };
  });
  const contents = [
    { href: '#pricing', label: `Prices (${plural(view.routes.length, 'route')})` },
    { href: '#benchmarks', label: `Benchmarks (${plural(view.scores.length, 'score')})` },
    { href: '#specs', label: 'Specifications' },
    { href: '#capabilities', label: 'Capabilities' },
    ...(disagreements.length > 0 ? [{ href: '#disagreements', label: 'Sources disagree' }] : []),
    { href: '#sources', label: 'Sources' },
    { href: '#comparisons', label: `Comparisons (${pairs.length})` },
  ];
  // Search results cut titles near 70 characters: drop words before the name.
  const title = fitTitle(
    [`${view.name}: price, context and benchmarks | ${cat.site.title}`, `${view.name}: price, context and benchmarks`, `${view.name}: price and benchmarks`],
    view.name,
  );
  const descParts = [
    view.contextText !== null ? `${view.contextText}-token context` : 'context window not sourced',
    view.costText !== null
      ? `from ${view.costText} a month at ${tokens}`
      : view.cost.freeTiers.length > 0
        ? 'free tier only, so no monthly estimate'
        : 'no monthly cost estimate yet',
    ...(view.openWeights === null ? [] : [view.openWeights ? `open weights${license ? ` (${license})` : ''}` : 'no open weights']),
  ];
  const description = `${view.name} by ${view.labName}: ${descParts.join(', ')}. Provider prices, benchmarks and sources.`;
  // The site URL carries the base path (a sub-path deployment), so paths are appended, not resolved.
  const abs = (p: string) => `${cat.site.url}${p}`;
  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': 'WebPage',
    name: title,
    url: abs(view.url),
    description,
    dateModified: view.dataAsOf,
    about: { '@type': 'Thing', name: view.name },
    isPartOf: { '@type': 'WebSite', name: cat.site.title, url: abs('/') },
  };
  const breadcrumbs = [
    { name: 'Home', path: '/' },
    { name: 'Models', path: '/models/' },
    { name: view.name, path: view.url },
  ];
  return { title, description, workloadText: workloadText(w), stats, pricingSummary, disagreements, pairs, contents, breadcrumbs, jsonLd };
}
