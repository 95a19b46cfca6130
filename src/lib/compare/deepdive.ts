/**
 * The deep dive: what the tables and lists above cannot say in a cell, as prose, one paragraph per
 * topic, each written only when its facts exist. It does not retell facts whose home is another
 * section (which model is cheaper and by how much, each benchmark row, what one model has over
 * the other); no sentence is added to reach a length.
 */
import { capabilityLabel, formatPercent, formatTokens, listText } from '../format';
import { CAPABILITIES } from '../schema/constants';
import { inputsText } from '../views/model';
import type { PairContext } from './context';
import type { BenchmarkSection, Paragraph, Side } from './types';

/** Output tokens' share of each estimate: it tells a reader which price to watch at this workload. */
function costParagraph(ctx: PairContext): Paragraph | null {
  const { est, name, cat } = ctx;
  const w = cat.site.workload;
  const parts: string[] = [];
  const shares: string[] = [];
  for (const s of ['a', 'b'] as const) {
    const r = est[s].route;
    if (r && r.usd > 0) shares.push(`${formatPercent((r.output * w.output_tokens_per_month) / 1e6 / r.usd)} of ${name[s]}'s`);
  }
  if (shares.length) parts.push(`Output tokens make up ${listText(shares)} monthly estimate, so the output price matters more than the input price at this workload.`);
  for (const s of ['a', 'b'] as const) {
    const free = est[s].freeTiers;
    if (free.length) parts.push(`${name[s]} also has a free, rate-limited tier on ${listText(free.map((f) => f.providerName))}, left out of the estimate.`);
  }
  return parts.length ? { heading: 'Cost', text: parts.join(' ') } : null;
}

/** Why rows with scores on both sides are not compared, in one place. */
function benchmarkParagraph(ctx: PairContext, bench: BenchmarkSection): Paragraph | null {
  if (bench.unlike.length === 0) return null;
  const reasons = new Map<string, string[]>();
  for (const r of bench.unlike) reasons.set(r.unlike!, [...(reasons.get(r.unlike!) ?? []), r.name]);
  const parts = [...reasons.entries()].map(([why, names]) => `On ${listText(names)}, both have scores but they are shown side by side, not compared: ${why}.`);
  void ctx;
  return { heading: 'Benchmarks not compared', text: parts.join(' ') };
}

function capabilityParagraph(ctx: PairContext): Paragraph | null {
  const { v, name } = ctx;
  const both = CAPABILITIES.filter((c) => v.a.caps[c] === 'yes' && v.b.caps[c] === 'yes');
  const parts: string[] = [];
  if (both.length) parts.push(`Both document ${listText(both.map(capabilityLabel))}.`);
  const unknown = CAPABILITIES.filter((c) => v.a.caps[c] === 'unknown' && v.b.caps[c] === 'unknown');
  if (parts.length && unknown.length) parts.push(`Neither record states ${listText(unknown.map(capabilityLabel))} either way.`);
  if (v.a.inputs.join() !== v.b.inputs.join()) parts.push(`The sources list ${inputsText(v.a)} input for ${name.a}, and ${inputsText(v.b)} for ${name.b}.`);
  return parts.length ? { heading: 'Capabilities', text: parts.join(' ') } : null;
}

function contextParagraph(ctx: PairContext): Paragraph | null {
  const { v, name } = ctx;
  const parts: string[] = [];
  if (v.a.contextWindow !== null && v.a.contextWindow === v.b.contextWindow && v.a.maxOutputTokens !== null && v.a.maxOutputTokens === v.b.maxOutputTokens)
    return { heading: 'Context and output', text: `Both read up to ${formatTokens(v.a.contextWindow)} tokens and write up to ${formatTokens(v.a.maxOutputTokens)} per response.` };
  for (const s of ['a', 'b'] as const) {
    const c = v[s].contextWindow;
    const o = v[s].maxOutputTokens;
    if (c !== null && o !== null) parts.push(`${name[s]} reads up to ${formatTokens(c)} tokens and writes up to ${formatTokens(o)} per response.`);
    else if (c !== null) parts.push(`${name[s]} reads up to ${formatTokens(c)} tokens; its output limit is not sourced.`);
  }
  return parts.length ? { heading: 'Context and output', text: parts.join(' ') } : null;
}

function opennessParagraph(ctx: PairContext): Paragraph | null {
  const { v, name } = ctx;
  const desc = (s: Side) => {
    const ow = v[s].openWeights;
    const lic = v[s].license;
    if (ow === null && lic === null) return null;
    const weights = ow === true ? 'publishes its weights' : ow === false ? 'does not publish its weights' : 'has no source saying whether its weights are published';
    return `${name[s]} ${weights}${lic ? ` (licence: ${lic})` : ''}.`;
  };
  if (v.a.openWeights === false && v.b.openWeights === false && (v.a.license ?? '') === (v.b.license ?? ''))
    return { heading: 'Licence and weights', text: `Neither publishes its weights${v.a.license ? ` (licence: ${v.a.license})` : ''}.` };
  const parts = [desc('a'), desc('b')].filter((x): x is string => x !== null);
  return parts.length ? { heading: 'Licence and weights', text: parts.join(' ') } : null;
}

export function deepDive(ctx: PairContext, bench: BenchmarkSection): Paragraph[] {
  return [costParagraph(ctx), benchmarkParagraph(ctx, bench), capabilityParagraph(ctx), contextParagraph(ctx), opennessParagraph(ctx)].filter(
    (p): p is Paragraph => p !== null,
  );
}
