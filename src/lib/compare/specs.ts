/** Specs and capabilities tables: the model views' facts, side by side, unknown kept as unknown. */
import type { PairContext } from './context';
import type { CapabilityRow, SpecRow } from './types';

export function specs(ctx: PairContext): SpecRow[] {
  const b = ctx.v.b.facts;
  return ctx.v.a.facts.map((row, i) => ({ key: row.key, label: row.label, a: row.value, b: b[i]?.value ?? null }));
}

export function capabilities(ctx: PairContext): CapabilityRow[] {
  const b = ctx.v.b.capabilities;
  return ctx.v.a.capabilities.map((c, i) => ({ key: c.key, label: c.label, a: c.value, b: b[i]!.value }));
}
