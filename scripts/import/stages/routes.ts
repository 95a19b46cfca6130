/**
 * Routes stage: every priced provider route from models.dev and LiteLLM, attached to its canonical
 * group through the identity table, then de-duplicated; decides which groups become catalogue models.
 *
 * Source precedence: a models.dev route wins over a LiteLLM entry for the same provider (models.dev
 * is reviewed per route and links its file); LiteLLM fills providers models.dev lacks, one entry per
 * provider (the least regional key).
 */
import { applyBaseModel, isPlainObject } from '../merge.ts';
import { cleanModelId, isValidId, matchKey, toRecordId } from '../ids.ts';
import { checkPrice, isFree, isPriced, perTokenToPerMillion } from '../prices.ts';
import { LABS, labFromKey, labFromOrg } from '../labs.ts';
import { LITELLM_PROVIDERS, litellmModelId, litellmRegionRank } from '../providers.ts';
import type { SourceData } from '../sources.ts';
import type { IdentityTable } from './identity.ts';
import {
  LITELLM_AS_OF, LITELLM_URL, MD_AS_OF, cleanUrl, cmp, mdRouteUrl, mode, num, orgOf, posInt,
  type Drops, type IncludedModel, type Route,
} from './context.ts';

/** LiteLLM modes that are text generation priced per token. */
const LITELLM_MODES = new Set(['chat', 'completion', 'responses']);
/**
 * A model without a models.dev model file enters the catalogue only when this many providers sell it:
 * below that, a normalised id is too likely a one-off spelling or a private deployment.
 */
export const MIN_PRICED_PROVIDERS_WITHOUT_LAB_RECORD = 3;
const REGION_PREFIX = /^(us|eu|au|jp|apac|global|us-gov|ca|sa|ap|in|uk)\./;

