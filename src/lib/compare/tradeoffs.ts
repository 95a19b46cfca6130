/**
 * Tradeoffs: what each model has over the other. Every line comes from a rule that fired on the
 * data; a model with no advantage gets an empty list, never filler.
 *
 * Rules, in display order: cheaper (the monthly estimate, see cost.ts), benchmark-lead (per shared
 * benchmark, gap ≥ materiality), context (≥ CONTEXT_ADVANTAGE_RATIO× larger), routes (more
 * providers), capabilities (documented yes vs documented no: the whole list), capabilities-unknown
 * (yes vs not documented), open-weights, knowledge-cutoff (newer).
 */
import { capabilityLabel, sentenceCase, formatDate, formatMoney, formatRatio, formatTokens, listText, plural } from '../format';
import { CAPABILITIES } from '../schema/model';
import { compareDates } from '../schema/shared';
import { leadText } from './benchmarks';
import { other, type PairContext } from './context';
import { savingPhrase } from './cost';
import type { BenchmarkSection, PerSide, RuleLine, Side } from './types';

/** A context window counts as an advantage from this ratio on. */
export const CONTEXT_ADVANTAGE_RATIO = 1.5;

export function capabilitySplit(ctx: PairContext, s: Side) {
  const me = ctx.m[s].capabilities;
  const them = ctx.m[other(s)].capabilities;
  return {
    /** Documented yes here, documented no there. */
    lacks: CAPABILITIES.filter((c) => me[c] === true && them[c] === false),
    /** Documented yes here, not documented there. */
    unknown: CAPABILITIES.filter((c) => me[c] === true && them[c] === undefined),
  };
}

export function tradeoffs(ctx: PairContext, bench: BenchmarkSection): PerSide<RuleLine[]> {
  const out: PerSide<RuleLine[]> = { a: [], b: [] };
  const { m, name, est, cmp } = ctx;
  for (const s of ['a', 'b'] as const) {
    const o = other(s);
    const lines = out[s];
    if (cmp.cheaper === s)
      lines.push({
        rule: 'cheaper',
        text: `${sentenceCase(savingPhrase(cmp))} at the workload: ${formatMoney(est[s].usd!)} a month via ${est[s].route!.providerName}, against ${formatMoney(est[o].usd!)} for ${name[o]}.`,
      });
    for (const r of bench.leads[s]) lines.push({ rule: 'benchmark-lead', text: `Leads on ${leadText(r, s)}.` });
    const cs = m[s].context_window;
    const co = m[o].context_window;
    if (cs !== undefined && co !== undefined && cs >= co * CONTEXT_ADVANTAGE_RATIO)
      lines.push({ rule: 'context', text: `Larger context window: ${formatTokens(cs)} tokens against ${formatTokens(co)} (${formatRatio(cs / co)}).` });
    const rs = new Set(m[s].routes.map((r) => r.provider)).size;
    const ro = new Set(m[o].routes.map((r) => r.provider)).size;
    if (rs > ro) lines.push({ rule: 'routes', text: `Offered by more providers: ${rs} against ${ro}, so more room to fail over or negotiate.` });
    const split = capabilitySplit(ctx, s);
    if (split.lacks.length > 0)
      lines.push({ rule: 'capabilities', text: `Supports ${listText(split.lacks.map(capabilityLabel))}, which ${name[o]} does not.` });
    if (split.unknown.length > 0)
      lines.push({
        rule: 'capabilities-unknown',
        text: `${sentenceCase(listText(split.unknown.map(capabilityLabel)))}: documented for ${name[s]} only; not documented either way for ${name[o]}.`,
      });
    if (m[s].open_weights === true && m[o].open_weights === false)
      lines.push({
        rule: 'open-weights',
        text: `Open weights${m[s].license ? ` (${m[s].license})` : ''}: it can be self-hosted or fine-tuned; ${name[o]} is available through APIs only.`,
      });
    const ks = m[s].knowledge_cutoff;
    const ko = m[o].knowledge_cutoff;
    if (ks !== undefined && ko !== undefined && compareDates(ks, ko) > 0)
      lines.push({ rule: 'knowledge-cutoff', text: `Newer knowledge cutoff: ${formatDate(ks)} against ${formatDate(ko)}.` });
  }
  return out;
}

/** Used by the scorecard: "3 providers". */
export const providerCount = (ctx: PairContext, s: Side) => plural(new Set(ctx.m[s].routes.map((r) => r.provider)).size, 'provider');
