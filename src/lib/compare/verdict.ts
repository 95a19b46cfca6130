/**
 * The headline verdict. Rules are tried in the order of VERDICT_RULES; the first whose condition
 * holds writes the verdict, and the view-model records its id (the rule's anchor on
 * /methodology/) and a short label for people. "Cheaper" is always the monthly estimate at the
 * workload (cost.ts); a lead always means a like-for-like gap of at least the benchmark's
 * materiality (benchmarks.ts). When shared like-for-like results exist the verdict weighs them
 * against price, counted by category ("leads 5 of 7 shared benchmarks, 3 of them in coding").
 *
 * The cost fact's home is the cost section and each lead's home is the benchmarks table: the
 * verdict states the saving and the lead counts once, in its headline, and its reasons list only
 * what the headline cannot say (why a cost is unknown).
 */
import { formatMoney, sentenceCase } from '../format';
import { leadCount } from './benchmarks';
import { other, type PairContext } from './context';
import { savingPhrase } from './cost-section';
import type { BenchmarkSection, Side, Verdict } from './types';

interface Facts {
  ctx: PairContext;
  bench: BenchmarkSection;
  /** Cheaper side, 'tie', or null when either estimate is missing. */
  cheaper: Side | 'tie' | null;
  shared: number;
}

interface Rule {
  id: string;
  /** A short phrase for people, shown on the page with a link to the rule. */
  label: string;
  /** Plain-language condition, published on /methodology/ and in the README. */
  when: string;
  applies: (f: Facts) => boolean;
  write: (f: Facts) => Omit<Verdict, 'rule' | 'ruleLabel'>;
}

const leadsOf = (f: Facts, s: Side) => f.bench.leads[s];
const costWhy = (f: Facts) => {
  const { est, name } = f.ctx;
  return (['a', 'b'] as const).map((s) =>
    est[s].usd !== null ? `${name[s]}: ${formatMoney(est[s].usd!)} a month via ${est[s].route!.providerName}.` : `${name[s]}: no estimate, because ${est[s].reason}.`,
  );
};
/** Why no benchmark weighs in: none shared like for like, or none sourced at all. */
const noBenchmarkReason = (f: Facts) => {
  const { v, name } = f.ctx;
  if (f.bench.unlike.length > 0) return `their benchmark scores are not like for like (see Benchmarks)`;
  const unscored = (['a', 'b'] as const).filter((s) => v[s].scores.length === 0);
  if (unscored.length === 2) return 'no benchmark score is sourced for either';
  if (unscored.length === 1) return `no benchmark score is sourced for ${name[unscored[0]!]}`;
  return 'they have no benchmark in common';
};

