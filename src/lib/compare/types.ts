/**
 * The pair view-model: everything a pair page (and its JSON twin) shows, as plain data.
 * Sides are 'a' and 'b', where a is the model whose id sorts first.
 */
import type { ModelSummary, RouteView, ScoreView, TriState } from '../views/model';
import type { Workload } from '../schema/site';
import type { CostComparison, CostEstimate } from './cost';

export type Side = 'a' | 'b';
export type PerSide<T> = { a: T; b: T };

/** A sentence produced by a rule; `rule` names the rule so the page and tests can trace it. */
export interface RuleLine {
  rule: string;
  text: string;
  /** A section on the same page that is the home of this fact ("#cost"), when the line only refers to it. */
  seeAlso?: string;
}

export interface CostSection {
  workload: Workload;
  workloadText: string;
  estimates: PerSide<CostEstimate & { text: string | null }>;
  comparison: CostComparison;
  /** The one sentence about which is cheaper, or why that cannot be said. */
  summary: string;
  gapText: string | null;
}

export interface ScorecardCell {
  text: string | null;
  /** Marks the better side of this row, when there is one. */
  better: boolean;
}
export interface ScorecardRow {
  key: string;
  label: string;
  a: ScorecardCell;
  b: ScorecardCell;
}

export interface FrictionSection {
  /** Facts true in both directions, stated once. */
  common: RuleLine[];
  /** What moving from a to b loses. */
  aToB: RuleLine[];
  /** What moving from b to a loses. */
  bToA: RuleLine[];
}

export interface SpecRow {
  key: string;
  label: string;
  a: string | null;
  b: string | null;
}

export interface CapabilityRow {
  key: string;
  label: string;
  a: TriState;
  b: TriState;
}

export interface BenchmarkRow {
  id: string;
  name: string;
  url: string;
  unit: 'percent' | 'elo' | 'index';
  category: string;
  materiality: number;
  higherIsBetter: boolean;
  /** Every score each model has on this benchmark (self-reported and independent). */
  scores: PerSide<ScoreView[]>;
  /** Each model's representative score (its best run on the row's basis and version); null when it has none. */
  compared: PerSide<ScoreView | null>;
  /** 'a' | 'b' when a like-for-like gap reaches the materiality; 'tie' under it; null when not like for like. */
  leader: Side | 'tie' | null;
  gap: number | null;
  gapText: string | null;
  /** The basis both scores share, or 'mixed' when no basis is shared; null when only one model has scores. */
  basis: 'independent' | 'self-reported' | 'mixed' | null;
  /** Same benchmark, version, basis and conditions: the only rows that can make a lead. */
  likeForLike: boolean;
  /** Why a row with scores on both sides is shown side by side instead of compared; null otherwise. */
  unlike: string | null;
  /** Both runs' settings, named when they differ (reasoning budget, agent); null on both sides when they match. */
  settings: PerSide<string | null>;
}

export interface BenchmarkSection {
  /** Like-for-like rows, the most telling gap first. */
  shared: BenchmarkRow[];
  /** Both models have scores, but no like-for-like pair: shown side by side, never a lead. */
  unlike: BenchmarkRow[];
  /** Benchmarks only one model has a score on. */
  only: PerSide<BenchmarkRow[]>;
  leads: PerSide<BenchmarkRow[]>;
}

export interface Verdict {
  /** Id of the rule that fired (see VERDICT_RULES); also its anchor on /methodology/. */
  rule: string;
  /** The rule in a short phrase for people ("cheaper, no shared benchmark"). */
  ruleLabel: string;
  /** The model the verdict favours, if any. */
  pick: Side | null;
  headline: string;
  /** The facts the rule used. */
  why: string[];
}

export interface Paragraph {
  heading: string;
  text: string;
}

export interface FaqEntry {
  id: string;
  question: string;
  answer: string;
}

export interface RelatedLink {
  path: string;
  label: string;
  rival: string;
  reason: string;
}

export interface PairMeta {
  title: string;
  description: string;
  path: string;
  jsonPath: string;
  noindex: boolean;
  /** Later of the two models' review dates. */
  dataAsOf: string;
}

export interface Comparison {
  ids: [string, string];
  models: PerSide<ModelSummary & { labUrl: string; bestFor: string[]; inputs: string[] }>;
  meta: PairMeta;
  verdict: Verdict;
  scorecard: ScorecardRow[];
  tradeoffs: PerSide<RuleLine[]>;
  cost: CostSection;
  friction: FrictionSection;
  specs: SpecRow[];
  pricing: PerSide<RouteView[]>;
  capabilities: CapabilityRow[];
  benchmarks: BenchmarkSection;
  deepDive: Paragraph[];
  faq: FaqEntry[];
  related: PerSide<RelatedLink[]>;
}
