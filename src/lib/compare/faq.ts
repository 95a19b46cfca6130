/**
 * FAQ: the questions people ask about a pair, each answered from the data. A question whose
 * answer would have no sourced fact in it is left out; answers are never padded.
 */
import { capabilityLabel, formatMoney, formatTokens, listText } from '../format';
import { CAPABILITIES } from '../schema/model';
import { leadText } from './benchmarks';
import { other, type PairContext } from './context';
import { savingPhrase, workloadText, COST_TIE_THRESHOLD } from './cost';
import type { BenchmarkSection, FaqEntry, Side } from './types';
import { formatPercent } from '../format';

export function faq(ctx: PairContext, bench: BenchmarkSection): FaqEntry[] {
  const { m, name, est, cmp, cat } = ctx;
  const out: FaqEntry[] = [];
  const q = (id: string, question: string, answer: string) => out.push({ id, question, answer });
  const w = workloadText(cat.site.workload);

  if (est.a.usd !== null || est.b.usd !== null) {
    let answer: string;
    if (cmp.cheaper === 'a' || cmp.cheaper === 'b') {
      const s = cmp.cheaper;
      answer = `${name[s]}. At ${w}, it ${savingPhrase(cmp)}: ${formatMoney(est[s].usd!)} a month via ${est[s].route!.providerName}, against ${formatMoney(est[other(s)].usd!)} via ${est[other(s)].route!.providerName}.`;
    } else if (cmp.cheaper === 'tie') {
      answer = `Neither, to within ${formatPercent(COST_TIE_THRESHOLD)}: at ${w}, ${name.a} comes to ${formatMoney(est.a.usd!)} and ${name.b} to ${formatMoney(est.b.usd!)} a month.`;
    } else {
      const s: Side = est.a.usd !== null ? 'a' : 'b';
      answer = `It cannot be said from the sourced prices. ${name[s]} comes to ${formatMoney(est[s].usd!)} a month at ${w}; for ${name[other(s)]}, ${est[other(s)].reason}.`;
    }
    q('cheaper', `Which is cheaper, ${name.a} or ${name.b}?`, answer);
  }

  const ca = m.a.context_window;
  const cb = m.b.context_window;
  if (ca !== undefined && cb !== undefined) {
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
        : `${name[top.leader as Side]}, on ${leadText(top, top.leader as Side)}.${bench.shared.length > 1 ? ` The pair shares ${bench.shared.length} benchmarks; the table above lists all of them.` : ''}`;
    q('benchmark', `Which scores higher on ${top.name}?`, answer);
  }

  const ow = (s: Side) => m[s].open_weights;
  if (ow('a') !== undefined || ow('b') !== undefined) {
    const one = (s: Side) =>
      ow(s) === true
        ? `${name[s]} has open weights${m[s].license ? ` under ${m[s].license}` : ''}.`
        : ow(s) === false
          ? `${name[s]} does not publish its weights${m[s].license ? ` (${m[s].license})` : ''}.`
          : `${name[s]}'s open-weights status is not sourced.`;
    q('open-weights', `Can I self-host ${name.a} or ${name.b}?`, `${one('a')} ${one('b')}`);
  }

  for (const c of CAPABILITIES) {
    const va = m.a.capabilities[c];
    const vb = m.b.capabilities[c];
    if (va === vb || (va !== true && vb !== true)) continue; // only where they differ and one has it
    const s: Side = va === true ? 'a' : 'b';
    const o = other(s);
    const otherState = m[o].capabilities[c] === false ? 'does not support it' : 'does not document it either way';
    q(`capability-${c}`, `Which supports ${capabilityLabel(c)}?`, `${name[s]} does; ${name[o]} ${otherState}.`);
  }

  const providers = (s: Side) => [...new Set(m[s].routes.map((r) => cat.providers.get(r.provider)?.name ?? r.provider))].sort();
  const pa = providers('a');
  const pb = providers('b');
  if (pa.length || pb.length) {
    const line = (s: Side, list: string[]) => (list.length ? `${name[s]}: ${listText(list)}.` : `${name[s]}: no provider route is sourced.`);
    const shared = pa.filter((p) => pb.includes(p));
    q(
      'providers',
      `Where can I use ${name.a} and ${name.b}?`,
      `${line('a', pa)} ${line('b', pb)}${shared.length ? ` ${listText(shared)} ${shared.length === 1 ? 'offers' : 'offer'} both.` : ''}`,
    );
  }
  return out;
}
