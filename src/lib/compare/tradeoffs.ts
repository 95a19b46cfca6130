/**
 * Tradeoffs: what each model has over the other. Every line comes from a rule that fired on the
 * data, and only past the difference named in materiality.ts; a model with no advantage gets an
 * empty list, never filler. Facts whose home is another section (the cost, the benchmark rows) are
 * referred to in a short clause with a link there, not retold.
 *
 * Rules, in display order: cheaper (the monthly estimate, see cost.ts), benchmark-leads (the
 * like-for-like leads, by name), context, routes (providers), capabilities (documented yes vs
 * documented no: the whole list), capabilities-unknown (yes vs not documented), open-weights,
 * knowledge-cutoff.
 */
import { capabilityLabel, formatDate, formatRatio, formatTokens, listText, plural, sentenceCase } from '../format';
import { CAPABILITIES } from '../schema/constants';
import { leadCount } from './benchmarks';
import { other, type PairContext } from './context';
import { contextAdvantage, cutoffAdvantage, providerAdvantage } from './materiality';
import type { BenchmarkSection, PerSide, RuleLine, Side } from './types';

export { CONTEXT_ADVANTAGE_RATIO } from './materiality';

export function capabilitySplit(ctx: PairContext, s: Side) {
  const me = ctx.v[s].caps;
  const them = ctx.v[other(s)].caps;
  return {
    /** Documented yes here, documented no there. */
    lacks: CAPABILITIES.filter((c) => me[c] === 'yes' && them[c] === 'no'),
    /** Documented yes here, not documented there. */
    unknown: CAPABILITIES.filter((c) => me[c] === 'yes' && them[c] === 'unknown'),
  };
}

export function tradeoffs(ctx: PairContext, bench: BenchmarkSection): PerSide<RuleLine[]> {
  const out: PerSide<RuleLine[]> = { a: [], b: [] };
  const { v, name, cmp } = ctx;
  for (const s of ['a', 'b'] as const) {
    const o = other(s);
    const lines = out[s];
    if (cmp.cheaper === s) lines.push({ rule: 'cheaper', text: 'Lower monthly cost at the stated workload.', seeAlso: '#cost' });
    if (bench.leads[s].length)
      lines.push({ rule: 'benchmark-leads', text: `Leads ${leadCount(bench, s)}.`, seeAlso: '#benchmarks' });
    const cs = v[s].contextWindow;
    const co = v[o].contextWindow;
    if (contextAdvantage(cs, co))
      lines.push({ rule: 'context', text: `Larger context window: ${formatTokens(cs!)} tokens against ${formatTokens(co!)} (${formatRatio(cs! / co!)}).` });
    const rs = v[s].providers.length;
    const ro = v[o].providers.length;
    if (providerAdvantage(rs, ro)) lines.push({ rule: 'routes', text: `Offered by more providers: ${plural(rs, 'provider')} against ${ro}, so more room to fail over or negotiate.` });
    const split = capabilitySplit(ctx, s);
    if (split.lacks.length > 0)
      lines.push({ rule: 'capabilities', text: `Supports ${listText(split.lacks.map(capabilityLabel))}, which ${name[o]} does not.` });
    if (split.unknown.length > 0)
      lines.push({
        rule: 'capabilities-unknown',
        text: `${sentenceCase(listText(split.unknown.map(capabilityLabel)))}: documented for ${name[s]}; not documented either way for ${name[o]}.`,
      });
    if (v[s].openWeights === true && v[o].openWeights === false)
      lines.push({
        rule: 'open-weights',
        text: `Open weights${v[s].license ? ` (${v[s].license})` : ''}: it can be self-hosted or fine-tuned; ${name[o]} is available through APIs only.`,
      });
    const ks = v[s].knowledgeCutoff;
    const ko = v[o].knowledgeCutoff;
    if (cutoffAdvantage(ks, ko)) lines.push({ rule: 'knowledge-cutoff', text: `Newer knowledge cutoff: ${formatDate(ks!)} against ${formatDate(ko!)}.` });
  }
  return out;
}
