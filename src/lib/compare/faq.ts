/**
 * FAQ: the questions people ask about a pair, each answered from the model views in a sentence
 * or two. A question whose answer would have no sourced fact in it is left out; answers are never
 * padded, and the cost answer gives the figures without restating the saving (the cost section
 * and the verdict say that).
 */
import { capabilityLabel, formatMoney, formatPercent, formatTokens, listText } from '../format';
import { CAPABILITIES } from '../schema/constants';
import { leadText } from './benchmarks';
import { other, type PairContext } from './context';
import { COST_TIE_THRESHOLD, workloadText } from './cost';
import type { BenchmarkSection, FaqEntry, Side } from './types';

export function faq(ctx: PairContext, bench: BenchmarkSection): FaqEntry[] {
  const { v, name, est, cmp, cat } = ctx;
  const out: FaqEntry[] = [];
  const q = (id: string, question: string, answer: string) => out.push({ id, question, answer });
  const w = workloadText(cat.site.workload);

  if (est.a.usd !== null || est.b.usd !== null) {
    let answer: string;
    if (cmp.cheaper === 'a' || cmp.cheaper === 'b') {
      const s = cmp.cheaper;
      answer = `${name[s]}: ${formatMoney(est[s].usd!)} a month against ${formatMoney(est[other(s)].usd!)} for ${name[other(s)]}, at ${w}.`;
    } else if (cmp.cheaper === 'tie') {
      answer = `Neither, to within ${formatPercent(COST_TIE_THRESHOLD)}: at ${w}, ${name.a} comes to ${formatMoney(est.a.usd!)} and ${name.b} to ${formatMoney(est.b.usd!)} a month.`;
    } else {
      const s: Side = est.a.usd !== null ? 'a' : 'b';
      answer = `It cannot be said from the sourced prices. ${name[s]} comes to ${formatMoney(est[s].usd!)} a month at ${w}; for ${name[other(s)]}, ${est[other(s)].reason}.`;
    }
    q('cheaper', `Which is cheaper, ${name.a} or ${name.b}?`, answer);
  }

  const ca = v.a.contextWindow;
  const cb = v.b.contextWindow;
  if (ca !== null && cb !== null) {
    const answer =
      ca === cb
        ? `Neither: both take ${formatTokens(ca)} tokens.`
        : `${ca > cb ? name.a : name.b}, with ${formatTokens(Math.max(ca, cb))} tokens against ${formatTokens(Math.min(ca, cb))}.`;
    q('context', `Which has the larger context window?`, answer);
  }

  const top = bench.shared[0];
  if (top) {
    const answer =
      top.leader === 'tie'
        ? `Neither by a material margin: on ${top.name}, ${name.a} scores ${top.compared.a!.scoreText} and ${name.b} ${top.compared.b!.scoreText} (a gap of ${top.gapText}).`
        : `${name[top.leader as Side]}, on ${leadText(top, top.leader as Side)}.${bench.shared.length > 1 ? ` The pair shares ${bench.shared.length} benchmarks like for like; the benchmarks table lists all of them.` : ''}`;
    // On a lower-is-better benchmark (hallucination rate) the better model is the one that scores lower.
    q('benchmark', `Which does better on ${top.name}?`, answer);
  }

  const ow = (s: Side) => v[s].openWeights;
  if (ow('a') !== null || ow('b') !== null) {
    const one = (s: Side) =>
      ow(s) === true
        ? `${name[s]} has open weights${v[s].license ? ` under ${v[s].license}` : ''}.`
        : ow(s) === false
          ? `${name[s]} does not publish its weights${v[s].license ? ` (${v[s].license})` : ''}.`
          : `No source says whether ${name[s]}'s weights are published.`;
    q('open-weights', `Can I self-host ${name.a} or ${name.b}?`, `${one('a')} ${one('b')}`);
  }

  for (const c of CAPABILITIES) {
    const va = v.a.caps[c];
    const vb = v.b.caps[c];
    if (va === vb || (va !== 'yes' && vb !== 'yes')) continue; // only where they differ and one has it
    const s: Side = va === 'yes' ? 'a' : 'b';
    const o = other(s);
    const otherState = v[o].caps[c] === 'no' ? 'does not support it' : 'does not document it either way';
    q(`capability-${c}`, `Which supports ${capabilityLabel(c)}?`, `${name[s]} does; ${name[o]} ${otherState}.`);
  }

  if (v.a.providers.length || v.b.providers.length) {
    const line = (s: Side) => (v[s].providers.length ? `${name[s]}: ${v[s].providersText}.` : `${name[s]}: no provider route is sourced.`);
    const shared = v.a.providers.filter((p) => v.b.providerIds.has(p.id)).map((p) => p.name);
    q(
      'providers',
      `Where can I use ${name.a} and ${name.b}?`,
      `${line('a')} ${line('b')}${shared.length ? ` ${listText(shared)} ${shared.length === 1 ? 'offers' : 'offer'} both.` : ''}`,
    );
  }
  return out;
}
