/**
 * Scores stage: benchmark rows for every included model, and the benchmark records they use.
 *
 * Input: the loaded sources and the identity table (models.dev benchmarks, LLM-Stats and Epoch rows
 * are already attached to each model's group; a new source places its ids with `identity.lookup`).
 * Output: score rows per record id and the definitions of the benchmarks they cite. One score is kept
 * per (benchmark, dataset, self-reported, variant): the highest, ties broken by source URL.
 */
import { BENCHMARKS, EPOCH_FILES, isIndependentSource, mapLlmStatsBenchmark, mapModelsDevBenchmark, scaleScore, type BenchmarkDef } from '../benchmarks.ts';
import type { Obj } from '../merge.ts';
import type { SourceData } from '../sources.ts';
import type { IdentityTable } from './identity.ts';
import { EPOCH_AS_OF, MD_AS_OF, cleanUrl, cmp, llmStatsUrl, mdModelUrl, num, okDate, type Drops, type Group } from './context.ts';

/** LLM-Stats snapshot date, used when a model card gives no date. */
const LLMSTATS_AS_OF = '2025-10-24';

export interface ScoreRow {
  id: string;
  score: number;
  self_reported: boolean;
  variant?: string | undefined;
  source: string;
  as_of: string;
  dataset: string;
  cost_per_task?: number | undefined;
}

export interface ScoresResult {
  /** record id -> score rows, sorted */
  rows: Map<string, ScoreRow[]>;
  /** benchmark id -> definition, for every benchmark a row cites */
  benchmarks: Map<string, BenchmarkDef>;
}

function groupScores(g: Group, drops: Drops): ScoreRow[] {
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
      const mapped = mapModelsDevBenchmark(String(bm.name ?? ''));
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
      const variant = [mapped.variant, bm.variant, bm.harness, bm.dataset, bm.version].filter((x) => typeof x === 'string' && x).join(', ') || undefined;
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
    const score = scaleScore(e.row[cfg.scoreCol], cfg.scale, cfg.benchmark);
    if (score === undefined) {
      drops.add('benchmark score out of range or not numeric');
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
    push({ id: cfg.benchmark, score, self_reported: false, variant: vparts.join(', ') || undefined, source, as_of: dateCell ?? EPOCH_AS_OF, dataset: 'epoch-ai' });
  }
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

/** Score rows for every model the identity table has a record id for. */
export function buildScores(_src: SourceData, identity: IdentityTable, drops: Drops): ScoresResult {
  const rows = new Map<string, ScoreRow[]>();
  const benchmarks = new Map<string, BenchmarkDef>();
  for (const [gid, id] of [...identity.recordIds].sort((a, b) => cmp(a[1], b[1]))) {
    const list = groupScores(identity.groups.get(gid)!, drops);
    rows.set(id, list);
    for (const s of list) {
      const def = BENCHMARKS[s.id];
      // scaleScore() rejects ids missing from BENCHMARKS, so every used id is defined
      if (!def) throw new Error(`no definition for benchmark ${s.id}`);
      benchmarks.set(s.id, def);
    }
  }
  return { rows, benchmarks };
}
