/** Specs and capabilities tables: the model page's facts, side by side, unknown kept as unknown. */
import { capabilityState, factRows } from '../data/resolve';
import { capabilityLabel, sentenceCase } from '../format';
import { CAPABILITIES } from '../schema/model';
import type { PairContext } from './context';
import type { CapabilityRow, SpecRow } from './types';

export function specs(ctx: PairContext): SpecRow[] {
  const a = factRows(ctx.cat, ctx.m.a);
  const b = factRows(ctx.cat, ctx.m.b);
  return a.map((row, i) => ({ key: row.key, label: row.label, a: row.value, b: b[i]?.value ?? null }));
}

export function capabilities(ctx: PairContext): CapabilityRow[] {
  return CAPABILITIES.map((c) => ({
    key: c,
    label: sentenceCase(capabilityLabel(c)),
    a: capabilityState(ctx.m.a, c),
    b: capabilityState(ctx.m.b, c),
  }));
}
