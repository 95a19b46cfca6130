/**
 * Assemble the catalogue from loaded sources (pure: same input -> same output).
 * Returns a map of relative file path -> file content, plus a summary.
 */
import { applyBaseModel, isPlainObject, type Obj } from './merge.ts';
import { cleanModelId, keyOf, isValidId, toRecordId, splitEpochVersion, matchKey } from './ids.ts';
import { perTokenToPerMillion, checkPrice, isFree, isPriced, round6 } from './prices.ts';
import { LABS, labFromOrg, labFromKey, type Lab } from './labs.ts';
import { providerKind, providerCurrency, LITELLM_PROVIDERS, EXTRA_PROVIDERS, litellmModelId, litellmRegionRank } from './providers.ts';
import { BENCHMARKS, EPOCH_FILES, mapLlmStatsBenchmark, mapModelsDevBenchmark, scaleScore, isIndependentSource } from './benchmarks.ts';
import { toYaml, frontMatter } from './yaml.ts';
import { renderProfile } from './profile.ts';
import type { SourceData } from './sources.ts';

export const MD_COMMIT = 'f3fc692299671838c7c65fd8126bf84d81a2e817';
export const MD_AS_OF = '2026-07-01';
export const LITELLM_AS_OF = '2026-07-24';
export const LITELLM_URL = 'https://github.com/BerriAI/litellm/blob/main/model_prices_and_context_window.json';
export const LLMSTATS_COMMIT = '872b75f63b8d853c46ed17856424029a0c47b1d2';
export const EPOCH_AS_OF = '2026-04';
export const REVIEWED = '2026-07-24';
const LITELLM_MODES = new Set(['chat', 'completion', 'responses']);
/** Facts collected from several sources; disagreements between them are recorded. */
const FACT_FIELDS = ['released', 'context_window', 'open_weights', 'knowledge_cutoff', 'parameters'] as const;
type FactField = (typeof FACT_FIELDS)[number];

export interface Overrides {
  merge?: Record<string, string[]>;
  split?: Record<string, string>;
  exclude?: string[];
}

// Optional fields below also admit an explicit `undefined`: routes and scores are built as
// literals from parsers that return `T | undefined`, and are never serialised directly.
export interface Route {
  provider: string;
  model_id: string;
  input?: number | undefined;
  output?: number | undefined;
  cache_read?: number | undefined;
  free?: boolean | undefined;
  context_window?: number | undefined;
  max_output_tokens?: number | undefined;
  status?: 'beta' | 'deprecated' | undefined;
  source: string;
  as_of: string;
  // internal
  _origin: 'models.dev' | 'litellm';
  _facts?: Obj;
  _ref: string;
  _rank?: number;
  _org?: string | undefined;
  _cleaned: string;
}

interface Score {
  id: string;
  score: number;
  self_reported: boolean;
  variant?: string | undefined;
  source: string;
  as_of: string;
  dataset: string;
}

interface Group {
  gid: string;
  md: { lab: string; id: string; data: Obj; primary: boolean }[];
  routes: Route[];
  litellmFirstParty: { key: string; e: Obj }[];
  llmStats: SourceData['llmStats'];
  epoch: { file: string; row: Record<string, string>; variant?: string | undefined }[];
  refs: Set<string>;
  cleanedIds: string[];
}

export interface Summary {
  models: number;
  routes: number;
  providers: number;
  labs: number;
  benchmarkScores: number;
  benchmarks: number;
  dropped: Record<string, number>;
}

const mdRouteUrl = (p: string, m: string) => `https://github.com/anomalyco/models.dev/blob/${MD_COMMIT}/providers/${p}/models/${m}.toml`;
const mdModelUrl = (lab: string, id: string) => `https://github.com/anomalyco/models.dev/blob/${MD_COMMIT}/models/${lab}/${id}.toml`;
const llmStatsUrl = (org: string, id: string) => `https://github.com/JonathanChavezTamales/llm-leaderboard/blob/${LLMSTATS_COMMIT}/data/organizations/${org}/models/${id}/model.json`;

