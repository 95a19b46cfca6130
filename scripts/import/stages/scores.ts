/**
 * Scores stage: benchmark rows for every included model, and the benchmark records they use.
 *
 * Input: the loaded sources, the identity table (models.dev benchmarks, LLM-Stats and Epoch rows are
 * already attached to each model's group) and the curated benchmark-source aliases. The OpenHands
 * Index, τ²-bench and Vectara name their models by display name: the parsers in ../scores/ place each
 * name with a curated alias or `identity.lookup`, and every name left unmatched is reported.
 * Output: score rows per record id, the definitions of the benchmarks they cite, a per-source review
 * (matched / unmatched names) and each record's data date. One score is kept per (benchmark,
 * dataset, self-reported, variant): the highest, ties broken by source URL.
 */
import { BENCHMARKS, EPOCH_FILES, isIndependentSource, mapLlmStatsBenchmark, scaleScore, type BenchmarkDef } from '../benchmarks.ts';
import type { Obj } from '../merge.ts';
import type { SourceData } from '../sources.ts';
import type { IdentityTable } from './identity.ts';
import { EPOCH_AS_OF, MD_AS_OF, cleanUrl, cmp, llmStatsUrl, mdModelUrl, num, okDate, type Drops, type Group } from './context.ts';
import { modelsDevBenchmark } from '../scores/models-dev.ts';
import { epochScore } from '../scores/epoch.ts';
import { makeNameResolver, type BenchmarkSource, type NameAlias } from '../scores/aliases.ts';
import { SOURCE_SNAPSHOTS } from '../facts/data-date.ts';
import { parseOpenHands } from '../scores/openhands.ts';
import { parseTau2 } from '../scores/tau2.ts';
import { parseVectara } from '../scores/vectara.ts';
import type { ParseResult, ScoreRow as SourceScoreRow, Unmatched } from '../scores/types.ts';

/** Snapshot date of each benchmark source read by display name (data-sources README table). */
export const BENCHMARK_SOURCE_AS_OF: Record<BenchmarkSource, string> = {
  'openhands-index': SOURCE_SNAPSHOTS['openhands-index'],
  'tau2-bench': SOURCE_SNAPSHOTS['tau2-bench'],
  'vectara-hhem': SOURCE_SNAPSHOTS['vectara-hhem'],
};

/** LLM-Stats snapshot date, used when a model card gives no date. */
const LLMSTATS_AS_OF = '2025-10-24';

/** A score as a model record carries it: the parsers' row without the model it belongs to. */
export type ScoreRow = Omit<SourceScoreRow, 'model'>;

/** How one name-matched benchmark source mapped onto the catalogue (printed by the import summary). */
export interface SourceReview {
  dataset: BenchmarkSource;
  /** distinct source model names matched to a catalogue model */
  matchedNames: number;
  /** score rows of those names */
  matchedRows: number;
  /** names no catalogue model matched, with their row counts */
  unmatched: Unmatched[];
}

export interface ScoresResult {
  /** record id -> score rows, sorted */
  rows: Map<string, ScoreRow[]>;
  /** benchmark id -> definition, for every benchmark a row cites */
  benchmarks: Map<string, BenchmarkDef>;
  /** one entry per name-matched benchmark source */
  review?: SourceReview[];
}

function groupScores(g: Group, drops: Drops, extra: ScoreRow[] = []): ScoreRow[] {
  const scores: ScoreRow[] = [];
  const push = (s: ScoreRow) => {
    if (!okDate(s.as_of)) {
      drops.add('benchmark score with missing/future date');
      return;
    }
    scores.push(s);
  };
  for (const m of g.md) {
    for (const bm of (Array.isArray(m.data.benchmarks) ? m.data.benchmarks : []) as Obj[]) {
      const mapped = modelsDevBenchmark(bm);
      // Artificial Analysis "index" figures are composites, not a benchmark result.
      if (!mapped || (typeof bm.metric === 'string' && /index/i.test(bm.metric))) {
        drops.add('benchmark not mapped (models.dev)');
        continue;
      }
      const score = scaleScore(bm.score, 1, mapped.id);
      if (score === undefined) {
        drops.add('benchmark score out of range or not numeric');
        continue;
      }
      const variant = mapped.variant;
      const source = cleanUrl(bm.source) ?? mdModelUrl(m.lab, m.id);
      push({ id: mapped.id, score, self_reported: !isIndependentSource(source), variant, source, as_of: okDate(bm.date) ?? MD_AS_OF, dataset: 'models-dev' });
    }
  }
  for (const m of g.llmStats) {
    const date = okDate(m.model.announcement_date) ?? okDate(m.model.release_date) ?? LLMSTATS_AS_OF;
    for (const row of m.benchmarks) {
      const mapped = mapLlmStatsBenchmark(String(row.benchmark_id), row.analysis_method as string | null);
      if (!mapped) {
        drops.add('benchmark not mapped (llm-stats)');
        continue;
      }
      const raw = num(row.score);
      const score = raw !== undefined && raw <= 1 ? scaleScore(raw, 100, mapped.id) : undefined;
      if (score === undefined) {
        drops.add('benchmark score out of range or not numeric');
        continue;
      }
      const source = cleanUrl(row.self_reported_source_link) ?? llmStatsUrl(m.org, String(m.model.model_id));
      push({ id: mapped.id, score, self_reported: row.is_self_reported !== false, variant: mapped.variant, source, as_of: date, dataset: 'llm-stats' });
    }
  }
  for (const e of g.epoch) {
    const cfg = EPOCH_FILES.find((c) => c.file === e.file)!;
    const r = epochScore(cfg, e.row, e.variant, EPOCH_AS_OF, okDate);
    if ('drop' in r) {
      drops.add(r.drop);
      continue;
    }
    push({ ...r, dataset: 'epoch-ai' });
  }
  scores.push(...extra);
  return bestPerKey(scores, drops);
}

