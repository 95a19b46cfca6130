/**
 * Benchmarks side by side, like for like. Two scores make a lead only when they are of the same
 * benchmark and version, on the same basis (independent against independent where both models have
 * an independent run, else self-reported against self-reported; never across), and under the same
 * conditions (tools, several attempts). Each model's representative score on that basis and
 * version is its best run, as the leaderboards that publish several settings do; when the two
 * best runs used different settings (reasoning budget, agent), the row names both. A lead counts
 * only when the gap reaches the benchmark's `materiality`; smaller gaps are a tie.
 *
 * Rows where both models have scores but no like-for-like pair exists are kept, side by side,
 * with the reason, and are never called a lead.
 */
import { formatPoints, listText } from '../format';
import { compareDates } from '../schema/constants';
import { sameConditions, sameSettings } from '../views/variant';
import type { ScoreView } from '../views/model';
import type { PairContext } from './context';
import type { BenchmarkRow, BenchmarkSection, PerSide, Side } from './types';

type Basis = 'independent' | 'self-reported';

const onBasis = (scores: ScoreView[], basis: Basis) => scores.filter((s) => s.selfReported === (basis === 'self-reported'));

/** Best run first: plain runs before runs with tools or several attempts, then the better score, then the newest. */
function best(scores: ScoreView[], higherIsBetter: boolean): ScoreView | null {
  let top: ScoreView | null = null;
  for (const s of scores) {
    if (top === null) {
      top = s;
      continue;
    }
    const plain = (x: ScoreView) => (x.reading.conditions.length === 0 ? 0 : 1);
    const d =
      plain(s) - plain(top) || (higherIsBetter ? top.score - s.score : s.score - top.score) || compareDates(top.asOf, s.asOf) || (s.variant ?? '').localeCompare(top.variant ?? '');
    if (d < 0) top = s;
  }
  return top;
}

const versionKey = (s: ScoreView) => s.reading.version ?? '';

/** One model's runs of one benchmark on one basis, by version: each version's best run and newest date. */
interface BasisIndex {
  byVersion: Map<string, { best: ScoreView; newest: string }>;
  best: ScoreView;
}
interface ScoreIndex {
  independent: BasisIndex | null;
  selfReported: BasisIndex | null;
  /** Best run on any basis, for rows shown side by side. */
  best: ScoreView;
}

function basisIndex(scores: ScoreView[], hib: boolean): BasisIndex | null {
  if (scores.length === 0) return null;
  const groups = new Map<string, ScoreView[]>();
  for (const s of scores) {
    const l = groups.get(versionKey(s));
    if (l) l.push(s);
    else groups.set(versionKey(s), [s]);
  }
  const byVersion = new Map<string, { best: ScoreView; newest: string }>();
  for (const [v, l] of groups) byVersion.set(v, { best: best(l, hib)!, newest: l.reduce((n, x) => (compareDates(x.asOf, n) > 0 ? x.asOf : n), l[0]!.asOf) });
  return { byVersion, best: best(scores, hib)! };
}

/**
 * A model's scores on a benchmark read once per build: every pair with that model reuses it
 * (keyed by the model view's score list, so it lives as long as the view).
 */
const indexCache = new WeakMap<ScoreView[], ScoreIndex>();
function scoreIndex(scores: ScoreView[], hib: boolean): ScoreIndex {
  let x = indexCache.get(scores);
  if (!x) {
    x = { independent: basisIndex(onBasis(scores, 'independent'), hib), selfReported: basisIndex(onBasis(scores, 'self-reported'), hib), best: best(scores, hib)! };
    indexCache.set(scores, x);
  }
  return x;
}

/** The version both models have on this basis; the one with the newest run when there are several. */
function commonVersion(a: BasisIndex, b: BasisIndex): string | null {
  let pick: { v: string; asOf: string } | null = null;
  for (const [v, ea] of a.byVersion) {
    const eb = b.byVersion.get(v);
    if (!eb) continue;
    const asOf = compareDates(ea.newest, eb.newest) >= 0 ? ea.newest : eb.newest;
    if (!pick || compareDates(asOf, pick.asOf) > 0 || (compareDates(asOf, pick.asOf) === 0 && v > pick.v)) pick = { v, asOf };
  }
  return pick?.v ?? null;
}

const versionText = (v: string) => (v === '' ? 'version not stated' : v);