/** Reads every models.dev route and LiteLLM entry into the identity table's groups. */
export function collectRoutes(src: SourceData, t: IdentityTable, drops: Drops): void {
  for (const r of src.mdRoutes) {
    const ref = `models.dev:${r.provider}:${r.modelId}`;
    const baseRef = typeof r.data.base_model === 'string' ? r.data.base_model : undefined;
    const base = baseRef ? t.mdByPath.get(baseRef) : undefined;
    if (baseRef && !base) drops.add('models.dev route with unknown base_model');
    const d = applyBaseModel(r.data, base);
    if (d.status === 'deprecated') {
      drops.add('deprecated route (models.dev status)');
      continue;
    }
    const cleaned = cleanModelId(r.modelId, r.provider);
    const key = matchKey(cleaned);
    const gid = t.resolve(ref, key, baseRef ? t.mdCanon.get(baseRef) : undefined);
    if (!gid) {
      drops.add('excluded by overrides');
      continue;
    }
    const cost = isPlainObject(d.cost) ? d.cost : {};
    const input = num(cost.input);
    const output = num(cost.output);
    const cacheRead = num(cost.cache_read);
    const pc = checkPrice(input, output, cacheRead);
    if (pc !== 'ok') {
      drops.add(pc === 'negative' ? 'route price negative' : 'route price above 1000 USD/1M (unit error)');
      continue;
    }
    const limit = isPlainObject(d.limit) ? d.limit : {};
    const g = t.group(gid);
    g.routes.push({
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
    });
    g.refs.add(ref);
    g.cleanedIds.push(cleaned);
  }

  for (const [key, e] of Object.entries(src.litellm)) {
    if (!LITELLM_MODES.has(String(e.mode))) {
      drops.add('litellm entry not chat/completion/responses');
      continue;
    }
    const provider = LITELLM_PROVIDERS[String(e.litellm_provider ?? '')];
    if (provider === undefined) {
      drops.add('litellm provider not mapped');
      continue;
    }
    if (provider === null) {
      drops.add('litellm provider skipped (local/subscription/retired)');
      continue;
    }
    if (key.startsWith('ft:') || key.includes('/ft:')) {
      drops.add('litellm fine-tuning price');
      continue;
    }
    const dep = typeof e.deprecation_date === 'string' ? e.deprecation_date : undefined;
    if (dep && dep <= LITELLM_AS_OF) {
      drops.add('deprecated route (litellm deprecation_date passed)');
      continue;
    }
    const input = perTokenToPerMillion(e.input_cost_per_token);
    const output = perTokenToPerMillion(e.output_cost_per_token);
    const cacheRead = perTokenToPerMillion(e.cache_read_input_token_cost);
    const pc = checkPrice(input, output, cacheRead);
    if (pc !== 'ok') {
      drops.add(pc === 'negative' ? 'route price negative' : 'route price above 1000 USD/1M (unit error)');
      continue;
    }
    const modelId = litellmModelId(key);
    const cleaned = cleanModelId(modelId, provider);
    const ref = `litellm:${key}`;
    const gid = t.resolve(ref, matchKey(cleaned));
    if (!gid) {
      drops.add('excluded by overrides');
      continue;
    }
    const g = t.group(gid);
    g.refs.add(ref);
    const labGuess = g.md[0]?.lab;
    if (labGuess && (LABS[labGuess]?.firstParty ?? []).includes(provider) && litellmRegionRank(key) === 0) {
      g.litellmFirstParty.push({ key, e });
    }
    if (input === undefined || output === undefined) {
      drops.add('litellm entry without input+output price');
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
}

const regionRank = (id: string) => (/^global\./.test(id) ? 1 : REGION_PREFIX.test(id) ? 2 : 0);

/** One route per provider and id: models.dev first; one LiteLLM route per provider only when models.dev has none. */
export function dedupeRoutes(all: Route[], drops: Drops): Route[] {
  const mdProviders = new Set(all.filter((r) => r._origin === 'models.dev').map((r) => r.provider));
  const seen = new Set<string>();
  const routes: Route[] = [];
  const sorted = [...all].sort(
    (a, b) => cmp(a._origin, b._origin) * -1 || cmp(a.provider, b.provider) || (a._rank ?? regionRank(a.model_id)) - (b._rank ?? regionRank(b.model_id)) || cmp(a.model_id, b.model_id),
  );
  const llProviders = new Set<string>();
  const mdRegional = new Set<string>();
  for (const r of sorted) {
    const k = `${r.provider}\u0000${r.model_id}`;
    if (r._origin === 'litellm') {
      if (mdProviders.has(r.provider)) {
        drops.add('litellm route already covered by models.dev route');
        continue;
      }
      if (llProviders.has(r.provider)) {
        drops.add('litellm regional/alternate route for same provider');
        continue;
      }
      llProviders.add(r.provider);
    } else {
      // models.dev lists Bedrock-style regional copies (us./eu./global.): keep the least regional one
      const base = `${r.provider}\u0000${r.model_id.replace(REGION_PREFIX, '')}`;
      if (mdRegional.has(base)) {
        drops.add('regional copy of a route (kept global/unprefixed id)');
        continue;
      }
      mdRegional.add(base);
    }
    if (seen.has(k)) {
      drops.add('duplicate route (same provider and model id)');
      continue;
    }
    seen.add(k);
    routes.push(r);
  }
  return routes;
}

/** Decides which groups become catalogue models, with their lab, record id and de-duplicated routes. */
export function selectModels(t: IdentityTable, drops: Drops): IncludedModel[] {
  const out: IncludedModel[] = [];
  for (const gid of [...t.groups.keys()].sort()) {
    const g = t.groups.get(gid)!;
    const routes = dedupeRoutes(g.routes, drops);
    if (routes.length === 0) {
      drops.add(g.md.length ? 'models.dev model no longer served (no active route)' : 'model without active route');
      continue;
    }
    const pricedProviders = new Set(routes.filter((r) => isPriced(r.input, r.output)).map((r) => r.provider));
    // A page about a model nobody sells cannot say what it costs: every catalog model needs a paid
    // route (models without a models.dev file need three, below).
    if (g.md.length && pricedProviders.size === 0) {
      drops.add('served only free or unpriced (no paid route)');
      continue;
    }
    if (!g.md.length) {
      if (pricedProviders.size < MIN_PRICED_PROVIDERS_WITHOUT_LAB_RECORD) {
        drops.add('model offered by fewer than 3 priced providers');
        continue;
      }
      const outText = routes.filter((r) => r._facts).map((r) => {
        const mo = isPlainObject(r._facts!.modalities) ? r._facts!.modalities : {};
        return Array.isArray(mo.output) ? (mo.output as string[]).includes('text') : true;
      });
      if (/(embed|rerank)/.test(gid) || (outText.length && outText.filter(Boolean).length * 2 < outText.length)) {
        drops.add('not a text-generation model');
        continue;
      }
    }
    let lab: string | undefined = g.md.find((m) => m.primary)?.lab ?? g.md[0]?.lab;
    if (!lab) lab = mode(g.llmStats.map((m) => labFromOrg(m.org)).filter((x): x is string => !!x));
    if (!lab) lab = mode(routes.map((r) => labFromOrg(r._org)).filter((x): x is string => !!x));
    if (!lab) lab = labFromKey(gid.replace(/^key:/, ''));
    const labInfo = lab ? LABS[lab] : undefined;
    if (!lab || !labInfo) {
      drops.add('no known lab for model');
      continue;
    }
    let id = gid;
    if (gid.startsWith('key:')) {
      const best = mode(g.cleanedIds.map(toRecordId).sort((a, b) => a.length - b.length || cmp(a, b)));
      id = best ?? toRecordId(gid.slice(4));
    }
    if (!isValidId(id)) {
      drops.add('invalid id');
      continue;
    }
    out.push({ id, g, lab, labInfo, routes });
  }
  return out.sort((x, y) => cmp(x.id, y.id));
}