/** One score per (benchmark, dataset, self_reported, variant): the highest, ties by source; sorted. */
export function bestPerKey(scores: ScoreRow[], drops: Drops): ScoreRow[] {
  const best = new Map<string, ScoreRow>();
  for (const s of scores) {
    const k = [s.id, s.dataset, s.self_reported, s.variant ?? ''].join('\u0000');
    const cur = best.get(k);
    if (!cur || s.score > cur.score || (s.score === cur.score && cmp(s.source, cur.source) < 0)) {
      if (cur) drops.add('duplicate benchmark score (kept highest)');
      best.set(k, s);
    } else drops.add('duplicate benchmark score (kept highest)');
  }
  return [...best.values()].sort(
    (a, c) => cmp(a.id, c.id) || cmp(a.dataset, c.dataset) || Number(a.self_reported) - Number(c.self_reported) || cmp(a.variant ?? '', c.variant ?? '') || c.score - a.score,
  );
}

/**
 * Scores of the sources that name models by display name, per record id. Names go through the
 * curated aliases, then `identity.lookup` (which answers for included models only); each matched
 * name is added to its group's aliases as "<dataset>:<name>".
 */
export function nameMatchedScores(src: SourceData, identity: IdentityTable, aliases: NameAlias[], drops: Drops): { rows: Map<string, ScoreRow[]>; review: SourceReview[] } {
  const known = new Set(identity.recordIds.values());
  const gidOf = new Map([...identity.recordIds].map(([gid, id]) => [id, gid]));
  const resolver = (ds: BenchmarkSource) => {
    const resolve = makeNameResolver(ds, aliases, (cand) => identity.lookup(`${ds}:${cand}`, cand), (id) => known.has(id));
    return (name: string) => {
      const id = resolve(name);
      if (id) identity.groups.get(gidOf.get(id)!)?.refs.add(`${ds}:${name}`);
      return id;
    };
  };
  const parsed: [BenchmarkSource, ParseResult][] = [
    ['openhands-index', parseOpenHands(src.openhands, resolver('openhands-index'))],
    ['tau2-bench', parseTau2(src.tau2, resolver('tau2-bench'))],
    ['vectara-hhem', parseVectara(src.vectara, resolver('vectara-hhem'))],
  ];
  const rows = new Map<string, ScoreRow[]>();
  const review: SourceReview[] = [];
  for (const [ds, res] of parsed) {
    for (const [reason, n] of Object.entries(res.skipped)) drops.add(reason, n);
    const unmatchedRows = res.unmatched.reduce((n, u) => n + u.rows, 0);
    if (unmatchedRows) drops.add(`${ds}: model name not matched (listed in the summary)`, unmatchedRows);
    for (const { model, ...s } of res.scores) {
      // A score dated after its own source's snapshot cannot be real: a typo in the source.
      if (!/^\d{4}-\d{2}-\d{2}$/.test(s.as_of) || s.as_of > BENCHMARK_SOURCE_AS_OF[ds]) {
        drops.add('benchmark score with missing/future date');
        continue;
      }
      const list = rows.get(model) ?? [];
      list.push(s);
      rows.set(model, list);
    }
    review.push({ dataset: ds, matchedNames: res.matchedNames, matchedRows: res.matchedRows, unmatched: [...res.unmatched].sort((a, b) => cmp(a.name, b.name)) });
  }
  return { rows, review };
}

/** Score rows for every model the identity table has a record id for. */
export function buildScores(src: SourceData, identity: IdentityTable, drops: Drops, aliases: NameAlias[] = []): ScoresResult {
  const rows = new Map<string, ScoreRow[]>();
  const benchmarks = new Map<string, BenchmarkDef>();
  const named = nameMatchedScores(src, identity, aliases, drops);
  for (const [gid, id] of [...identity.recordIds].sort((a, b) => cmp(a[1], b[1]))) {
    const list = groupScores(identity.groups.get(gid)!, drops, named.rows.get(id));
    rows.set(id, list);
    for (const s of list) {
      const def = BENCHMARKS[s.id];
      // scaleScore() rejects ids missing from BENCHMARKS, so every used id is defined
      if (!def) throw new Error(`no definition for benchmark ${s.id}`);
      benchmarks.set(s.id, def);
    }
  }
  return { rows, benchmarks, review: named.review };
}