const DATE_OK = /^\d{4}-\d{2}(-\d{2})?$/;
function okDate(v: unknown): string | undefined {
  if (typeof v !== 'string') return undefined;
  const s = v.trim().slice(0, 10);
  if (!DATE_OK.test(s) || s.startsWith('1970')) return undefined;
  if (s > REVIEWED) return undefined;
  return s;
}
/** An absolute http(s) URL without spaces, else undefined. */
export function cleanUrl(v: unknown): string | undefined {
  return typeof v === 'string' && /^https?:\/\/[^\s/$.?#][^\s]*$/i.test(v.trim()) ? v.trim() : undefined;
}
function num(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}
function posInt(v: unknown): number | undefined {
  const n = num(v);
  return n !== undefined && n > 0 ? Math.round(n) : undefined;
}
function sameDate(a: string, b: string): boolean {
  return a.startsWith(b) || b.startsWith(a);
}
function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
/** Organisation segment of a slash-separated model id ("org/model" -> "org"), lower case. */
function orgOf(modelId: string): string | undefined {
  return modelId.split('/').at(-2)?.toLowerCase();
}
function mode<T>(values: T[], key: (v: T) => string = (v) => String(v)): T | undefined {
  const counts = new Map<string, { v: T; n: number }>();
  for (const v of values) {
    const k = key(v);
    const c = counts.get(k);
    if (c) c.n++;
    else counts.set(k, { v, n: 1 });
  }
  const best = [...counts.entries()].sort((a, b) => b[1].n - a[1].n || cmp(a[0], b[0]))[0];
  return best?.[1].v;
}

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

export function build(src: SourceData, overrides: Overrides) {
  const dropped: Record<string, number> = {};
  const drop = (reason: string, n = 1) => (dropped[reason] = (dropped[reason] ?? 0) + n);

  // ---- override tables
  const exclude = new Set((overrides.exclude ?? []).map((s) => (s.includes(':') ? s : matchKey(s))));
  const split = overrides.split ?? {};
  const mergeKey = new Map<string, string>();
  const mergeRef = new Map<string, string>();
  for (const [canon, members] of Object.entries(overrides.merge ?? {}).sort((a, b) => cmp(a[0], b[0]))) {
    for (const m of members) {
      if (m.includes(':')) mergeRef.set(m, canon);
      else mergeKey.set(matchKey(m), canon);
    }
    mergeKey.set(matchKey(canon), canon);
  }

  // ---- models.dev models/ -> canonical groups
  const groups = new Map<string, Group>();
  const newGroup = (gid: string): Group => {
    let g = groups.get(gid);
    if (!g) {
      g = { gid, md: [], routes: [], litellmFirstParty: [], llmStats: [], epoch: [], refs: new Set(), cleanedIds: [] };
      groups.set(gid, g);
    }
    return g;
  };
  const mdKey = new Map<string, string>(); // match key -> canonical id
  const mdByPath = new Map<string, Obj>();
  const mdCanon = new Map<string, string>(); // "lab/id" -> canonical
  for (const m of src.mdModels) {
    mdByPath.set(`${m.lab}/${m.id}`, m.data);
    const k = keyOf(m.id);
    const ref = `models.dev:models:${m.lab}/${m.id}`;
    const canon = split[ref] ?? mergeRef.get(ref) ?? mergeKey.get(k) ?? toRecordId(m.id);
    mdCanon.set(`${m.lab}/${m.id}`, canon);
    mdKey.set(k, canon);
  }
  for (const m of src.mdModels) {
    const canon = mdCanon.get(`${m.lab}/${m.id}`)!;
    const ref = `models.dev:models:${m.lab}/${m.id}`;
    if (exclude.has(ref) || exclude.has(keyOf(m.id))) {
      drop('excluded by overrides');
      continue;
    }
    const g = newGroup(canon);
    g.md.push({ lab: m.lab, id: m.id, data: m.data, primary: toRecordId(m.id) === canon });
    g.refs.add(ref);
  }

  const resolve = (ref: string, key: string, baseCanon?: string): string | null => {
    if (exclude.has(ref) || exclude.has(key)) return null;
    if (split[ref]) return split[ref];
    if (mergeRef.has(ref)) return mergeRef.get(ref)!;
    if (baseCanon) return baseCanon;
    if (mergeKey.has(key)) return mergeKey.get(key)!;
    if (mdKey.has(key)) return mdKey.get(key)!;
    return `key:${key}`;
  };

  // ---- models.dev routes
  const providerNames = new Map<string, { name: string; url: string }>();
  for (const p of src.mdProviders) {
    const doc = typeof p.data.doc === 'string' ? p.data.doc : typeof p.data.api === 'string' ? p.data.api : '';
    let url = '';
    try {
      url = new URL(doc).origin;
    } catch {
      url = `https://models.dev/?provider=${p.id}`;
    }
    providerNames.set(p.id, { name: String(p.data.name ?? p.id), url });
  }
  for (const r of src.mdRoutes) {
    const ref = `models.dev:${r.provider}:${r.modelId}`;
    const baseRef = typeof r.data.base_model === 'string' ? r.data.base_model : undefined;
    const base = baseRef ? mdByPath.get(baseRef) : undefined;
    if (baseRef && !base) drop('models.dev route with unknown base_model');
    const d = applyBaseModel(r.data, base);
    if (d.status === 'deprecated') {
      drop('deprecated route (models.dev status)');
      continue;
    }
    const cleaned = cleanModelId(r.modelId, r.provider);
    const key = matchKey(cleaned);
    const gid = resolve(ref, key, baseRef ? mdCanon.get(baseRef) : undefined);
    if (!gid) {
      drop('excluded by overrides');
      continue;
    }
    const cost = isPlainObject(d.cost) ? d.cost : {};
    const input = num(cost.input);
    const output = num(cost.output);
    const cacheRead = num(cost.cache_read);
    const pc = checkPrice(input, output, cacheRead);
    if (pc !== 'ok') {
      drop(pc === 'negative' ? 'route price negative' : 'route price above 1000 USD/1M (unit error)');
      continue;
    }
    const limit = isPlainObject(d.limit) ? d.limit : {};
    const route: Route = {
      provider: r.provider,
      model_id: r.modelId,
      input,
      output,
      cache_read: cacheRead,
      free: isFree(input, output) ? true : undefined,
      context_window: posInt(limit.context),
      max_output_tokens: posInt(limit.output),
      status: d.status === 'beta' || d.status === 'alpha' ? 'beta' : undefined,
      source: mdRouteUrl(r.provider, r.modelId),
      as_of: MD_AS_OF,
      _origin: 'models.dev',
      _facts: d,
      _ref: ref,
      _org: orgOf(r.modelId),
      _cleaned: cleaned,
    };
    const g = newGroup(gid);
    g.routes.push(route);
    g.refs.add(ref);
    g.cleanedIds.push(cleaned);
  }

  // ---- LiteLLM
  for (const [key, e] of Object.entries(src.litellm)) {
    if (!LITELLM_MODES.has(String(e.mode))) {
      drop('litellm entry not chat/completion/responses');
      continue;
    }
    const lp = String(e.litellm_provider ?? '');
    const provider = LITELLM_PROVIDERS[lp];
    if (provider === undefined) {
      drop('litellm provider not mapped');
      continue;
    }
    if (provider === null) {
      drop('litellm provider skipped (local/subscription/retired)');
      continue;
    }
    if (key.startsWith('ft:') || key.includes('/ft:')) {
      drop('litellm fine-tuning price');
      continue;
    }
    const dep = typeof e.deprecation_date === 'string' ? e.deprecation_date : undefined;
    if (dep && dep <= LITELLM_AS_OF) {
      drop('deprecated route (litellm deprecation_date passed)');
      continue;
    }
    const input = perTokenToPerMillion(e.input_cost_per_token);
    const output = perTokenToPerMillion(e.output_cost_per_token);
    const cacheRead = perTokenToPerMillion(e.cache_read_input_token_cost);
    const pc = checkPrice(input, output, cacheRead);
    if (pc !== 'ok') {
      drop(pc === 'negative' ? 'route price negative' : 'route price above 1000 USD/1M (unit error)');
      continue;
    }
    const modelId = litellmModelId(key);
    const cleaned = cleanModelId(modelId, provider);
    const k = matchKey(cleaned);
    const ref = `litellm:${key}`;
    const gid = resolve(ref, k);
    if (!gid) {
      drop('excluded by overrides');
      continue;
    }
    const g = newGroup(gid);
    g.refs.add(ref);
    const labGuess = g.md[0]?.lab;
    if (labGuess && (LABS[labGuess]?.firstParty ?? []).includes(provider) && litellmRegionRank(key) === 0) {
      g.litellmFirstParty.push({ key, e });
    }
    if (input === undefined || output === undefined) {
      drop('litellm entry without input+output price');
      continue;
    }
    g.routes.push({
      provider,
      model_id: modelId,
      input,
      output,
      cache_read: cacheRead,
      free: isFree(input, output) ? true : undefined,
      context_window: posInt(e.max_input_tokens),
      max_output_tokens: posInt(e.max_output_tokens),
      source: cleanUrl(e.source) ?? LITELLM_URL,
      as_of: LITELLM_AS_OF,
      _origin: 'litellm',
      _ref: ref,
      _rank: litellmRegionRank(key),
      _org: orgOf(modelId),
      _cleaned: cleaned,
    });
    g.cleanedIds.push(cleaned);
  }

  // ---- LLM-Stats and Epoch attach only to groups that already exist
  for (const m of src.llmStats) {
    const id = String(m.model.model_id);
    const ref = `llm-stats:${m.org}/${id}`;
    const gid = resolve(ref, keyOf(id));
    if (!gid || !groups.has(gid)) {
      drop('llm-stats model not matched to a served model');
      continue;
    }
    groups.get(gid)!.llmStats.push(m);
    groups.get(gid)!.refs.add(ref);
  }
  for (const f of src.epoch) {
    const cfg = EPOCH_FILES.find((c) => c.file === f.file);
    if (!cfg) continue;
    for (const row of f.rows) {
      const v = (row['Model version'] ?? '').trim();
      if (!v) {
        drop('epoch row without model version');
        continue;
      }
      const { id, variant } = splitEpochVersion(v);
      const ref = `epoch:${id}`;
      const gid = resolve(ref, keyOf(id));
      if (!gid || !groups.has(gid)) {
        drop('epoch row not matched to a served model');
        continue;
      }
      groups.get(gid)!.epoch.push({ file: f.file, row, variant });
      groups.get(gid)!.refs.add(ref);
    }
  }

  // ---- inclusion, lab, route de-duplication
  interface Built { id: string; g: Group; lab: string; labInfo: Lab; routes: Route[] }
  const regionRank = (id: string) => (/^global\./.test(id) ? 1 : /^(us|eu|au|jp|apac|us-gov|ca|sa|ap|in|uk)\./.test(id) ? 2 : 0);

  const built: Built[] = [];
  for (const gid of [...groups.keys()].sort()) {
    const g = groups.get(gid)!;
    // de-duplicate routes: models.dev first; one LiteLLM route per provider only when models.dev has none
    const mdProviders = new Set(g.routes.filter((r) => r._origin === 'models.dev').map((r) => r.provider));
    const seen = new Set<string>();
    const routes: Route[] = [];
    const sorted = [...g.routes].sort(
      (a, b) => cmp(a._origin, b._origin) * -1 || cmp(a.provider, b.provider) || (a._rank ?? regionRank(a.model_id)) - (b._rank ?? regionRank(b.model_id)) || cmp(a.model_id, b.model_id),
    );
    const llProviders = new Set<string>();
    const mdRegional = new Set<string>();
    for (const r of sorted) {
      const k = `${r.provider}\u0000${r.model_id}`;
      if (r._origin === 'litellm') {
        if (mdProviders.has(r.provider)) {
          drop('litellm route already covered by models.dev route');
          continue;
        }
        if (llProviders.has(r.provider)) {
          drop('litellm regional/alternate route for same provider');
          continue;
        }
        llProviders.add(r.provider);
      } else {
        // models.dev lists Bedrock-style regional copies (us./eu./global.): keep the least regional one
        const base = `${r.provider}\u0000${r.model_id.replace(/^(us|eu|au|jp|apac|global|us-gov|ca|sa|ap|in|uk)\./, '')}`;
        if (mdRegional.has(base)) {
          drop('regional copy of a route (kept global/unprefixed id)');
          continue;
        }
        mdRegional.add(base);
      }
      if (seen.has(k)) {
        drop('duplicate route (same provider and model id)');
        continue;
      }
      seen.add(k);
      routes.push(r);
    }
    if (routes.length === 0) {
      drop(g.md.length ? 'models.dev model no longer served (no active route)' : 'model without active route');
      continue;
    }
    const pricedProviders = new Set(routes.filter((r) => isPriced(r.input, r.output)).map((r) => r.provider));
    // A page about a model nobody sells cannot say what it costs: every catalog model needs a paid
    // route (models without a models.dev file need three, below).
    if (g.md.length && pricedProviders.size === 0) {
      drop('served only free or unpriced (no paid route)');
      continue;
    }
    if (!g.md.length) {
      if (pricedProviders.size < 3) {
        drop('model offered by fewer than 3 priced providers');
        continue;
      }
      const outText = routes.filter((r) => r._facts).map((r) => {
        const mo = isPlainObject(r._facts!.modalities) ? r._facts!.modalities : {};
        return Array.isArray(mo.output) ? (mo.output as string[]).includes('text') : true;
      });
      if (/(embed|rerank)/.test(gid) || (outText.length && outText.filter(Boolean).length * 2 < outText.length)) {
        drop('not a text-generation model');
        continue;
      }
    }
    // lab
    let lab: string | undefined = g.md.find((m) => m.primary)?.lab ?? g.md[0]?.lab;
    if (!lab) lab = mode(g.llmStats.map((m) => labFromOrg(m.org)).filter((x): x is string => !!x));
    if (!lab) lab = mode(routes.map((r) => labFromOrg(r._org)).filter((x): x is string => !!x));
    if (!lab) lab = labFromKey(gid.replace(/^key:/, ''));
    const labInfo = lab ? LABS[lab] : undefined;
    if (!lab || !labInfo) {
      drop('no known lab for model');
      continue;
    }
    let id = gid;
    if (gid.startsWith('key:')) {
      const best = mode(g.cleanedIds.map(toRecordId).sort((a, b) => a.length - b.length || cmp(a, b)));
      id = best ?? toRecordId(gid.slice(4));
    }
    if (!isValidId(id)) {
      drop('invalid id');
      continue;
    }
    built.push({ id, g, lab, labInfo, routes });
  }

  // ---- per-model records
  const files = new Map<string, string>();
  const usedProviders = new Set<string>();
  const usedLabs = new Map<string, Lab>();
  const usedBenchmarks = new Set<string>();
  const aliases: Record<string, string[]> = {};
  const names = new Map<string, number>();
  let scoreCount = 0;
  let routeCount = 0;
  const records: { id: string; fm: Obj; body: string; name: string; labName: string }[] = [];

  for (const b of built.sort((x, y) => cmp(x.id, y.id))) {
    const { g, lab, labInfo, routes } = b;
    const fp = new Set(labInfo.firstParty ?? []);
    const primary = g.md.find((m) => m.primary) ?? g.md[0];
    const secondaryMd = g.md.filter((m) => m !== primary);
    const fpRoutes = routes
      .filter((r) => r._origin === 'models.dev' && fp.has(r.provider))
      .sort((a, b2) => cmp(a.provider, b2.provider) || a.model_id.length - b2.model_id.length || cmp(a.model_id, b2.model_id));
    const fpLl = [...g.litellmFirstParty].sort((a, b2) => a.key.length - b2.key.length || cmp(a.key, b2.key))[0]?.e;
    const ls = [...g.llmStats].sort((a, b2) => cmp(String(a.model.model_id), String(b2.model.model_id)))[0];
    const lsModel = ls?.model;
    const labRec: { data: Obj; url: string } | undefined = primary
      ? { data: primary.data, url: mdModelUrl(primary.lab, primary.id) }
      : fpRoutes[0]
        ? { data: fpRoutes[0]._facts!, url: fpRoutes[0].source }
        : undefined;
    const resellers = routes.filter((r) => r._origin === 'models.dev' && !fp.has(r.provider));

    // name
    const stripVendor = (s: string) => s.replace(/^[^:]{1,40}:\s+/, '').replace(/\s*\(latest\)$/i, '').trim();
    let name = labRec && typeof labRec.data.name === 'string' ? stripVendor(labRec.data.name) : undefined;
    if (!name && typeof lsModel?.name === 'string') name = lsModel.name.trim();
    if (!name) name = mode(routes.filter((r) => typeof r._facts?.name === 'string').map((r) => stripVendor(String(r._facts!.name))));
    if (!name) name = b.id;

    const familyRaw = (labRec?.data.family as string | undefined) ?? mode(routes.map((r) => r._facts?.family).filter((x): x is string => typeof x === 'string'));

    const familyId = typeof familyRaw === 'string' ? toRecordId(familyRaw) : undefined;
    const family = familyId && isValidId(familyId) ? familyId : undefined;
    // facts with candidate lists for disagreements
    type Cand = { value: string; source: string; note?: string };
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
    for (const m of secondaryMd) addFacts(m.data, mdModelUrl(m.lab, m.id), `models.dev ${m.lab}/${m.id}`);
    for (const r of [...fpRoutes, ...resellers]) addFacts(r._facts!, r.source, `${r.provider} route ${r.model_id}`);
    for (const r of routes.filter((x) => x._origin === 'litellm' && x.context_window)) {
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
    const released =
      okDate(ld.release_date) ??
      lsRel ??
      [...cands.released].map((c) => c.value).sort()[0];
    if (!released) {
      drop('model without a release date');
      continue;
    }
    const contextWindow = posInt(ldLimit.context) ?? posInt(fpLl?.max_input_tokens) ?? (mode(cands.context_window.map((c) => Number(c.value))) as number | undefined);
    let maxOut = posInt(ldLimit.output) ?? posInt(fpLl?.max_output_tokens) ?? (mode(routes.map((r) => r.max_output_tokens).filter((x): x is number => !!x)) as number | undefined);
    if (maxOut && contextWindow && maxOut > contextWindow) maxOut = undefined;
    const knowledge = okDate(ld.knowledge) ?? lsKnM;
    const license = (typeof ld.license === 'string' ? ld.license : undefined) ?? (primary && typeof primary.data.license === 'string' ? primary.data.license : undefined) ?? lsLicense;
    let openWeights: boolean | undefined = typeof ld.open_weights === 'boolean' ? ld.open_weights : undefined;
    if (openWeights === undefined && lsLicense) openWeights = lsLicense !== 'proprietary' && !!lsModel?.source_weights_link;
    if (openWeights === undefined) {
      const ow = cands.open_weights.map((c) => c.value);
      if (ow.length && ow.every((v) => v === ow[0])) openWeights = ow[0] === 'true';
      else if (ow.length) openWeights = mode(ow) === 'true';
    }
    const parameters = lsParams;

    // modalities
    const allowedMod = new Set(['text', 'image', 'audio', 'video', 'pdf']);
    const modsOf = (d: Obj | undefined) => {
      const mo = d && isPlainObject(d.modalities) ? d.modalities : undefined;
      if (!mo) return undefined;
      const f = (x: unknown) => (Array.isArray(x) ? [...new Set(x.map(String).filter((s) => allowedMod.has(s)))].sort() : []);
      const input = f(mo.input);
      const output = f(mo.output);
      return input.length && output.length ? { input, output } : undefined;
    };
    const modalities =
      modsOf(labRec?.data) ??
      mode(resellers.map((r) => modsOf(r._facts)).filter((x): x is { input: string[]; output: string[] } => !!x), (m) => JSON.stringify(m)) ??
      { input: fpLl?.supports_vision === true ? ['image', 'text'] : ['text'], output: ['text'] };

    // capabilities (lab / first-party only; unknown left out)
    const caps: Record<string, boolean> = {};
    if (labRec) {
      const d = labRec.data;
      caps.vision = modalities.input.includes('image');
      if (typeof d.reasoning === 'boolean') caps.reasoning = d.reasoning;
      if (typeof d.tool_call === 'boolean') caps.function_calling = d.tool_call;
      if (typeof d.structured_output === 'boolean') caps.structured_outputs = d.structured_output;
      const fpCache = fpRoutes.some((r) => r.cache_read !== undefined);
      if (fpCache) caps.prompt_caching = true;
    } else if (modalities.input.includes('image')) caps.vision = true;
    if (fpLl) {
      const setIf = (k: string, v: unknown) => {
        if (caps[k] === undefined && typeof v === 'boolean') caps[k] = v;
      };
      setIf('vision', fpLl.supports_vision);
      setIf('reasoning', fpLl.supports_reasoning);
      setIf('function_calling', fpLl.supports_function_calling);
      setIf('structured_outputs', fpLl.supports_response_schema);
      setIf('prompt_caching', fpLl.supports_prompt_caching);
    }

    // status
    const st = String(ld.status ?? '');
    const status = st === 'deprecated' ? 'deprecated' : st === 'alpha' || st === 'beta' || /(^|-)preview($|-)/.test(b.id) ? 'preview' : 'active';

    // disagreements
    const kept: Record<FactField, string | undefined> = {
      released,
      context_window: contextWindow !== undefined ? String(contextWindow) : undefined,
      open_weights: openWeights !== undefined ? String(openWeights) : undefined,
      knowledge_cutoff: knowledge,
      parameters: parameters !== undefined ? String(parameters) : undefined,
    };
    const disagreements: Obj[] = [];
    for (const field of FACT_FIELDS) {
      const k = kept[field];
      if (k === undefined) continue;
      const differing = cands[field].filter((c) => (field === 'released' || field === 'knowledge_cutoff' ? !sameDate(c.value, k) : c.value !== k));
      const byValue = new Map<string, Cand[]>();
      for (const c of differing) byValue.set(c.value, [...(byValue.get(c.value) ?? []), c]);
      const top = [...byValue.entries()].sort((a, c) => c[1].length - a[1].length || cmp(a[0], c[0])).slice(0, 3);
      for (const [value, cs] of top) {
        const first = [...cs].sort((a, c) => cmp(a.source, c.source))[0];
        if (!first) continue; // byValue groups always hold at least one candidate
        disagreements.push({ field, value, source: first.source, note: cs.length > 1 ? `${first.note} (and ${cs.length - 1} more)` : first.note });
      }
    }

    // sources
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

    // benchmarks
    const scores: Score[] = [];
    const pushScore = (s: Score) => {
      if (!okDate(s.as_of)) {
        drop('benchmark score with missing/future date');
        return;
      }
      scores.push(s);
    };
    for (const m of g.md) {
      for (const bm of (Array.isArray(m.data.benchmarks) ? m.data.benchmarks : []) as Obj[]) {
        const mapped = mapModelsDevBenchmark(String(bm.name ?? ''));
        if (!mapped) {
          drop('benchmark not mapped (models.dev)');
          continue;
        }
        if (typeof bm.metric === 'string' && /index/i.test(bm.metric)) {
          drop('benchmark not mapped (models.dev)');
          continue;
        }
        const score = scaleScore(bm.score, 1, mapped.id);
        if (score === undefined) {
          drop('benchmark score out of range or not numeric');
          continue;
        }
        const variant = [mapped.variant, bm.variant, bm.harness, bm.dataset, bm.version].filter((x) => typeof x === 'string' && x).join(', ') || undefined;
        const source = cleanUrl(bm.source) ?? mdModelUrl(m.lab, m.id);
        pushScore({ id: mapped.id, score, self_reported: !isIndependentSource(source), variant, source, as_of: okDate(bm.date) ?? MD_AS_OF, dataset: 'models-dev' });
      }
    }
    for (const m of g.llmStats) {
      const date = okDate(m.model.announcement_date) ?? okDate(m.model.release_date) ?? '2025-10-24';
      for (const row of m.benchmarks) {
        const mapped = mapLlmStatsBenchmark(String(row.benchmark_id), row.analysis_method as string | null);
        if (!mapped) {
          drop('benchmark not mapped (llm-stats)');
          continue;
        }
        const raw = num(row.score);
        const score = raw !== undefined && raw <= 1 ? scaleScore(raw, 100, mapped.id) : undefined;
        if (score === undefined) {
          drop('benchmark score out of range or not numeric');
          continue;
        }
        const source = cleanUrl(row.self_reported_source_link) ?? llmStatsUrl(m.org, String(m.model.model_id));
        pushScore({ id: mapped.id, score, self_reported: row.is_self_reported !== false, variant: mapped.variant, source, as_of: date, dataset: 'llm-stats' });
      }
    }
    for (const e of g.epoch) {
      const cfg = EPOCH_FILES.find((c) => c.file === e.file)!;
      const score = scaleScore(e.row[cfg.scoreCol], cfg.scale, cfg.benchmark);
      if (score === undefined) {
        drop('benchmark score out of range or not numeric');
        continue;
      }
      const vparts: string[] = [];
      if (cfg.kind === 'epoch-run') vparts.push('Epoch AI run');
      if (e.variant && e.variant !== 'unknown') vparts.push(`${e.variant} effort`);
      for (const c of cfg.variantCols ?? []) {
        const v = (e.row[c] ?? '').trim();
        if (v) vparts.push(c === 'Shots' ? `${v}-shot` : c === 'Agent' ? `agent: ${v}` : v);
      }
      const srcCell = cfg.sourceCol ? (e.row[cfg.sourceCol] ?? '').trim() : '';
      const source = cleanUrl(srcCell) ?? cfg.defaultSource;
      const dateCell = cfg.dateCol ? okDate((e.row[cfg.dateCol] ?? '').slice(0, 10)) : undefined;
      pushScore({ id: cfg.benchmark, score, self_reported: false, variant: vparts.join(', ') || undefined, source, as_of: dateCell ?? EPOCH_AS_OF, dataset: 'epoch-ai' });
    }
    // one score per (benchmark, dataset, self_reported, variant): keep the highest, ties by source
    const bestScores = new Map<string, Score>();
    for (const s of scores) {
      const k = [s.id, s.dataset, s.self_reported, s.variant ?? ''].join('\u0000');
      const cur = bestScores.get(k);
      if (!cur || s.score > cur.score || (s.score === cur.score && cmp(s.source, cur.source) < 0)) {
        if (cur) drop('duplicate benchmark score (kept highest)');
        bestScores.set(k, s);
      } else drop('duplicate benchmark score (kept highest)');
    }
    const benchmarks = [...bestScores.values()].sort(
      (a, c) => cmp(a.id, c.id) || cmp(a.dataset, c.dataset) || Number(a.self_reported) - Number(c.self_reported) || cmp(a.variant ?? '', c.variant ?? '') || c.score - a.score,
    );
    for (const s of benchmarks) usedBenchmarks.add(s.id);
    scoreCount += benchmarks.length;

    // routes out
    const routesOut = routes
      .map((r) => {
        const o: Obj = { provider: r.provider, model_id: r.model_id };
        if (r.input !== undefined) o.input = round6(r.input);
        if (r.output !== undefined) o.output = round6(r.output);
        if (r.cache_read !== undefined) o.cache_read = round6(r.cache_read);
        if (r.free) o.free = true;
        if (r.context_window !== undefined && r.context_window !== contextWindow) o.context_window = r.context_window;
        if (r.max_output_tokens !== undefined && r.max_output_tokens !== maxOut) o.max_output_tokens = r.max_output_tokens;
        if (r.status) o.status = r.status;
        o.source = r.source;
        o.as_of = r.as_of;
        return o;
      })
      .sort((a, c) => cmp(String(a.provider), String(c.provider)) || cmp(String(a.model_id), String(c.model_id)));
    for (const r of routes) usedProviders.add(r.provider);
    usedLabs.set(lab, labInfo);
    routeCount += routesOut.length;

    const tags: string[] = [];
    if (/(code|coder|codex|devstral|codestral)/.test(b.id)) tags.push('coding');
    if (caps.reasoning) tags.push('reasoning');
    if (caps.vision) tags.push('vision');
    if (caps.function_calling) tags.push('tool-use');
    if (contextWindow && contextWindow >= 1_000_000) tags.push('long-context');
    if (openWeights) tags.push('open-weights');

    const fm: Obj = { name, lab };
    if (family) fm.family = family;
    fm.released = released;
    fm.status = status;
    if (parameters) fm.parameters = parameters;
    if (contextWindow) fm.context_window = contextWindow;
    if (maxOut) fm.max_output_tokens = maxOut;
    if (knowledge) fm.knowledge_cutoff = knowledge;
    if (license) fm.license = license;
    if (openWeights !== undefined) fm.open_weights = openWeights;
    fm.modalities = modalities;
    const capOrder = ['vision', 'reasoning', 'function_calling', 'structured_outputs', 'prompt_caching'];
    const capOut: Obj = {};
    for (const k of capOrder) if (caps[k] !== undefined) capOut[k] = caps[k];
    if (Object.keys(capOut).length) fm.capabilities = capOut;
    if (tags.length) fm.tags = tags;
    if (sources.size) fm.sources = [...sources];
    if (disagreements.length) fm.disagreements = disagreements;
    fm.routes = routesOut;
    if (benchmarks.length) {
      fm.benchmarks = benchmarks.map((s) => {
        const o: Obj = { id: s.id, score: s.score, self_reported: s.self_reported };
        if (s.variant) o.variant = s.variant;
        o.source = s.source;
        o.as_of = s.as_of;
        o.dataset = s.dataset;
        return o;
      });
    }
    fm.data_as_of = REVIEWED;
    records.push({ id: b.id, fm, name, body: '', labName: labInfo.name });
    names.set(name, (names.get(name) ?? 0) + 1);
    aliases[b.id] = [...g.refs].sort();
  }

  // unique names: disambiguate with the id where two records share a display name
  for (const r of records) {
    if ((names.get(r.name) ?? 0) > 1) {
      r.fm.name = `${r.name} (${r.id})`;
      drop('display name disambiguated with id (not dropped)');
    }
    r.body = renderProfile(r.fm, { labName: r.labName, providerNames, benchmarkNames: BENCHMARKS });
    files.set(`models/${r.id}.md`, frontMatter(r.fm, r.body));
  }

  // providers
  for (const p of [...usedProviders].sort()) {
    const info = providerNames.get(p) ?? EXTRA_PROVIDERS[p];
    if (!info) throw new Error(`no name/url for provider ${p}`);
    const o: Obj = { name: info.name, url: info.url, kind: providerKind(p) };
    const cur = providerCurrency(p);
    if (cur) o.currency = cur;
    files.set(`providers/${p}.yaml`, toYaml(o));
  }
  for (const [l, info] of [...usedLabs].sort((a, b) => cmp(a[0], b[0]))) files.set(`labs/${l}.yaml`, toYaml({ name: info.name, url: info.url }));
  for (const bid of [...usedBenchmarks].sort()) {
    const d = BENCHMARKS[bid];
    // scaleScore() rejects ids missing from BENCHMARKS, so every used id is defined
    if (!d) throw new Error(`no definition for benchmark ${bid}`);
    const o: Obj = { name: d.name, description: d.description, url: d.url, unit: d.unit, category: d.category };
    if (d.materiality !== undefined) o.materiality = d.materiality;
    if (d.min !== undefined) o.min = d.min;
    if (d.max !== undefined) o.max = d.max;
    files.set(`benchmarks/${bid}.yaml`, toYaml(o));
  }
  const aliasOut: Obj = {};
  for (const k of Object.keys(aliases).sort()) aliasOut[k] = aliases[k];
  files.set('aliases.yaml', toYaml(aliasOut));

  const summary: Summary = {
    models: records.length,
    routes: routeCount,
    providers: usedProviders.size,
    labs: usedLabs.size,
    benchmarkScores: scoreCount,
    benchmarks: usedBenchmarks.size,
    dropped: Object.fromEntries(Object.entries(dropped).sort((a, b) => cmp(a[0], b[0]))),
  };
  return { files, summary };
}
