/**
 * Facts stage: one value per model fact, chosen by source precedence, with every other source's
 * differing value kept as a disagreement.
 *
 * Precedence (data-sources README, models.dev quirks): the lab record (models.dev `models/` file, else
 * the lab's own first-party route), then LiteLLM's first-party entry, then LLM-Stats, then the most
 * common value across routes. Resellers often write their listing date as the release date, so a
 * route never sets a date the lab record gives.
 */
import { isPlainObject, type Obj } from '../merge.ts';
import { isValidId, toRecordId } from '../ids.ts';
import type { SourceData } from '../sources.ts';
import type { FactEntry } from '../curated/schema.ts';
import {
  LITELLM_URL, cleanUrl, cmp, llmStatsUrl, mdModelUrl, mode, okDate, posInt, sameDate,
  type Drops, type IncludedModel, type Route,
} from './context.ts';

/** Facts collected from several sources; disagreements between them are recorded. */
export const FACT_FIELDS = ['released', 'context_window', 'open_weights', 'knowledge_cutoff', 'parameters'] as const;
export type FactField = (typeof FACT_FIELDS)[number];
/** Most differing values written per fact: the page shows a short list, not every reseller. */
const MAX_DISAGREEMENTS_PER_FIELD = 3;
/** Capability keys in display order (src/lib/schema/model.ts CAPABILITIES). */
const CAP_ORDER = ['vision', 'reasoning', 'function_calling', 'structured_outputs', 'prompt_caching'] as const;
const MODALITY_VALUES = new Set(['text', 'image', 'audio', 'video', 'pdf']);

export interface Modalities { input: string[]; output: string[] }
export interface Disagreement { field: string; value: string; source: string; note?: string | undefined }

/** What a model produces. Only chat and guard models enter the catalogue (issue 6: compare like with like). */
export type ModelKind = 'chat' | 'guard' | 'speech' | 'embedding' | 'rerank' | 'image-generation';
export const TEXT_KINDS: readonly ModelKind[] = ['chat', 'guard'];

const KIND_BY_ID: [RegExp, ModelKind][] = [
  [/(^|-)(embed|embedding|embeddings)(-|$)/, 'embedding'],
  [/(^|-)rerank(er)?(-|$)/, 'rerank'],
  [/(^|-)(whisper|tts|transcribe|audio|speech)(-|$)/, 'speech'],
  [/(^|-)(image|dall-e|imagen|flux|diffusion|sdxl)(-|$)/, 'image-generation'],
  // Safety classifiers: Llama Guard, ShieldGemma, gpt-oss-safeguard, Nemotron Safety Guard
  [/(^|-)(guard|shieldgemma|safeguard|safety)(-|$)/, 'guard'],
];

/**
 * Kind from the model's id and its sourced modalities: an id that names a non-text task wins (a TTS
 * model's route often lists text output too), then image or audio output without text.
 */
export function modelKind(id: string, modalities: Modalities): ModelKind {
  const key = id.toLowerCase().replace(/[._]/g, '-');
  for (const [re, kind] of KIND_BY_ID) if (re.test(key)) return kind;
  if (modalities.output.includes('image')) return 'image-generation';
  if (!modalities.output.includes('text')) return modalities.output.includes('audio') ? 'speech' : 'image-generation';
  return 'chat';
}

export interface ModelFacts {
  /** Display name before names are made unique. */
  name: string;
  kind: ModelKind;
  family?: string | undefined;
  released: string;
  status: 'active' | 'preview' | 'deprecated';
  parameters?: number | undefined;
  context_window?: number | undefined;
  max_output_tokens?: number | undefined;
  knowledge_cutoff?: string | undefined;
  license?: string | undefined;
  open_weights?: boolean | undefined;
  modalities: Modalities;
  /** In CAP_ORDER; unknown capabilities left out. */
  capabilities: Partial<Record<(typeof CAP_ORDER)[number], boolean>>;
  sources: string[];
  disagreements: Disagreement[];
  /** Facts a person must settle with a curated override (reported in the review). */
  anomalies: Anomaly[];
}

