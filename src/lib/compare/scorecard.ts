/**
 * The scorecard: one row per headline fact, with the better side marked where "better" is
 * defined (larger context, lower monthly estimate, more providers, more benchmark leads).
 */
import type { Model } from '../data/load';
import { formatMoney, formatTokens, plural } from '../format';
import type { PairContext } from './context';
import type { BenchmarkSection, ScorecardRow } from './types';

/** Context windows from this size on are called out as suited to long documents. */
export const LONG_CONTEXT_TOKENS = 500_000;

/**
 * What a model is good for: its curated tags when the record has them, otherwise labels that
 * follow directly from documented facts (never from guesses).
 */
export function bestFor(m: Model): string[] {
  if (m.tags && m.tags.length > 0) return m.tags.slice(0, 4);
  const out: string[] = [];
  if (m.capabilities.function_calling === true) out.push('tool-calling agents');
  if (m.capabilities.vision === true) out.push('image understanding');
  if (m.capabilities.reasoning === true) out.push('multi-step reasoning');
  if (m.context_window !== undefined && m.context_window >= LONG_CONTEXT_TOKENS) out.push('long documents');
  if (m.open_weights === true) out.push('self-hosting');
  return out;
}

export function scorecard(ctx: PairContext, bench: BenchmarkSection): ScorecardRow[] {
  const { m, est, cmp } = ctx;
  const rows: ScorecardRow[] = [];
  const bf = { a: bestFor(m.a), b: bestFor(m.b) };
  rows.push({
    key: 'best-for',
    label: 'Best for',
    a: { text: bf.a.length ? bf.a.join(', ') : null, better: false },
    b: { text: bf.b.length ? bf.b.join(', ') : null, better: false },
  });
  const ca = m.a.context_window;
  const cb = m.b.context_window;
  rows.push({
    key: 'context',
    label: 'Context window',
    a: { text: ca !== undefined ? `${formatTokens(ca)} tokens` : null, better: ca !== undefined && cb !== undefined && ca > cb },
    b: { text: cb !== undefined ? `${formatTokens(cb)} tokens` : null, better: ca !== undefined && cb !== undefined && cb > ca },
  });
  const costCell = (s: 'a' | 'b') => ({
    text: est[s].usd !== null ? `${formatMoney(est[s].usd!)} a month via ${est[s].route!.providerName}` : null,
    better: cmp.cheaper === s,
  });
  rows.push({ key: 'cost', label: 'Cheapest route at the workload', a: costCell('a'), b: costCell('b') });
  const pa = new Set(m.a.routes.map((r) => r.provider)).size;
  const pb = new Set(m.b.routes.map((r) => r.provider)).size;
  rows.push({
    key: 'routes',
    label: 'Providers',
    a: { text: plural(pa, 'provider'), better: pa > pb },
    b: { text: plural(pb, 'provider'), better: pb > pa },
  });
  const n = bench.shared.length;
  const la = bench.leads.a.length;
  const lb = bench.leads.b.length;
  rows.push({
    key: 'benchmarks',
    label: 'Shared benchmarks led',
    a: { text: n ? `${la} of ${n}` : null, better: la > lb },
    b: { text: n ? `${lb} of ${n}` : null, better: lb > la },
  });
  return rows;
}
