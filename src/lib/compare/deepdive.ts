/**
 * The deep dive: the facts of the pair as prose, one paragraph per topic, each written only when
 * its facts exist. No sentence is added to reach a length.
 */
import { capabilityLabel, formatMoney, formatPercent, formatPrice, formatTokens, listText } from '../format';
import { CAPABILITIES } from '../schema/model';
import { other, type PairContext } from './context';
import type { BenchmarkSection, Paragraph, Side } from './types';

function costParagraph(ctx: PairContext): Paragraph | null {
  const { est, name, cat } = ctx;
  const w = cat.site.workload;
  const parts: string[] = [];
  for (const s of ['a', 'b'] as const) {
    const r = est[s].route;
    if (!r) continue;
    const outShare = (r.output * w.output_tokens_per_month) / 1e6 / r.usd;
    parts.push(
      `${name[s]}'s cheapest paid route is ${r.providerName} at ${formatPrice(r.input)} input and ${formatPrice(r.output)} output per 1M tokens, ${formatMoney(r.usd)} a month, of which output is ${formatPercent(outShare)}.`,
    );
  }
  if (parts.length === 0) return null;
  for (const s of ['a', 'b'] as const) {
    const free = est[s].freeTiers;
    if (free.length) parts.push(`${name[s]} also has a free, rate-limited tier on ${listText(free.map((f) => f.providerName))}, left out of the estimate.`);
  }
  return { heading: 'Cost', text: parts.join(' ') };
}

function benchmarkParagraph(ctx: PairContext, bench: BenchmarkSection): Paragraph | null {
  const { name } = ctx;
  const parts: string[] = [];
  for (const r of bench.shared) {
    const a = r.compared.a!;
    const b = r.compared.b!;
    const result =
      r.leader === 'tie'
        ? `a gap of ${r.gapText}, below the ${r.materiality}-point threshold this site treats as a lead`
        : `${name[r.leader as Side]} ahead by ${r.gapText}`;
    parts.push(`On ${r.name} (${r.category}), ${name.a} scores ${a.scoreText} and ${name.b} ${b.scoreText}: ${result}.`);
  }
  for (const s of ['a', 'b'] as const) {
    const only = bench.only[s];
    if (only.length)
      parts.push(`Only ${name[s]} has a sourced score on ${listText(only.map((r) => `${r.name} (${r.scores[s][0]!.scoreText})`))}.`);
  }
  return parts.length ? { heading: 'Benchmarks', text: parts.join(' ') } : null;
}

function capabilityParagraph(ctx: PairContext): Paragraph | null {
  const { m, name } = ctx;
  const both = CAPABILITIES.filter((c) => m.a.capabilities[c] === true && m.b.capabilities[c] === true);
  const parts: string[] = [];
  if (both.length) parts.push(`Both document ${listText(both.map(capabilityLabel))}.`);
  for (const s of ['a', 'b'] as const) {
    const o = other(s);
    const onlyMine = CAPABILITIES.filter((c) => m[s].capabilities[c] === true && m[o].capabilities[c] !== true);
    if (onlyMine.length) parts.push(`Only ${name[s]} documents ${listText(onlyMine.map(capabilityLabel))}.`);
  }
  const unknown = CAPABILITIES.filter((c) => m.a.capabilities[c] === undefined && m.b.capabilities[c] === undefined);
  if (parts.length && unknown.length) parts.push(`Neither record states ${listText(unknown.map(capabilityLabel))}.`);
  const ia = m.a.modalities.input;
  const ib = m.b.modalities.input;
  if (ia.join() !== ib.join()) parts.push(`${name.a} accepts ${listText(ia)}; ${name.b} accepts ${listText(ib)}.`);
  return parts.length ? { heading: 'Capabilities', text: parts.join(' ') } : null;
}

function contextParagraph(ctx: PairContext): Paragraph | null {
  const { m, name } = ctx;
  const parts: string[] = [];
  for (const s of ['a', 'b'] as const) {
    const c = m[s].context_window;
    const o = m[s].max_output_tokens;
    if (c !== undefined && o !== undefined) parts.push(`${name[s]} reads up to ${formatTokens(c)} tokens and writes up to ${formatTokens(o)} per response.`);
    else if (c !== undefined) parts.push(`${name[s]} reads up to ${formatTokens(c)} tokens; its output limit is not sourced.`);
  }
  return parts.length ? { heading: 'Context and output', text: parts.join(' ') } : null;
}

function opennessParagraph(ctx: PairContext): Paragraph | null {
  const { m, name } = ctx;
  const desc = (s: Side) => {
    const ow = m[s].open_weights;
    const lic = m[s].license;
    if (ow === undefined && lic === undefined) return null;
    const weights = ow === true ? 'publishes its weights' : ow === false ? 'does not publish its weights' : 'has no sourced open-weights status';
    return `${name[s]} ${weights}${lic ? ` (licence: ${lic})` : ''}.`;
  };
  const parts = [desc('a'), desc('b')].filter((x): x is string => x !== null);
  return parts.length ? { heading: 'Licence and weights', text: parts.join(' ') } : null;
}

export function deepDive(ctx: PairContext, bench: BenchmarkSection): Paragraph[] {
  return [costParagraph(ctx), benchmarkParagraph(ctx, bench), capabilityParagraph(ctx), contextParagraph(ctx), opennessParagraph(ctx)].filter(
    (p): p is Paragraph => p !== null,
  );
}