/** Licence display name for an LLM-Stats licence id. */
export function licenseName(id: string | undefined, table: Record<string, Obj>): string | undefined {
  if (!id || id === 'unknown') return undefined;
  const fixed: Record<string, string> = {
    apache_2_0: 'Apache-2.0', mit: 'MIT', mit_license: 'MIT', proprietary: 'proprietary', cc_by_nc: 'CC-BY-NC-4.0',
    creative_commons_attribution_4_0_license: 'CC-BY-4.0', gemma: 'Gemma Terms of Use', qwen: 'Qwen License',
    tongyi_qianwen: 'Tongyi Qianwen License', deepseek: 'DeepSeek License',
  };
  if (fixed[id]) return fixed[id];
  const n = table[id]?.name;
  return typeof n === 'string' ? n.trim() : undefined;
}

/** Input/output modalities of a source record, when it states both. */
export function modalitiesOf(d: Obj | undefined): Modalities | undefined {
  const mo = d && isPlainObject(d.modalities) ? d.modalities : undefined;
  if (!mo) return undefined;
  const f = (x: unknown) => (Array.isArray(x) ? [...new Set(x.map(String).filter((s) => MODALITY_VALUES.has(s)))].sort() : []);
  const input = f(mo.input);
  const output = f(mo.output);
  return input.length && output.length ? { input, output } : undefined;
}

type Cand = { value: string; source: string; note?: string };

