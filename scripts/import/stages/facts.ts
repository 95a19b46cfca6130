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
import type { Curated, FactEntry } from '../curated/schema.ts';
import { DataError } from '../../../src/lib/data/errors';
import { chooseName, readableName } from '../facts/names.ts';
import { deriveCapabilities, litellmFlags, litellmInputModalities, modelsDevFlags, type FlagStatement } from '../facts/capabilities.ts';
import { CHECKED_FIELDS, findAnomalies, type Anomaly, type CheckedField, type FactCandidate } from '../facts/anomalies.ts';
import { SOURCE_SNAPSHOTS, dataAsOf } from '../facts/data-date.ts';
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
  /** chat, guard, or a kind that leaves the catalogue (the pipeline drops it). */
  kind: ModelKind;
  /** Display name for people (curated, else a source name made readable); unique across the catalogue (checked by the pipeline). */
  name: string;
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
  /** Snapshot date of the newest source that contributed to the record. */
  data_as_of: string;
  /** Fact anomalies found before curated overrides were applied; the pipeline fails on unsettled ones. */
  anomalies: Anomaly[];
}

/** The curated decisions the facts stage reads. */
export type FactsCurated = Pick<Curated, 'names' | 'facts'>;
const NO_CURATED: FactsCurated = { names: [], facts: [] };

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

/** One source's value for a fact; `by` names the source (a provider, LiteLLM's provider, LLM-Stats, Epoch) so agreement counts sources, not rows. */
type Cand = { value: string; source: string; note?: string; by: string };