export const VERDICT_RULES: readonly Rule[] = [
  {
    id: 'insufficient-data',
    label: 'not enough data',
    when: 'Neither a cost comparison (both models need a paid price) nor a like-for-like benchmark result is available.',
    applies: (f) => f.cheaper === null && f.shared === 0,
    write: (f) => ({
      pick: null,
      headline: `Not enough sourced data to call this one: the costs cannot be compared, and ${noBenchmarkReason(f)}.`,
      why: costWhy(f),
    }),
  },
  {
    id: 'cheaper-and-ahead',
    label: 'cheaper and ahead on benchmarks',
    when: 'One model is cheaper, leads at least one shared benchmark, and trails on none.',
    applies: (f) => (f.cheaper === 'a' || f.cheaper === 'b') && leadsOf(f, f.cheaper).length > 0 && leadsOf(f, other(f.cheaper)).length === 0,
    write: (f) => {
      const s = f.cheaper as Side;
      return { pick: s, headline: `${f.ctx.name[s]}: it ${savingPhrase(f.ctx.cmp)} and leads ${leadCount(f.bench, s)}, trailing on none.`, why: [] };
    },
  },
  {
    id: 'cheaper-scores-level',
    label: 'cheaper, scores level',
    when: 'One model is cheaper and shared benchmarks show no material gap.',
    applies: (f) => (f.cheaper === 'a' || f.cheaper === 'b') && f.shared > 0 && f.bench.leads.a.length + f.bench.leads.b.length === 0,
    write: (f) => {
      const s = f.cheaper as Side;
      return {
        pick: s,
        headline: `${f.ctx.name[s]}: it ${savingPhrase(f.ctx.cmp)}, and on ${f.shared === 1 ? 'the one shared benchmark' : `all ${f.shared} shared benchmarks`} the scores are within noise.`,
        why: [],
      };
    },
  },
  {
    id: 'price-vs-quality',
    label: 'price against benchmark quality',
    when: 'One model is cheaper and the other leads at least one shared benchmark.',
    applies: (f) => (f.cheaper === 'a' || f.cheaper === 'b') && leadsOf(f, other(f.cheaper)).length > 0,
    write: (f) => {
      const s = f.cheaper as Side;
      const o = other(s);
      const mine = leadsOf(f, s).length;
      return {
        pick: null,
        headline: `${f.ctx.name[o]} leads ${leadCount(f.bench, o)}${mine ? ` (${f.ctx.name[s]} leads ${mine})` : ''}; ${f.ctx.name[s]} ${savingPhrase(f.ctx.cmp)}. Pay for ${f.ctx.name[o]} if what those benchmarks measure matters to you.`,
        why: [],
      };
    },
  },
  {
    id: 'cheaper-untested',
    label: 'cheaper, quality not comparable',
    when: 'One model is cheaper and no like-for-like benchmark result is shared, so quality cannot be weighed against price.',
    applies: (f) => (f.cheaper === 'a' || f.cheaper === 'b') && f.shared === 0,
    write: (f) => {
      const s = f.cheaper as Side;
      return { pick: s, headline: `${f.ctx.name[s]} ${savingPhrase(f.ctx.cmp)}; quality cannot be weighed against price, because ${noBenchmarkReason(f)}.`, why: [] };
    },
  },
  {
    id: 'same-cost-one-ahead',
    label: 'same cost, one ahead',
    when: 'Costs are within the tie threshold and only one model leads shared benchmarks.',
    applies: (f) => f.cheaper === 'tie' && (f.bench.leads.a.length > 0) !== (f.bench.leads.b.length > 0),
    write: (f) => {
      const s: Side = f.bench.leads.a.length > 0 ? 'a' : 'b';
      return { pick: s, headline: `${f.ctx.name[s]}: about the same cost, and it leads ${leadCount(f.bench, s)}.`, why: [] };
    },
  },
  {
    id: 'cost-unknown-one-ahead',
    label: 'ahead on benchmarks, cost unknown',
    when: 'Costs cannot be compared and only one model leads shared benchmarks.',
    applies: (f) => f.cheaper === null && (f.bench.leads.a.length > 0) !== (f.bench.leads.b.length > 0),
    write: (f) => {
      const s: Side = f.bench.leads.a.length > 0 ? 'a' : 'b';
      return {
        pick: null,
        headline: `${f.ctx.name[s]} leads ${leadCount(f.bench, s)}, but the costs cannot be compared, so this is not a full call.`,
        why: costWhy(f),
      };
    },
  },
  {
    id: 'split',
    label: 'a split decision',
    when: 'Each model leads on some shared benchmarks and cost does not separate them (a tie or unknown).',
    applies: (f) => f.bench.leads.a.length > 0 && f.bench.leads.b.length > 0,
    write: (f) => ({
      pick: null,
      headline: `A split decision${f.cheaper === 'tie' ? ' at about the same cost' : ''}: ${f.ctx.name.a} leads ${leadCount(f.bench, 'a')}, ${f.ctx.name.b} ${f.bench.leads.b.length}. Choose by the ability you need.`,
      why: [],
    }),
  },
  {
    id: 'even',
    label: 'evenly matched',
    when: 'Nothing above separates them: costs tie or are unknown, and no shared benchmark shows a material gap.',
    applies: () => true,
    write: (f) => ({
      pick: null,
      headline:
        f.cheaper === 'tie'
          ? `Evenly matched on the sourced data: about the same cost${f.shared ? ', and no material gap on shared benchmarks' : ''}. Decide on context, capabilities and providers below.`
          : `No material difference on the sourced data, and the costs cannot be compared. Decide on context, capabilities and providers below.`,
      why: f.cheaper === 'tie' ? [] : costWhy(f),
    }),
  },
];

export function verdict(ctx: PairContext, bench: BenchmarkSection): Verdict {
  const f: Facts = { ctx, bench, cheaper: ctx.cmp.cheaper, shared: bench.shared.length };
  const rule = VERDICT_RULES.find((r) => r.applies(f))!;
  return { rule: rule.id, ruleLabel: sentenceCase(rule.label), ...rule.write(f) };
}

/** The anchor of a rule on /methodology/. */
export const ruleAnchor = (id: string) => `/methodology/#rule-${id}`;
