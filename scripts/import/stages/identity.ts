/**
 * Identity stage: which canonical model each source id belongs to.
 *
 * Canonical ids come from models.dev `models/<lab>/<id>` (the data-sources README, "Mapping one model
 * across providers and sources", rule 1); every other id is normalised by ids.ts (rule 2) and looked
 * up in the curated merge/split/exclude decisions (rule 4, curated/aliases.yaml). Nothing is fuzzy:
 * an id either normalises to a known key or it starts its own group ("key:<match key>").
 */
import { keyOf, matchKey, splitEpochVersion, toRecordId } from '../ids.ts';
import { EPOCH_FILES } from '../benchmarks.ts';
import type { Obj } from '../merge.ts';
import type { SourceData } from '../sources.ts';
import type { AliasesFile } from '../curated/schema.ts';
import { cmp, type Drops, type Group, type IncludedModel } from './context.ts';

/** Curated alias decisions in the shape the lookup uses. */
export interface AliasRules {
  /** match key of a plain member id -> canonical id */
  mergeKey: Map<string, string>;
  /** "source:provider:id" reference -> canonical id */
  mergeRef: Map<string, string>;
  /** reference -> canonical id; wins over every rule */
  split: Map<string, string>;
  /** references and match keys left out */
  exclude: Set<string>;
}

export function aliasRules(file: AliasesFile): AliasRules {
  const mergeKey = new Map<string, string>();
  const mergeRef = new Map<string, string>();
  // Sorted by canonical id so a member listed under two entries resolves the same way every run.
  for (const e of [...file.merge].sort((a, b) => cmp(a.into, b.into))) {
    for (const m of e.same) {
      if (m.includes(':')) mergeRef.set(m, e.into);
      else mergeKey.set(matchKey(m), e.into);
    }
    mergeKey.set(matchKey(e.into), e.into);
  }
  const split = new Map(file.split.map((s) => [s.ref, s.into] as const));
  const exclude = new Set(file.exclude.map((x) => (x.id.includes(':') ? x.id : matchKey(x.id))));
  return { mergeKey, mergeRef, split, exclude };
}

/**
 * The identity table: canonical groups and the lookup every later stage uses to place a source id.
 * Groups are created here (one per models.dev model file) and by the routes stage (one per new key).
 */
export class IdentityTable {
  readonly groups = new Map<string, Group>();
  /** "lab/id" of a models.dev model file -> its data */
  readonly mdByPath = new Map<string, Obj>();
  /** "lab/id" of a models.dev model file -> canonical id */
  readonly mdCanon = new Map<string, string>();
  /** match key -> canonical id, from models.dev model files */
  readonly mdKey = new Map<string, string>();
  /** canonical group id -> record id, once the routes stage decided which models enter */
  readonly recordIds = new Map<string, string>();
  /** group id -> the group it was attached to (a snapshot or provider spelling of a known model) */
  readonly redirect = new Map<string, string>();
  /** group id -> why its routes are not in the catalogue (or how they were attached), for the review */
  readonly outcome = new Map<string, { reason: string; candidate?: string | undefined; attached?: boolean }>();

  constructor(readonly rules: AliasRules) {}

  group(gid: string): Group {
    let g = this.groups.get(gid);
    if (!g) {
      g = { gid, md: [], routes: [], litellmFirstParty: [], llmStats: [], epoch: [], refs: new Set(), cleanedIds: [] };
      this.groups.set(gid, g);
    }
    return g;
  }

  /**
   * Group id for a source reference and its match key; null when excluded. Order: split, merge by
   * reference, the route's models.dev base_model, merge by key, models.dev key, else a new key group.
   */
  resolve(ref: string, key: string, baseCanon?: string): string | null {
    const r = this.rules;
    if (r.exclude.has(ref) || r.exclude.has(key)) return null;
    const split = r.split.get(ref);
    if (split) return split;
    const merged = r.mergeRef.get(ref);
    if (merged) return merged;
    const gid = baseCanon ?? r.mergeKey.get(key) ?? this.mdKey.get(key) ?? `key:${key}`;
    return this.redirect.get(gid) ?? gid;
  }

  /** Record id of an included model for a source reference and raw id (for scores and other late sources). */
  lookup(ref: string, rawId: string): string | undefined {
    const gid = this.resolve(ref, keyOf(rawId));
    return gid ? this.recordIds.get(gid) : undefined;
  }
}

/** Builds the table from models.dev model files and the curated aliases. */
export function buildIdentity(src: SourceData, rules: AliasRules, drops: Drops): IdentityTable {
  const t = new IdentityTable(rules);
  for (const m of src.mdModels) {
    t.mdByPath.set(`${m.lab}/${m.id}`, m.data);
    const k = keyOf(m.id);
    const ref = `models.dev:models:${m.lab}/${m.id}`;
    const canon = rules.split.get(ref) ?? rules.mergeRef.get(ref) ?? rules.mergeKey.get(k) ?? toRecordId(m.id);
    t.mdCanon.set(`${m.lab}/${m.id}`, canon);
    t.mdKey.set(k, canon);
  }
  for (const m of src.mdModels) {
    const canon = t.mdCanon.get(`${m.lab}/${m.id}`)!;
    const ref = `models.dev:models:${m.lab}/${m.id}`;
    if (rules.exclude.has(ref) || rules.exclude.has(keyOf(m.id))) {
      drops.add('excluded by overrides');
      continue;
    }
    const g = t.group(canon);
    g.md.push({ lab: m.lab, id: m.id, data: m.data, primary: toRecordId(m.id) === canon });
    g.refs.add(ref);
  }
  return t;
}

/**
 * LLM-Stats models and Epoch rows attach only to groups the routes created (they carry facts and
 * scores, never a reason for a model to exist).
 */
export function attachSecondary(src: SourceData, t: IdentityTable, drops: Drops): void {
  for (const m of src.llmStats) {
    const id = String(m.model.model_id);
    const ref = `llm-stats:${m.org}/${id}`;
    const gid = t.resolve(ref, keyOf(id));
    const g = gid ? t.groups.get(gid) : undefined;
    if (!g) {
      drops.add('llm-stats model not matched to a served model');
      continue;
    }
    g.llmStats.push(m);
    g.refs.add(ref);
  }
  for (const f of src.epoch) {
    if (!EPOCH_FILES.some((c) => c.file === f.file)) continue;
    for (const row of f.rows) {
      const v = (row['Model version'] ?? '').trim();
      if (!v) {
        drops.add('epoch row without model version');
        continue;
      }
      const { id, variant } = splitEpochVersion(v);
      const ref = `epoch:${id}`;
      const gid = t.resolve(ref, keyOf(id));
      const g = gid ? t.groups.get(gid) : undefined;
      if (!g) {
        drops.add('epoch row not matched to a served model');
        continue;
      }
      g.epoch.push({ file: f.file, row, variant });
      g.refs.add(ref);
    }
  }
}

/** Records which groups became which record ids, so `lookup` answers for included models only. */
export function registerIncluded(t: IdentityTable, models: IncludedModel[]): void {
  for (const m of models) t.recordIds.set(m.g.gid, m.id);
}