/** Facts for one included model; undefined (and counted) when no source gives a release date. */
export function modelFacts(m: IncludedModel, src: SourceData, drops: Drops, curated: FactsCurated = NO_CURATED): ModelFacts | undefined {
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

  // name: curated, else the lab record's, LLM-Stats', then the name most routes give (each made readable
  // before counting, so "Llama-3.3-70B-Instruct" and "Llama 3.3 70B Instruct" count as one spelling)
  const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
  const routeName = mode(routes.map((r) => str(r._facts?.name)).filter((x): x is string => !!x).map(readableName));
  const curatedName = curated.names.find((n) => n.model === m.id);
  const { name } = chooseName(m.id, [str(labRec?.data.name), str(lsModel?.name), routeName], curatedName);

  const familyRaw = (labRec?.data.family as string | undefined) ?? mode(routes.map((r) => r._facts?.family).filter((x): x is string => typeof x === 'string'));
  const familyId = typeof familyRaw === 'string' ? toRecordId(familyRaw) : undefined;
  const family = familyId && isValidId(familyId) ? familyId : undefined;

  // candidates from every source, for disagreements
  const cands: Record<FactField, Cand[]> = { released: [], context_window: [], open_weights: [], knowledge_cutoff: [], parameters: [] };
  const addFacts = (d: Obj, source: string, note: string, by: string) => {
    const rel = okDate(d.release_date);
    if (rel) cands.released.push({ value: rel, source, note, by });
    const lim = isPlainObject(d.limit) ? d.limit : {};
    const ctx = posInt(lim.context);
    if (ctx) cands.context_window.push({ value: String(ctx), source, note, by });
    if (typeof d.open_weights === 'boolean') cands.open_weights.push({ value: String(d.open_weights), source, note, by });
    const kn = okDate(d.knowledge);
    if (kn) cands.knowledge_cutoff.push({ value: kn, source, note, by });
  };
  for (const x of secondaryMd) addFacts(x.data, mdModelUrl(x.lab, x.id), `models.dev ${x.lab}/${x.id}`, `models.dev ${x.lab}/${x.id}`);
  for (const r of [...fpRoutes, ...resellers]) addFacts(r._facts!, r.source, `${r.provider} route ${r.model_id}`, r.provider);
  for (const r of routes.filter((x: Route) => x._origin === 'litellm' && x.context_window)) {
    cands.context_window.push({ value: String(r.context_window), source: r.source === LITELLM_URL ? `${LITELLM_URL}#${r._ref.slice(8)}` : r.source, note: `LiteLLM ${r._ref.slice(8)}`, by: r.provider });
  }
  const lsUrl = ls ? llmStatsUrl(ls.org, String(lsModel!.model_id)) : undefined;
  const lsRel = okDate(lsModel?.release_date);
  if (lsRel) cands.released.push({ value: lsRel, source: lsUrl!, note: 'LLM-Stats', by: 'llm-stats' });
  const lsKn = okDate(lsModel?.knowledge_cutoff);
  const lsKnM = lsKn ? lsKn.replace(/-01$/, '') : undefined;
  if (lsKnM) cands.knowledge_cutoff.push({ value: lsKnM, source: lsUrl!, note: 'LLM-Stats', by: 'llm-stats' });
  const lsParams = posInt(lsModel?.param_count);
  if (lsParams) cands.parameters.push({ value: String(lsParams), source: lsUrl!, note: 'LLM-Stats', by: 'llm-stats' });
  const lsLicense = licenseName(typeof lsModel?.license_id === 'string' ? lsModel.license_id : undefined, src.llmStatsLicenses);
  if (lsLicense) cands.open_weights.push({ value: String(lsLicense !== 'proprietary' && !!lsModel?.source_weights_link), source: lsUrl!, note: `LLM-Stats licence ${lsLicense}`, by: 'llm-stats' });
  for (const e of g.epoch) {
    const rel = okDate(e.row['Release date']);
    if (rel) cands.released.push({ value: rel, source: 'https://epoch.ai/benchmarks', note: `Epoch AI ${e.file}`, by: 'epoch' });
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

  // anomalies of the values the precedence rules chose, then the curated overrides that settle them
  const chosen: Partial<Record<CheckedField, string | undefined>> = {
    released,
    knowledge_cutoff: knowledge,
    context_window: contextWindow !== undefined ? String(contextWindow) : undefined,
    parameters: parameters !== undefined ? String(parameters) : undefined,
  };
  const anomalies = findAnomalies(m.id, chosen, Object.fromEntries(CHECKED_FIELDS.map((f) => [f, cands[f] as FactCandidate[]])));
  const overrides = curated.facts.filter((o) => o.model === m.id);
  for (const o of overrides) {
    if (o.field === 'released') released = overrideValue(o, 'date');
    else if (o.field === 'knowledge_cutoff') knowledge = overrideValue(o, 'date');
    else if (o.field === 'context_window') contextWindow = overrideValue(o, 'count');
    else if (o.field === 'max_output_tokens') maxOut = overrideValue(o, 'count');
    else if (o.field === 'parameters') parameters = overrideValue(o, 'count');
    else if (o.field === 'open_weights') openWeights = overrideValue(o, 'boolean');
    else if (o.field === 'license') license = overrideValue(o, 'text');
    // `kind` is read below, once the modalities are known.
  }
  if (maxOut && contextWindow && maxOut > contextWindow) maxOut = undefined;

  // modalities: the lab record, else what most resellers state, else LiteLLM (first-party entry, then
  // most of its routes); text in and out only when no source states them
  const litellmEntry = (r: Route) => (r._origin === 'litellm' ? src.litellm[r._ref.slice('litellm:'.length)] : undefined);
  const llMods = (e: Obj | undefined): Modalities | undefined => {
    const input = litellmInputModalities(e);
    return input ? { input: input.filter((x) => MODALITY_VALUES.has(x)), output: ['text'] } : undefined;
  };
  const modalities =
    modalitiesOf(labRec?.data) ??
    mode(resellers.map((r) => modalitiesOf(r._facts)).filter((x): x is Modalities => !!x), (x) => JSON.stringify(x)) ??
    llMods(fpLl) ??
    mode(routes.map((r) => llMods(litellmEntry(r))).filter((x): x is Modalities => !!x && x.input.length > 0), (x) => JSON.stringify(x)) ??
    { input: ['text'], output: ['text'] };

  // capabilities: one derived value each (scripts/import/facts/capabilities.ts)
  const routeFlags = (r: Route): FlagStatement => (r._origin === 'litellm' ? litellmFlags(litellmEntry(r)) : modelsDevFlags(r._facts));
  const derived = deriveCapabilities({
    inputModalities: modalities.input,
    lab: primary ? modelsDevFlags(primary.data) : undefined,
    firstParty: [...fpRoutes.map((r) => modelsDevFlags(r._facts)), litellmFlags(fpLl)],
    routes: routes.map(routeFlags),
  });
  const caps: Record<string, boolean | undefined> = {
    vision: derived.vision.value,
    reasoning: derived.reasoning.value,
    function_calling: derived.function_calling.value,
    structured_outputs: derived.structured_outputs.value,
    // prompt caching: a cache price on the lab's own route, else LiteLLM's first-party flag
    prompt_caching: labRec && fpRoutes.some((r) => r.cache_read !== undefined) ? true : typeof fpLl?.supports_prompt_caching === 'boolean' ? fpLl.supports_prompt_caching : undefined,
  };
  const capabilities: ModelFacts['capabilities'] = {};
  for (const k of CAP_ORDER) if (caps[k] !== undefined) capabilities[k] = caps[k];

  const st = String(ld.status ?? '');
  const status = st === 'deprecated' ? 'deprecated' : st === 'alpha' || st === 'beta' || /(^|-)preview($|-)/.test(m.id) ? 'preview' : 'active';

  // disagreements: the most common differing values per field, each with its first source
  const kept: Record<FactField, string | undefined> = {
    released,
    context_window: contextWindow !== undefined ? String(contextWindow) : undefined,
    open_weights: openWeights !== undefined ? String(openWeights) : undefined,
    knowledge_cutoff: knowledge,
    parameters: parameters !== undefined ? String(parameters) : undefined,
  };
  const disagreements: Disagreement[] = [];
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
  // a value a person settled cites where they checked it
  for (const o of overrides) if (o.field !== 'kind') sources.add(o.source);
  if (curatedName?.source) sources.add(curatedName.source);

  // data date: the newest snapshot among the sources that gave this record anything (scores add theirs in the pipeline)
  const snapshots: string[] = [];
  if (g.md.length || routes.some((r) => r._origin === 'models.dev')) snapshots.push(SOURCE_SNAPSHOTS['models.dev']);
  if (fpLl || routes.some((r) => r._origin === 'litellm')) snapshots.push(SOURCE_SNAPSHOTS.litellm);
  if (ls) snapshots.push(SOURCE_SNAPSHOTS['llm-stats']);
  if (g.epoch.length) snapshots.push(SOURCE_SNAPSHOTS.epoch);

  const kindOverride = overrides.find((o) => o.field === 'kind');
  const kind = kindOverride ? (kindOverride.value as ModelKind) : modelKind(m.id, modalities);

  return {
    kind, name, family, released, status, parameters, context_window: contextWindow, max_output_tokens: maxOut,
    knowledge_cutoff: knowledge, license, open_weights: openWeights, modalities, capabilities,
    sources: [...sources], disagreements, data_as_of: dataAsOf(snapshots), anomalies,
  };
}

const CURATED_FACTS_FILE = 'scripts/import/curated/facts.yaml';

/** A curated override's value as the field needs it; a value of the wrong type stops the import naming the entry. */
function overrideValue(o: FactEntry, type: 'date'): string;
function overrideValue(o: FactEntry, type: 'count'): number;
function overrideValue(o: FactEntry, type: 'boolean'): boolean;
function overrideValue(o: FactEntry, type: 'text'): string;
function overrideValue(o: FactEntry, type: 'date' | 'count' | 'boolean' | 'text'): string | number | boolean {
  const v = o.value;
  const ok =
    type === 'date' ? typeof v === 'string' && /^\d{4}-\d{2}(-\d{2})?$/.test(v) :
    type === 'count' ? typeof v === 'number' && Number.isInteger(v) && v > 0 :
    type === 'boolean' ? typeof v === 'boolean' :
    typeof v === 'string' && v.trim() !== '';
  if (!ok) {
    const want = { date: 'a quoted YYYY-MM(-DD) date', count: 'a positive whole number', boolean: 'true or false', text: 'text' }[type];
    throw new DataError([{ file: CURATED_FACTS_FILE, field: `${o.model} ${o.field}`, expected: want, found: JSON.stringify(v) }]);
  }
  return v;
}
