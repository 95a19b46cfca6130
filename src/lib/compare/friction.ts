/**
 * Switch friction: what changes when moving traffic from one model to the other.
 * Facts that hold in both directions (shared providers, the price change, a licence change) are
 * stated once in `common`; each direction lists only what that move loses, so no fact appears
 * twice with its sign flipped. Capabilities and input types read the model views' tri-states, so
 * switching never says "not accepted" where the capabilities table says "not documented".
 */
import { capabilityLabel, formatMoney, formatTokens, listText, sentenceCase } from '../format';
import { CAPABILITIES } from '../schema/constants';
import { other, type PairContext } from './context';
import type { FrictionSection, RuleLine, Side } from './types';

/** Providers named in the shared-providers line; the rest are counted (the pricing tables list them all). */
export const SHARED_PROVIDERS_NAMED = 5;

function sharedProviders(ctx: PairContext): RuleLine {
  const { v, name } = ctx;
  const shared = v.b.providers.filter((p) => v.a.providerIds.has(p.id));
  if (shared.length === 0)
    return {
      rule: 'shared-providers',
      text: `No provider in the data offers both ${name.a} and ${name.b}: switching means another provider account, key and endpoint.`,
    };
  const names = shared.length > SHARED_PROVIDERS_NAMED ? [...shared.slice(0, SHARED_PROVIDERS_NAMED).map((p) => p.name), `${shared.length - SHARED_PROVIDERS_NAMED} more`] : shared.map((p) => p.name);
  return {
    rule: 'shared-providers',
    text: `${listText(names)} ${shared.length === 1 ? 'offers' : 'offer'} both models, so a switch there is a change of model id on the same account.`,
  };
}

/** The cost change in a short clause; the cost section is its home. */
function priceChange(ctx: PairContext): RuleLine | null {
  const { cmp, name } = ctx;
  if (cmp.cheaper === null) return null; // the cost section says why it cannot be estimated
  if (cmp.cheaper === 'tie') return { rule: 'price-change', text: 'The monthly estimate barely moves either way.', seeAlso: '#cost' };
  return {
    rule: 'price-change',
    text: `Moving to ${name[cmp.cheaper]} lowers the monthly estimate by ${formatMoney(cmp.gapUsd!)}; the reverse move adds the same.`,
    seeAlso: '#cost',
  };
}

function licenceChange(ctx: PairContext): RuleLine | null {
  const { v, name } = ctx;
  const la = v.a.license;
  const lb = v.b.license;
  if (la === null || lb === null || la.toLowerCase() === lb.toLowerCase()) return null;
  return { rule: 'licence', text: `The licence differs: ${name.a} is under ${la}, ${name.b} under ${lb}.` };
}

function losses(ctx: PairContext, from: Side): RuleLine[] {
  const to = other(from);
  const { v, name } = ctx;
  const out: RuleLine[] = [];
  const lost = CAPABILITIES.filter((c) => v[from].caps[c] === 'yes' && v[to].caps[c] === 'no');
  if (lost.length) out.push({ rule: 'capabilities-lost', text: `Loses ${listText(lost.map(capabilityLabel))}: ${name[to]} does not support ${lost.length === 1 ? 'it' : 'them'}.` });
  const unverified = CAPABILITIES.filter((c) => v[from].caps[c] === 'yes' && v[to].caps[c] === 'unknown');
  if (unverified.length)
    out.push({ rule: 'capabilities-unverified', text: `${sentenceCase(listText(unverified.map(capabilityLabel)))}: not documented for ${name[to]}; test before relying on it.` });
  // Image input is the vision capability (above); other input types are only as listed by the sources.
  const mods = v[from].inputs.filter((x) => x !== 'image' && x !== 'text' && !v[to].inputs.includes(x));
  if (mods.length) out.push({ rule: 'input-unlisted', text: `${sentenceCase(listText(mods.map((x) => (x === 'pdf' ? 'PDF' : x))))} input is not listed for ${name[to]}; test before relying on it.` });
  const cf = v[from].contextWindow;
  const ct = v[to].contextWindow;
  if (cf !== null && ct !== null && ct < cf)
    out.push({ rule: 'context-lost', text: `Prompts longer than ${formatTokens(ct)} tokens no longer fit (${name[from]} takes ${formatTokens(cf)}).` });
  if (v[from].openWeights === true && v[to].openWeights === false)
    out.push({ rule: 'open-weights-lost', text: `No more self-hosting: ${name[to]}'s weights are not published.` });
  return out;
}

export function friction(ctx: PairContext): FrictionSection {
  const common = [sharedProviders(ctx)];
  const price = priceChange(ctx);
  if (price) common.push(price);
  const lic = licenceChange(ctx);
  if (lic) common.push(lic);
  return { common, aToB: losses(ctx, 'a'), bToA: losses(ctx, 'b') };
}
