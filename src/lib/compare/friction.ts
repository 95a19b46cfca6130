/**
 * Switch friction: what changes when moving traffic from one model to the other.
 * Facts that hold in both directions (shared providers, the price change, a licence change) are
 * stated once in `common`; each direction lists only what that move loses, so no fact appears
 * twice with its sign flipped.
 */
import { capabilityLabel, sentenceCase, formatMoney, formatTokens, listText } from '../format';
import { CAPABILITIES, MODALITIES } from '../schema/model';
import { other, type PairContext } from './context';
import type { FrictionSection, RuleLine, Side } from './types';

function sharedProviders(ctx: PairContext): RuleLine {
  const { cat, m, name } = ctx;
  const pa = new Set(m.a.routes.map((r) => r.provider));
  const shared = [...new Set(m.b.routes.map((r) => r.provider))].filter((p) => pa.has(p)).sort();
  if (shared.length === 0)
    return {
      rule: 'shared-providers',
      text: `No provider in the data offers both ${name.a} and ${name.b}: switching means another provider account, key and endpoint.`,
    };
  const names = shared.map((p) => cat.providers.get(p)?.name ?? p);
  return {
    rule: 'shared-providers',
    text: `${listText(names)} ${shared.length === 1 ? 'offers' : 'offer'} both models, so a switch there is a change of model id on the same account.`,
  };
}

function priceChange(ctx: PairContext): RuleLine {
  const { est, cmp, name } = ctx;
  if (cmp.cheaper === null) {
    const missing = (['a', 'b'] as const).filter((s) => est[s].usd === null);
    return {
      rule: 'price-change',
      text: `The change in monthly cost cannot be estimated: ${missing.map((s) => `for ${name[s]}, ${est[s].reason}`).join('; ')}.`,
    };
  }
  if (cmp.cheaper === 'tie')
    return { rule: 'price-change', text: `The monthly estimate barely moves either way (${formatMoney(est.a.usd!)} and ${formatMoney(est.b.usd!)}).` };
  const cheap = cmp.cheaper;
  const dear = other(cheap);
  return {
    rule: 'price-change',
    text: `Moving from ${name[dear]} to ${name[cheap]} cuts the monthly estimate from ${formatMoney(est[dear].usd!)} to ${formatMoney(est[cheap].usd!)} (${formatMoney(cmp.gapUsd!)} less); the reverse move adds the same.`,
  };
}

function licenceChange(ctx: PairContext): RuleLine | null {
  const { m, name } = ctx;
  const la = m.a.license;
  const lb = m.b.license;
  if (la === undefined || lb === undefined || la.toLowerCase() === lb.toLowerCase()) return null;
  return { rule: 'licence', text: `The licence differs: ${name.a} is under ${la}, ${name.b} under ${lb}.` };
}

function losses(ctx: PairContext, from: Side): RuleLine[] {
  const to = other(from);
  const { m, name } = ctx;
  const out: RuleLine[] = [];
  const lost = CAPABILITIES.filter((c) => m[from].capabilities[c] === true && m[to].capabilities[c] === false);
  if (lost.length) out.push({ rule: 'capabilities-lost', text: `Loses ${listText(lost.map(capabilityLabel))}: ${name[to]} does not support ${lost.length === 1 ? 'it' : 'them'}.` });
  const unverified = CAPABILITIES.filter((c) => m[from].capabilities[c] === true && m[to].capabilities[c] === undefined);
  if (unverified.length)
    out.push({ rule: 'capabilities-unverified', text: `${sentenceCase(listText(unverified.map(capabilityLabel)))}: not documented for ${name[to]}; test before relying on it.` });
  const mods = MODALITIES.filter((x) => m[from].modalities.input.includes(x) && !m[to].modalities.input.includes(x));
  if (mods.length) out.push({ rule: 'input-lost', text: `${sentenceCase(listText(mods))} input is not accepted by ${name[to]}.` });
  const cf = m[from].context_window;
  const ct = m[to].context_window;
  if (cf !== undefined && ct !== undefined && ct < cf)
    out.push({ rule: 'context-lost', text: `Prompts longer than ${formatTokens(ct)} tokens no longer fit (${name[from]} takes ${formatTokens(cf)}).` });
  if (m[from].open_weights === true && m[to].open_weights === false)
    out.push({ rule: 'open-weights-lost', text: `No more self-hosting: ${name[to]}'s weights are not published.` });
  return out;
}

export function friction(ctx: PairContext): FrictionSection {
  const common = [sharedProviders(ctx), priceChange(ctx)];
  const lic = licenceChange(ctx);
  if (lic) common.push(lic);
  return { common, aToB: losses(ctx, 'a'), bToA: losses(ctx, 'b') };
}