function row(ctx: PairContext, id: string, scores: PerSide<ScoreView[]>): BenchmarkRow {
  const b = ctx.cat.benchmarks.get(id)!;
  const hib = b.higher_is_better;
  const base = {
    id,
    name: b.name,
    url: b.url,
    unit: b.unit,
    category: b.category,
    materiality: b.materiality,
    higherIsBetter: hib,
    scores,
  };
  const none = { compared: { a: null, b: null }, leader: null, gap: null, gapText: null, basis: null, likeForLike: false, unlike: null, settings: { a: null, b: null } };
  if (scores.a.length === 0 || scores.b.length === 0) return { ...base, ...none };

  const ia = scoreIndex(scores.a, hib);
  const ib = scoreIndex(scores.b, hib);
  const basis: Basis | null = ia.independent && ib.independent ? 'independent' : ia.selfReported && ib.selfReported ? 'self-reported' : null;
  if (basis === null) {
    // One model has only independent runs and the other only vendor figures (or the source does not say).
    const compared = { a: ia.best, b: ib.best };
    const unstated = [...scores.a, ...scores.b].some((x) => x.selfReported === null);
    const unlike = unstated ? 'the sources do not say who ran every score, so no two are known to be of the same kind' : 'one model has only self-reported scores and the other only independent ones';
    return { ...base, ...none, compared, basis: 'mixed', unlike, settings: settingsOf(compared) };
  }
  const pool = basis === 'independent' ? { a: ia.independent!, b: ib.independent! } : { a: ia.selfReported!, b: ib.selfReported! };
  const version = commonVersion(pool.a, pool.b);
  if (version === null) {
    const compared = { a: pool.a.best, b: pool.b.best };
    const vs = [...new Set([...pool.a.byVersion.keys(), ...pool.b.byVersion.keys()])].map(versionText);
    return { ...base, ...none, compared, basis, unlike: `different versions of the benchmark (${listText(vs)})`, settings: settingsOf(compared) };
  }
  const compared = { a: pool.a.byVersion.get(version)!.best, b: pool.b.byVersion.get(version)!.best };
  const settings = settingsOf(compared);
  if (!sameConditions(compared.a.reading, compared.b.reading)) {
    return { ...base, ...none, compared, basis, unlike: 'run under different conditions (with tools or several attempts on one side only)', settings };
  }
  const gap = Math.abs(compared.a.score - compared.b.score);
  const diff = (compared.a.score - compared.b.score) * (hib ? 1 : -1);
  const leader: BenchmarkRow['leader'] = gap < b.materiality ? 'tie' : diff > 0 ? 'a' : 'b';
  return { ...base, compared, leader, gap, gapText: formatPoints(gap, b.unit), basis, likeForLike: true, unlike: null, settings };
}

/** Both settings when the two runs differ in them; null on both sides when they match. */
function settingsOf(c: PerSide<ScoreView | null>): PerSide<string | null> {
  if (!c.a || !c.b || sameSettings(c.a.reading, c.b.reading)) return { a: null, b: null };
  return { a: c.a.reading.settingsText ?? 'setting not stated', b: c.b.reading.settingsText ?? 'setting not stated' };
}

/** Rows for a benchmark only one model has depend on that model alone: made once per model and side. */
const oneSided = new WeakMap<ScoreView[], PerSide<BenchmarkRow | undefined>>();
const NONE: ScoreView[] = [];

function onlyRow(ctx: PairContext, id: string, scores: ScoreView[], s: Side): BenchmarkRow {
  let cached = oneSided.get(scores);
  if (!cached) oneSided.set(scores, (cached = { a: undefined, b: undefined }));
  return (cached[s] ??= row(ctx, id, s === 'a' ? { a: scores, b: NONE } : { a: NONE, b: scores }));
}

export function benchmarkSection(ctx: PairContext): BenchmarkSection {
  const { v } = ctx;
  const rows: BenchmarkRow[] = [];
  for (const [id, sa] of v.a.scoresByBenchmark) {
    const sb = v.b.scoresByBenchmark.get(id);
    rows.push(sb ? row(ctx, id, { a: sa, b: sb }) : onlyRow(ctx, id, sa, 'a'));
  }
  for (const [id, sb] of v.b.scoresByBenchmark) if (!v.a.scoresByBenchmark.has(id)) rows.push(onlyRow(ctx, id, sb, 'b'));
  // Largest gap relative to its materiality first: the most telling difference leads the table.
  const weight = (r: BenchmarkRow) => (r.gap ?? 0) / r.materiality;
  const shared = rows.filter((r) => r.likeForLike).sort((x, y) => weight(y) - weight(x) || x.name.localeCompare(y.name));
  const unlike = rows.filter((r) => !r.likeForLike && r.scores.a.length > 0 && r.scores.b.length > 0).sort((x, y) => x.name.localeCompare(y.name));
  const only = (s: Side) => rows.filter((r) => r.scores[s].length > 0 && r.scores[s === 'a' ? 'b' : 'a'].length === 0).sort((x, y) => x.name.localeCompare(y.name));
  return {
    shared,
    unlike,
    only: { a: only('a'), b: only('b') },
    leads: { a: shared.filter((r) => r.leader === 'a'), b: shared.filter((r) => r.leader === 'b') },
  };
}

/** "GPQA Diamond (84.2% vs 56.1%, 28.1 points)" from the leader's point of view, settings named when they differ. */
export function leadText(r: BenchmarkRow, leader: Side): string {
  const o: Side = leader === 'a' ? 'b' : 'a';
  const l = r.compared[leader]!;
  const t = r.compared[o]!;
  const set = (s: Side) => (r.settings[s] ? ` (${r.settings[s]})` : '');
  return `${r.name} (${l.scoreText}${set(leader)} vs ${t.scoreText}${set(o)}, ${r.gapText})`;
}

/**
 * "5 of 7 shared benchmarks, 3 of them in coding": a side's leads counted, with the category it
 * leads most in when that is at least two of them.
 */
export function leadCount(bench: BenchmarkSection, s: Side): string {
  const leads = bench.leads[s];
  const n = bench.shared.length;
  const byCat = new Map<string, number>();
  for (const r of leads) byCat.set(r.category, (byCat.get(r.category) ?? 0) + 1);
  const top = [...byCat.entries()].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))[0];
  const cat = top && top[1] >= 2 && top[1] < leads.length ? `, ${top[1]} of them in ${top[0]}` : top && top[1] >= 2 ? `, all in ${top[0]}` : '';
  return `${leads.length} of ${n} shared benchmark${n === 1 ? '' : 's'}${cat}`;
}
