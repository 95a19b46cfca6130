/**
 * The headline verdict. Rules are tried in the order of VERDICT_RULES; the first whose condition
 * holds writes the verdict, and the view-model records its id and the facts it used.
 * "Cheaper" is always the monthly estimate at the workload (cost.ts); a benchmark lead always
 * means a gap of at least the benchmark's materiality (benchmarks.ts).
 */
import { leadText } from './benchmarks';
import { other, type PairContext } from './context';
import { savingPhrase } from './cost';
import { formatMoney, listText } from '../format';
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
  /** Plain-language condition, published on the page and in the README. */
  when: string;
  applies: (f: Facts) => boolean;
  write: (f: Facts) => Omit<Verdict, 'rule'>;
}

const leadsOf = (f: Facts, s: Side) => f.bench.leads[s];
const leadList = (f: Facts, s: Side) => listText(leadsOf(f, s).map((r) => leadText(r, s)));
const costWhy = (f: Facts) => {
  const { est, name } = f.ctx;
  return (['a', 'b'] as const).map((s) =>
    est[s].usd !== null ? `${name[s]}: ${formatMoney(est[s].usd!)} a month via ${est[s].route!.providerName}` : `${name[s]}: no estimate (${est[s].reason})`,
  );
};
const cheapSentence = (f: Facts, s: Side) => `${f.ctx.name[s]} ${savingPhrase(f.ctx.cmp)} than ${f.ctx.name[other(s)]} at the stated workload`;

export const VERDICT_RULES: readonly Rule[] = [
  {
    id: 'insufficient-data',
    when: 'Neither a cost comparison (both models need a paid price) nor a shared benchmark is available.',
    applies: (f) => f.cheaper === null && f.shared === 0,
    write: (f) => ({
      pick: null,
      headline: `Not enough sourced data to call this one: the two models share no benchmark and their costs cannot be compared.`,
      why: costWhy(f),
    }),
  },
  {
    id: 'cheaper-and-ahead',
    when: 'One model is cheaper, leads at least one shared benchmark, and trails on none.',
    applies: (f) => (f.cheaper === 'a' || f.cheaper === 'b') && leadsOf(f, f.cheaper).length > 0 && leadsOf(f, other(f.cheaper)).length === 0,
    write: (f) => {
      const s = f.cheaper as Side;
      return { pick: s, headline: `${f.ctx.name[s]}: it ${savingPhrase(f.ctx.cmp)} and scores higher on shared benchmarks.`, why: [`${cheapSentence(f, s)}.`, `Leads on ${leadList(f, s)}.`] };
    },
  },
  {
    id: 'cheaper-scores-level',
    when: 'One model is cheaper and shared benchmarks show no material gap.',
    applies: (f) => (f.cheaper === 'a' || f.cheaper === 'b') && f.shared > 0 && f.bench.leads.a.length + f.bench.leads.b.length === 0,
    write: (f) => {
      const s = f.cheaper as Side;
      return { pick: s, headline: `${f.ctx.name[s]}: it ${savingPhrase(f.ctx.cmp)}, and shared benchmark scores are within noise.`, why: [`${cheapSentence(f, s)}.`] };
    },
  },
  {
    id: 'price-vs-quality',
    when: 'One model is cheaper and the other leads at least one shared benchmark.',
    applies: (f) => (f.cheaper === 'a' || f.cheaper === 'b') && leadsOf(f, other(f.cheaper)).length > 0,
    write: (f) => {
      const s = f.cheaper as Side;
      const o = other(s);
      return {
        pick: null,
        headline: `${f.ctx.name[s]} ${savingPhrase(f.ctx.cmp)}; ${f.ctx.name[o]} scores higher. Pay for ${f.ctx.name[o]} only if what those benchmarks measure matters to you.`,
        why: [`${cheapSentence(f, s)}.`, `${f.ctx.name[o]} leads on ${leadList(f, o)}.`, ...(leadsOf(f, s).length ? [`${f.ctx.name[s]} leads on ${leadList(f, s)}.`] : [])],
      };
    },
  },
  {
    id: 'cheaper-untested',
    when: 'One model is cheaper and the two share no benchmark.',
    applies: (f) => (f.cheaper === 'a' || f.cheaper === 'b') && f.shared === 0,
    write: (f) => {
      const s = f.cheaper as Side;
      return { pick: s, headline: `${f.ctx.name[s]} ${savingPhrase(f.ctx.cmp)}; no shared benchmark is sourced to weigh quality against price.`, why: [`${cheapSentence(f, s)}.`] };
    },
  },
  {
    id: 'same-cost-one-ahead',
    when: 'Costs are within the tie threshold and only one model leads shared benchmarks.',
    applies: (f) => f.cheaper === 'tie' && (f.bench.leads.a.length > 0) !== (f.bench.leads.b.length > 0),
    write: (f) => {
      const s: Side = f.bench.leads.a.length > 0 ? 'a' : 'b';
      return { pick: s, headline: `${f.ctx.name[s]}: about the same cost, and it scores higher on shared benchmarks.`, why: [`Leads on ${leadList(f, s)}.`] };
    },
  },
  {
    id: 'cost-unknown-one-ahead',
    when: 'Costs cannot be compared and only one model leads shared benchmarks.',
    applies: (f) => f.cheaper === null && (f.bench.leads.a.length > 0) !== (f.bench.leads.b.length > 0),
    write: (f) => {
      const s: Side = f.bench.leads.a.length > 0 ? 'a' : 'b';
      return {
        pick: null,
        headline: `${f.ctx.name[s]} scores higher on shared benchmarks, but the costs cannot be compared, so this is not a full call.`,
        why: [`Leads on ${leadList(f, s)}.`, ...costWhy(f)],
      };
    },
  },
  {
    id: 'split',
    when: 'Each model leads on some shared benchmarks and cost does not separate them (a tie or unknown).',
    applies: (f) => f.bench.leads.a.length > 0 && f.bench.leads.b.length > 0,
    write: (f) => ({
      pick: null,
      headline: `A split decision: each model leads on different benchmarks${f.cheaper === 'tie' ? ' at about the same cost' : ''}. Choose by the ability you need.`,
      why: [`${f.ctx.name.a} leads on ${leadList(f, 'a')}.`, `${f.ctx.name.b} leads on ${leadList(f, 'b')}.`],
    }),
  },
  {
    id: 'even',
    when: 'Nothing above separates them: costs tie or are unknown, and no shared benchmark shows a material gap.',
    applies: () => true,
    write: (f) => ({
      pick: null,
      headline:
        f.cheaper === 'tie'
          ? 'Evenly matched on the sourced data: about the same cost and no material benchmark gap. Decide on context, capabilities and providers below.'
          : 'No material difference on the sourced data, and the costs cannot be compared. Decide on context, capabilities and providers below.',
      why: costWhy(f),
    }),
  },
];

export function verdict(ctx: PairContext, bench: BenchmarkSection): Verdict {
  const f: Facts = { ctx, bench, cheaper: ctx.cmp.cheaper, shared: bench.shared.length };
  const rule = VERDICT_RULES.find((r) => r.applies(f))!;
  return { rule: rule.id, ...rule.write(f) };
}