/** A source's name without a vendor label ("Meta: "), organisation path ("baidu/") or "(latest)". */
export function cleanName(s: string): string {
  return s
    .trim()
    .replace(/^[^:]{1,40}:\s+/, '')
    .replace(/^[A-Za-z0-9._-]+\//, '')
    .replace(/\s*\(latest\)$/i, '')
    .trim();
}

/** A raw slug rather than a name: lower case, no spaces, words joined by hyphens ("mistral-large-2402"). */
export function isSlug(name: string): boolean {
  return !/\s/.test(name) && name === name.toLowerCase() && /[a-z]-[a-z0-9]/.test(name);
}

/**
 * Display name for people: the first source name (lab record, LLM-Stats, most routes) that is not a
 * raw slug, cleaned; a moving "-latest" id is named as an alias.
 */
export function displayName(id: string, candidates: (string | undefined)[]): string {
  const names = candidates.filter((c): c is string => !!c && !!cleanName(c)).map(cleanName);
  const name = names.find((n) => !isSlug(n)) ?? names[0] ?? id;
  if (!/-latest$/.test(id)) return name;
  const base = name.replace(/\s*\(latest alias\)$/i, '').replace(/[\s-]+latest$/i, '');
  return `${base} (latest alias)`;
}

/** Facts for one included model; undefined (and counted) when no source gives a release date. */
export function modelFacts(m: IncludedModel, src: SourceData, drops: Drops, overrides: FactEntry[] = []): ModelFacts | undefined {
  const { g, labInfo, routes } = m;
  const fp = new Set(labInfo.firstParty ?? []);
  const primary = g.md.find((x) => x.primary) ?? g.md[0];
  const secondaryMd = g.md.filter((x) => x !== primary);
  const fpRoutes = routes
    .filter((r) => r._origin === 'models.dev' && fp.has(r.provider))
    .sort((a, b) => cmp(a.provider, b.provider) || a.model_id.length - b.model_id.length || cmp(a.model_id, b.model_id));
  const fpLl = [...g.litellmFirstParty].sort((a, b) => a.key.length - b.key.length || cmp(a.key, b.key))[0]?.e;
  const ls = [...g.llmStats].sort((a, b) => cmp(String(a.model.model_id), String(b.model.model_id)))[0];
  const lsModel = ls?.model;
  const labRec: { data: Obj; url: string } | undefined = primary
    ? { data: primary.data, url: mdModelUrl(primary.lab, primary.id) }
    : fpRoutes[0]
      ? { data: fpRoutes[0]._facts!, url: fpRoutes[0].source }
      : undefined;
  const resellers = routes.filter((r) => r._origin === 'models.dev' && !fp.has(r.provider));

  const name = displayName(m.id, [
    labRec && typeof labRec.data.name === 'string' ? labRec.data.name : undefined,
    typeof lsModel?.name === 'string' ? lsModel.name : undefined,
    mode(routes.filter((r) => typeof r._facts?.name === 'string').map((r) => cleanName(String(r._facts!.name)))),
  ]);

  const familyRaw = (labRec?.data.family as string | undefined) ?? mode(routes.map((r) => r._facts?.family).filter((x): x is string => typeof x === 'string'));
  const familyId = typeof familyRaw === 'string' ? toRecordId(familyRaw) : undefined;
  const family = familyId && isValidId(familyId) ? familyId : undefined;

  // candidates from every source, for disagreements
  const cands: Record<FactField, Cand[]> = { released: [], context_window: [], open_weights: [], knowledge_cutoff: [], parameters: [] };
  const addFacts = (d: Obj, source: string, note: string) => {
    const rel = okDate(d.release_date);
    if (rel) cands.released.push({ value: rel, source, note });
    const lim = isPlainObject(d.limit) ? d.limit : {};
    const ctx = posInt(lim.context);
    if (ctx) cands.context_window.push({ value: String(ctx), source, note });
    if (typeof d.open_weights === 'boolean') cands.open_weights.push({ value: String(d.open_weights), source, note });
    const kn = okDate(d.knowledge);
    if (kn) cands.knowledge_cutoff.push({ value: kn, source, note });
  };
  for (const x of secondaryMd) addFacts(x.data, mdModelUrl(x.lab, x.id), `models.dev ${x.lab}/${x.id}`);
  for (const r of [...fpRoutes, ...resellers]) addFacts(r._facts!, r.source, `${r.provider} route ${r.model_id}`);
  for (const r of routes.filter((x: Route) => x._origin === 'litellm' && x.context_window)) {
    cands.context_window.push({ value: String(r.context_window), source: r.source === LITELLM_URL ? `${LITELLM_URL}#${r._ref.slice(8)}` : r.source, note: `LiteLLM ${r._ref.slice(8)}` });
  }
  const lsUrl = ls ? llmStatsUrl(ls.org, String(lsModel!.model_id)) : undefined;
  const lsRel = okDate(lsModel?.release_date);
  if (lsRel) cands.released.push({ value: lsRel, source: lsUrl!, note: 'LLM-Stats' });
  const lsKn = okDate(lsModel?.knowledge_cutoff);
  const lsKnM = lsKn ? lsKn.replace(/-01$/, '') : undefined;
  if (lsKnM) cands.knowledge_cutoff.push({ value: lsKnM, source: lsUrl!, note: 'LLM-Stats' });
  const lsParams = posInt(lsModel?.param_count);
  if (lsParams) cands.parameters.push({ value: String(lsParams), source: lsUrl!, note: 'LLM-Stats' });
  const lsLicense = licenseName(typeof lsModel?.license_id === 'string' ? lsModel.license_id : undefined, src.llmStatsLicenses);
  if (lsLicense) cands.open_weights.push({ value: String(lsLicense !== 'proprietary' && !!lsModel?.source_weights_link), source: lsUrl!, note: `LLM-Stats licence ${lsLicense}` });
  for (const e of g.epoch) {
    const rel = okDate(e.row['Release date']);
    if (rel) cands.released.push({ value: rel, source: 'https://epoch.ai/benchmarks', note: `Epoch AI ${e.file}` });
  }

  const ld = labRec?.data ?? {};
  const ldLimit = isPlainObject(ld.limit) ? ld.limit : {};
  let released = okDate(ld.release_date) ?? lsRel ?? [...cands.released].map((c) => c.value).sort()[0];
  if (!released) {
    drops.add('model without a release date');
    return undefined;
  }
  let contextWindow = posInt(ldLimit.context) ?? posInt(fpLl?.max_input_tokens) ?? (mode(cands.context_window.map((c) => Number(c.value))) as number | undefined);
  let maxOut = posInt(ldLimit.output) ?? posInt(fpLl?.max_output_tokens) ?? (mode(routes.map((r) => r.max_output_tokens).filter((x): x is number => !!x)) as number | undefined);
  if (maxOut && contextWindow && maxOut > contextWindow) maxOut = undefined;
  let knowledge = okDate(ld.knowledge) ?? lsKnM;
  let license = (typeof ld.license === 'string' ? ld.license : undefined) ?? (primary && typeof primary.data.license === 'string' ? primary.data.license : undefined) ?? lsLicense;
  let openWeights: boolean | undefined = typeof ld.open_weights === 'boolean' ? ld.open_weights : undefined;
  if (openWeights === undefined && lsLicense) openWeights = lsLicense !== 'proprietary' && !!lsModel?.source_weights_link;
  if (openWeights === undefined) {
    const ow = cands.open_weights.map((c) => c.value);
    if (ow.length && ow.every((v) => v === ow[0])) openWeights = ow[0] === 'true';
    else if (ow.length) openWeights = mode(ow) === 'true';
  }
  let parameters = lsParams;

  const sourcedModalities =
    modalitiesOf(labRec?.data) ??
    mode(resellers.map((r) => modalitiesOf(r._facts)).filter((x): x is Modalities => !!x), (x) => JSON.stringify(x));
  const modalities = sourcedModalities ?? { input: fpLl?.supports_vision === true ? ['image', 'text'] : ['text'], output: ['text'] };

  // One value per capability (issue 6, "facts that agree"): vision follows the sourced input
  // modalities; the others follow the lab record or first-party entry, else most routes that state them.
  const caps: Record<string, boolean> = {};
  if (sourcedModalities) caps.vision = sourcedModalities.input.includes('image');
  else if (typeof fpLl?.supports_vision === 'boolean') caps.vision = fpLl.supports_vision;
  const routeFlags = resellers.concat(fpRoutes).map((r) => r._facts!);
  const decide = (cap: string, labKey: string, llKey: string) => {
    const lab = labRec?.data[labKey];
    if (typeof lab === 'boolean') return (caps[cap] = lab);
    const ll = fpLl?.[llKey];
    if (typeof ll === 'boolean') return (caps[cap] = ll);
    const said = routeFlags.map((d) => d[labKey]).filter((v): v is boolean => typeof v === 'boolean');
    const yes = said.filter(Boolean).length;
    // A tie leaves it unknown: "Not documented" is truer than a coin toss.
    if (said.length && yes * 2 !== said.length) caps[cap] = yes * 2 > said.length;
    return undefined;
  };
  decide('reasoning', 'reasoning', 'supports_reasoning');
  decide('function_calling', 'tool_call', 'supports_function_calling');
  decide('structured_outputs', 'structured_output', 'supports_response_schema');
  if (labRec && fpRoutes.some((r) => r.cache_read !== undefined)) caps.prompt_caching = true;
  else if (typeof fpLl?.supports_prompt_caching === 'boolean') caps.prompt_caching = fpLl.supports_prompt_caching;
  const capabilities: ModelFacts['capabilities'] = {};
  for (const k of CAP_ORDER) if (caps[k] !== undefined) capabilities[k] = caps[k];

  const st = String(ld.status ?? '');
  const status = st === 'deprecated' ? 'deprecated' : st === 'alpha' || st === 'beta' || /(^|-)preview($|-)/.test(m.id) ? 'preview' : 'active';

  // Anomalies are judged on what the sources say; a curated override then settles the value, and
  // the value it replaced stays visible as a disagreement.
  const str = (v: unknown) => (v === undefined ? undefined : String(v));
  const anomalies = factAnomalies(m.id, { released, context_window: str(contextWindow), open_weights: str(openWeights), knowledge_cutoff: knowledge, parameters: str(parameters) }, cands);
  const replaced: Disagreement[] = [];
  let kindOverride: ModelKind | undefined;
  for (const o of overrides) {
    const before = { released, context_window: contextWindow, max_output_tokens: maxOut, knowledge_cutoff: knowledge, license, open_weights: openWeights, parameters, kind: undefined }[o.field];
    if (o.field === 'released' || o.field === 'knowledge_cutoff') {
      if (o.field === 'released') released = String(o.value);
      else knowledge = String(o.value);
    } else if (o.field === 'context_window') contextWindow = Number(o.value);
    else if (o.field === 'max_output_tokens') maxOut = Number(o.value);
    else if (o.field === 'parameters') parameters = Number(o.value);
    else if (o.field === 'open_weights') openWeights = o.value === true;
    else if (o.field === 'license') license = String(o.value);
    else kindOverride = o.value as ModelKind;
    if (before !== undefined && String(before) !== String(o.value) && labRec) {
      replaced.push({ field: o.field, value: String(before), source: labRec.url, note: `replaced by a reviewed value (${o.source})` });
    }
  }

  // disagreements: the most common differing values per field, each with its first source
  const kept: Record<FactField, string | undefined> = {
    released,
    context_window: contextWindow !== undefined ? String(contextWindow) : undefined,
    open_weights: openWeights !== undefined ? String(openWeights) : undefined,
    knowledge_cutoff: knowledge,
    parameters: parameters !== undefined ? String(parameters) : undefined,
  };
  const disagreements: Disagreement[] = [...replaced];
  for (const field of FACT_FIELDS) {
    const k = kept[field];
    if (k === undefined) continue;
    const differing = cands[field].filter((c) => (field === 'released' || field === 'knowledge_cutoff' ? !sameDate(c.value, k) : c.value !== k));
    const byValue = new Map<string, Cand[]>();
    for (const c of differing) byValue.set(c.value, [...(byValue.get(c.value) ?? []), c]);
    const top = [...byValue.entries()].sort((a, c) => c[1].length - a[1].length || cmp(a[0], c[0])).slice(0, MAX_DISAGREEMENTS_PER_FIELD);
    for (const [value, cs] of top) {
      const first = [...cs].sort((a, c) => cmp(a.source, c.source))[0];
      if (!first) continue; // byValue groups always hold at least one candidate
      disagreements.push({ field, value, source: first.source, note: cs.length > 1 ? `${first.note} (and ${cs.length - 1} more)` : first.note });
    }
  }

  const sources = new Set<string>();
  if (labRec) sources.add(labRec.url);
  if (primary && Array.isArray(primary.data.links)) {
    for (const l of primary.data.links as Obj[]) {
      if (typeof l.url === 'string' && cleanUrl(l.url) && ['model_card', 'announcement', 'paper', 'docs'].includes(String(l.type))) sources.add(l.url);
    }
  }
  if (lsUrl) sources.add(lsUrl);
  const wl = cleanUrl(lsModel?.source_weights_link);
  if (wl) sources.add(wl);

  return {
    name, kind: kindOverride ?? modelKind(m.id, modalities), family, released, status, parameters, context_window: contextWindow, max_output_tokens: maxOut,
    knowledge_cutoff: knowledge, license, open_weights: openWeights, modalities, capabilities,
    sources: [...sources], disagreements,
    anomalies,
  };
}

/** A date three sources agree on may be this far from the kept one before a person must look. */
export const MAX_DATE_GAP_DAYS = 90;
/** A number three sources agree on may be this many times the kept one (either way). */
export const MAX_NUMBER_RATIO = 2;
/** How many sources must agree on a value before it can overrule the chosen one. */
export const AGREEING_SOURCES = 3;

export interface Anomaly { field: string; kept: string; other: string; why: string }

const dayOf = (d: string) => Date.parse(d.length === 7 ? `${d}-01` : d);

/** The month a date token in the id names (2512 -> 2025-12, 20250514 -> 2025-05), if any. */
export function idDate(id: string): string | undefined {
  const full = /(?:^|[-_.])(20\d{2})-?([01]\d)-?([0-3]\d)(?=$|[-_.@:])/.exec(id);
  if (full) return `${full[1]}-${full[2]}`;
  const yymm = /(?:^|-)(2[3-6])(0[1-9]|1[0-2])(?=$|-)/.exec(id);
  return yymm ? `20${yymm[1]}-${yymm[2]}` : undefined;
}

/**
 * Facts a person must settle (curated/facts.yaml): a release date earlier than the month in the
 * model's own id, and a kept value far from one that AGREEING_SOURCES sources give.
 */
export function factAnomalies(id: string, kept: Record<FactField, string | undefined>, cands: Record<FactField, Cand[]>): Anomaly[] {
  const out: Anomaly[] = [];
  const inId = idDate(id);
  if (kept.released && inId && kept.released.slice(0, 7) < inId) {
    out.push({ field: 'released', kept: kept.released, other: inId, why: `released before the date in its own id (${inId})` });
  }
  for (const field of ['released', 'context_window'] as const) {
    const k = kept[field];
    if (!k) continue;
    const counts = new Map<string, Set<string>>();
    for (const c of cands[field]) counts.set(c.value, new Set([...(counts.get(c.value) ?? []), c.source]));
    for (const [value, srcs] of [...counts].sort((a, b) => b[1].size - a[1].size || cmp(a[0], b[0]))) {
      if (srcs.size < AGREEING_SOURCES) break;
      const far =
        field === 'released'
          ? Math.abs(dayOf(value) - dayOf(k)) > MAX_DATE_GAP_DAYS * 86_400_000
          : Math.max(Number(value), Number(k)) > MAX_NUMBER_RATIO * Math.min(Number(value), Number(k));
      if (far) out.push({ field, kept: k, other: value, why: `${srcs.size} sources agree on ${value}` });
      break;
    }
  }
  return out;
}
