/**
 * Routes stage: every priced provider route from models.dev and LiteLLM, attached to its canonical
 * group through the identity table, then de-duplicated; decides which groups become catalogue models.
 *
 * Source precedence: a models.dev route wins over a LiteLLM entry for the same provider (models.dev
 * is reviewed per route and links its file); LiteLLM fills providers models.dev lacks, one entry per
 * provider (the least regional key).
 */
import { applyBaseModel, isPlainObject } from '../merge.ts';
import { cleanModelId, isValidId, keyOf, matchKey, toRecordId } from '../ids.ts';
import { checkPrice, isFree, isPriced, perTokenToPerMillion } from '../prices.ts';
import { LABS, ORG_TO_LAB, labFromKey, labFromOrg } from '../labs.ts';
import { LITELLM_PROVIDERS, litellmModelId, litellmRegionRank } from '../providers.ts';
import type { SourceData } from '../sources.ts';
import type { IdentityTable } from './identity.ts';
import {
  LITELLM_AS_OF, LITELLM_URL, MD_AS_OF, cleanUrl, cmp, mdRouteUrl, mode, num, okDate, orgOf, posInt,
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
/** Why a route's prices cannot be used (negative, or a unit error above the ceiling), as the drop reason; null when they can. */
function priceDropReason(...prices: (number | undefined)[]): string | null {
  const pc = checkPrice(...prices);
  return pc === 'ok' ? null : pc === 'negative' ? 'route price negative' : 'route price above 1000 USD/1M (unit error)';
}

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
    const bad = priceDropReason(input, output, cacheRead);
    if (bad) {
      drops.add(bad);
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
    const bad = priceDropReason(input, output, cacheRead);
    if (bad) {
      drops.add(bad);
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

/**
 * A date at the end of an id: 2025-04-14, 20250514, 02-23 (month-day), 2508 / 0528 (year-month or
 * month-day). Sizes never look like this (no month 40, no day 48), so only dates are cut.
 */
const SNAPSHOT_DATE = /-(20\d{2}-?(?:0[1-9]|1[0-2])-?(?:0[1-9]|[12]\d|3[01])|(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])|2[3-6](?:0[1-9]|1[0-2])|(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]))$/;
/** Host names resellers put before a model id (azure-gpt-4o on nano-gpt = Azure's GPT-4o). */
const HOST_PREFIXES = new Set(['azure', 'alicloud', 'aws', 'vertex', 'bedrock']);

/** The id without its snapshot date, and the date; undefined when the id carries no date. */
export function splitSnapshot(key: string): { base: string; date: string } | undefined {
  const m = SNAPSHOT_DATE.exec(key);
  if (!m?.[1]) return undefined;
  return { base: matchKey(key.slice(0, m.index)), date: m[1].replace(/-/g, '') };
}

/** A snapshot and its alias are the same release only when their dates are at most this far apart. */
export const SAME_RELEASE_DAYS = 45;

/** The calendar date a snapshot suffix names; a month-day suffix takes the year of `near`. */
export function snapshotDate(key: string, near: string | undefined): string | undefined {
  const d = SNAPSHOT_DATE.exec(key)?.[1]?.replace(/-/g, '');
  if (!d) return undefined;
  if (d.length === 8) return `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6)}`;
  const yy = Number(d.slice(0, 2));
  const mm = Number(d.slice(2));
  if (yy >= 23 && yy <= 26 && mm >= 1 && mm <= 12) return `20${d.slice(0, 2)}-${d.slice(2)}-15`;
  return near ? `${near.slice(0, 4)}-${d.slice(0, 2)}-${d.slice(2)}` : undefined;
}

/** True when both dates are known and at most SAME_RELEASE_DAYS apart (month-only dates count as the 15th). */
export function sameRelease(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  const day = (s: string) => Date.parse(s.length === 7 ? `${s}-15` : s);
  return Math.abs(day(a) - day(b)) <= SAME_RELEASE_DAYS * 86_400_000;
}

/** A leading organisation or host word ("anthropic--claude-3-opus", "zai-glm-4.7", "azure-o1"). */
export function splitOrgPrefix(key: string): { prefix: string; rest: string; lab?: string | undefined } | undefined {
  const m = /^([a-z0-9]+(?:-[a-z0-9]+)?)--?(.+)$/.exec(key);
  const parts = key.split(/-+/);
  const candidates: [string, string][] = [];
  if (m?.[1] && m[2]) candidates.push([m[1], m[2]]);
  if (parts[0]) candidates.push([parts[0], parts.slice(1).join('-')]);
  for (const [prefix, rest] of candidates) {
    if (!rest) continue;
    if (HOST_PREFIXES.has(prefix)) return { prefix, rest: matchKey(rest) };
    const lab = ORG_TO_LAB[prefix];
    if (lab) return { prefix, rest: matchKey(rest), lab };
  }
  return undefined;
}

/** Serving variants of the same weights: quantisation, trusted-execution (TEE), throughput or speed tiers. */
const SERVING_SUFFIX = /-(fp8|fp4|nvfp4|fp16|bf16|int4|int8|awq|mtp|dynamic|mixed|ar|tee|tput|fast|turbo|flex|cheaper|original|hf)$/;
/** Suffixes that can only name a way of serving weights, never a model line ("grok-4-fast" is a model). */
const QUANT_OR_HOSTING_SUFFIX = /-(fp8|fp4|nvfp4|fp16|bf16|int4|int8|awq|mtp|dynamic|tee|tput|hf|original|instruct-turbo)$/;
const THINKING_SUFFIX = /-(thinking|think)$/;

export interface SpellingVariant {
  /** The rules applied, joined for the review ("thinking mode + dated snapshot"). */
  rule: string;
  key: string;
  /** The organisation word names this lab: the target must be the lab's model. */
  lab?: string | undefined;
  /** A date was cut: the target must have no other snapshot, released when this one was. */
  dated: boolean;
  /** Only a model with a lab record may take this variant (kept for rules that need the lab's own facts). */
  needsLabRecord: boolean;
  /** Only a model that reasons has a thinking mode to switch on. */
  needsReasoning: boolean;
}

/** Candidate keys for an unknown id, fewest rules first (each rule is one of the README's spellings). */
export function spellingVariants(key: string): SpellingVariant[] {
  const out: SpellingVariant[] = [];
  const seen = new Set<string>([key]);
  const step = (v: SpellingVariant, rule: string, next: string, extra: Partial<SpellingVariant>): SpellingVariant | undefined =>
    next && next !== v.key ? { ...v, ...extra, rule: v.rule ? `${v.rule} + ${rule}` : rule, key: matchKey(next) } : undefined;
  let frontier: SpellingVariant[] = [{ rule: '', key, dated: false, needsLabRecord: false, needsReasoning: false }];
  for (let depth = 0; depth < 4; depth++) {
    const next: SpellingVariant[] = [];
    for (const v of frontier) {
      const org = splitOrgPrefix(v.key);
      const snap = splitSnapshot(v.key);
      for (const c of [
        org ? step(v, 'organisation or host prefix', org.rest, { lab: org.lab ?? v.lab }) : undefined,
        THINKING_SUFFIX.test(v.key) ? step(v, 'thinking mode', v.key.replace(THINKING_SUFFIX, ''), { needsReasoning: true }) : undefined,
        SERVING_SUFFIX.test(v.key) ? step(v, 'serving variant', v.key.replace(SERVING_SUFFIX, ''), { needsLabRecord: v.needsLabRecord }) : undefined,
        snap ? step(v, 'dated snapshot', snap.base, { dated: true }) : undefined,
      ]) {
        if (c && !seen.has(c.key)) {
          seen.add(c.key);
          next.push(c);
        }
      }
    }
    out.push(...next);
    frontier = next;
  }
  return out;
}

/**
 * Attaches groups that are another spelling of a model already in the catalogue, by the README's
 * rules ("Mapping one model across providers and sources", rule 2): an organisation or host word
 * before the id, and a date-pinned snapshot when it is the only snapshot of that alias (several
 * snapshots need a curated merge naming the one the alias points to). A model "in the catalogue"
 * has a lab record or enough priced providers on its own; an attached route needs neither.
 * Returns how many routes were attached per rule.
 */
export function attachToKnown(t: IdentityTable, drops: Drops): Record<string, number> {
  const priced = (gid: string) => new Set(t.groups.get(gid)!.routes.filter((r) => isPriced(r.input, r.output)).map((r) => r.provider)).size;
  const isKnown = (gid: string) => t.groups.get(gid)!.md.length > 0 || priced(gid) >= MIN_PRICED_PROVIDERS_WITHOUT_LAB_RECORD;
  const keysOf = (gid: string) => {
    const g = t.groups.get(gid)!;
    return new Set([gid.startsWith('key:') ? gid.slice(4) : matchKey(gid), ...g.cleanedIds.map(matchKey), ...g.md.map((m) => keyOf(m.id))]);
  };
  const known = new Map<string, Set<string>>();
  const snapshots = new Map<string, Set<string>>();
  for (const gid of [...t.groups.keys()].sort()) {
    for (const k of keysOf(gid)) {
      const snap = splitSnapshot(k);
      if (snap) snapshots.set(snap.base, new Set([...(snapshots.get(snap.base) ?? []), snap.date]));
      if (isKnown(gid)) known.set(k, new Set([...(known.get(k) ?? []), gid]));
    }
  }
  for (const [k, canon] of t.rules.mergeKey) {
    const snap = splitSnapshot(k);
    if (snap) snapshots.set(snap.base, new Set([...(snapshots.get(snap.base) ?? []), snap.date]));
    const gid = t.redirect.get(canon) ?? canon;
    if (t.groups.has(gid) && isKnown(gid)) known.set(k, new Set([...(known.get(k) ?? []), gid]));
  }
  const labOf = (gid: string) => t.groups.get(gid)!.md[0]?.lab ?? labFromKey(gid.replace(/^key:/, ''));
  // The lab record says so, or (without one) most of the model's routes do.
  const reasons = (gid: string) => {
    const g = t.groups.get(gid)!;
    if (g.md.length) return g.md.some((m) => m.data.reasoning === true);
    const said = g.routes.map((r) => r._facts?.reasoning).filter((x) => typeof x === 'boolean');
    return said.filter(Boolean).length * 2 > said.length;
  };
  const released = (gid: string): string | undefined => {
    const g = t.groups.get(gid)!;
    return okDate(g.md[0]?.data.release_date) ?? [...g.routes.map((r) => okDate(r._facts?.release_date)).filter((x): x is string => !!x)].sort()[0];
  };

  const attached: Record<string, number> = {};
  for (const gid of [...t.groups.keys()].sort()) {
    if (!gid.startsWith('key:')) continue;
    const g = t.groups.get(gid)!;
    const key = gid.slice(4);
    // A group that could enter on its own (enough providers) is still a serving or thinking variant
    // of a lab's model when its id says so; the other rules only place groups that would not enter.
    const selfKnown = isKnown(gid);
    const tries = selfKnown
      ? QUANT_OR_HOSTING_SUFFIX.test(key)
        ? spellingVariants(key).filter((v) => v.rule === 'serving variant' || v.rule === 'serving variant + serving variant')
        : []
      : spellingVariants(key);
    let target: string | undefined;
    let rule = '';
    for (const tr of tries) {
      const hits = [...(known.get(tr.key) ?? [])].filter(
        (h) => h !== gid && (!tr.lab || labOf(h) === tr.lab) && (!tr.needsLabRecord || t.groups.get(h)!.md.length > 0) && (!tr.needsReasoning || reasons(h)),
      );
      if (hits.length > 1) {
        t.outcome.set(gid, { reason: 'another spelling of several catalogue models (needs a curated merge)', candidate: hits.join(', ') });
        break;
      }
      if (hits.length === 0) continue;
      // A snapshot or thinking id is the alias's model only if it came out when the alias did: a later
      // date names a new release (qwen3-30b-a3b-2507 is not April's Qwen3-30B-A3B).
      if ((tr.dated || tr.needsReasoning) && !sameRelease(tr.dated ? snapshotDate(key, released(hits[0]!)) : released(gid), released(hits[0]!))) {
        t.outcome.set(gid, { reason: 'dated or thinking id of a catalogue model released at another time (a different release)', candidate: hits[0] });
        break;
      }
      if (tr.dated && (snapshots.get(tr.key)?.size ?? 0) > 1) {
        t.outcome.set(gid, { reason: 'one of several dated snapshots of a catalogue model (needs a curated merge naming the one the alias points to)', candidate: hits[0] });
        break;
      }
      target = hits[0];
      rule = tr.rule;
      break;
    }
    if (!target || !g.routes.length) continue;
    const into = t.groups.get(target)!;
    into.routes.push(...g.routes);
    into.cleanedIds.push(...g.cleanedIds);
    for (const r of g.refs) into.refs.add(r);
    into.litellmFirstParty.push(...g.litellmFirstParty);
    t.groups.delete(gid);
    t.redirect.set(gid, target);
    for (const [from, to] of t.redirect) if (to === gid) t.redirect.set(from, target);
    t.outcome.set(gid, { reason: `attached: ${rule}`, candidate: target, attached: true });
    attached[rule] = (attached[rule] ?? 0) + g.routes.length;
    drops.add(`route attached to a catalogue model (${rule}; not dropped)`, g.routes.length);
  }
  return attached;
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
  const leaveOut = (gid: string, reason: string) => {
    drops.add(reason);
    if (!t.outcome.has(gid)) t.outcome.set(gid, { reason });
  };
  for (const gid of [...t.groups.keys()].sort()) {
    const g = t.groups.get(gid)!;
    const routes = dedupeRoutes(g.routes, drops);
    if (routes.length === 0) {
      leaveOut(gid, g.md.length ? 'models.dev model no longer served (no active route)' : 'model without active route');
      continue;
    }
    const pricedProviders = new Set(routes.filter((r) => isPriced(r.input, r.output)).map((r) => r.provider));
    // A page about a model nobody sells cannot say what it costs: every catalog model needs a paid
    // route (models without a models.dev file need three, below).
    if (g.md.length && pricedProviders.size === 0) {
      leaveOut(gid, 'served only free or unpriced (no paid route)');
      continue;
    }
    if (!g.md.length) {
      if (pricedProviders.size < MIN_PRICED_PROVIDERS_WITHOUT_LAB_RECORD) {
        leaveOut(gid, 'model offered by fewer than 3 priced providers');
        continue;
      }
      const outText = routes.filter((r) => r._facts).map((r) => {
        const mo = isPlainObject(r._facts!.modalities) ? r._facts!.modalities : {};
        return Array.isArray(mo.output) ? (mo.output as string[]).includes('text') : true;
      });
      if (/(embed|rerank)/.test(gid) || (outText.length && outText.filter(Boolean).length * 2 < outText.length)) {
        leaveOut(gid, 'not a text-generation model');
        continue;
      }
    }
    let lab: string | undefined = g.md.find((m) => m.primary)?.lab ?? g.md[0]?.lab;
    if (!lab) lab = mode(g.llmStats.map((m) => labFromOrg(m.org)).filter((x): x is string => !!x));
    if (!lab) lab = mode(routes.map((r) => labFromOrg(r._org)).filter((x): x is string => !!x));
    if (!lab) lab = labFromKey(gid.replace(/^key:/, ''));
    const labInfo = lab ? LABS[lab] : undefined;
    if (!lab || !labInfo) {
      leaveOut(gid, 'no known lab for model');
      continue;
    }
    let id = gid;
    if (gid.startsWith('key:')) {
      const best = mode(g.cleanedIds.map(toRecordId).sort((a, b) => a.length - b.length || cmp(a, b)));
      id = best ?? toRecordId(gid.slice(4));
    }
    if (!isValidId(id)) {
      leaveOut(gid, 'invalid id');
      continue;
    }
    out.push({ id, g, lab, labInfo, routes });
  }
  return out.sort((x, y) => cmp(x.id, y.id));
}
