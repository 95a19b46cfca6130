/**
 * The scorecard: one row per headline fact, with the better side marked only where a difference
 * passes its materiality (materiality.ts; the cost tie threshold; a benchmark's own threshold).
 */
import { formatMoney, formatTokens, plural } from '../format';
import type { PairContext } from './context';
import { contextAdvantage, providerAdvantage } from './materiality';
import type { BenchmarkSection, ScorecardRow } from './types';

export function scorecard(ctx: PairContext, bench: BenchmarkSection): ScorecardRow[] {
  const { v, est, cmp } = ctx;
  const rows: ScorecardRow[] = [];
  // Best for: labels written for people only; a row of dashes says nothing, so it is left out.
  if (v.a.bestFor.length || v.b.bestFor.length)
    rows.push({
      key: 'best-for',
      label: 'Known for',
      a: { text: v.a.bestFor.length ? v.a.bestFor.join(', ') : null, better: false },
      b: { text: v.b.bestFor.length ? v.b.bestFor.join(', ') : null, better: false },
    });
  const ca = v.a.contextWindow;
  const cb = v.b.contextWindow;
  rows.push({
    key: 'context',
    label: 'Context window',
    a: { text: ca !== null ? `${formatTokens(ca)} tokens` : null, better: contextAdvantage(ca, cb) },
    b: { text: cb !== null ? `${formatTokens(cb)} tokens` : null, better: contextAdvantage(cb, ca) },
  });
  const costCell = (s: 'a' | 'b') => ({
    text: est[s].usd !== null ? `${formatMoney(est[s].usd!)} a month via ${est[s].route!.providerName}` : null,
    better: cmp.cheaper === s,
  });
  rows.push({ key: 'cost', label: 'Cheapest route at the workload', a: costCell('a'), b: costCell('b') });
  const pa = v.a.providers.length;
  const pb = v.b.providers.length;
  rows.push({
    key: 'routes',
    label: 'Providers',
    a: { text: plural(pa, 'provider'), better: providerAdvantage(pa, pb) },
    b: { text: plural(pb, 'provider'), better: providerAdvantage(pb, pa) },
  });
  const n = bench.shared.length;
  const la = bench.leads.a.length;
  const lb = bench.leads.b.length;
  // "none shared" (both have scores, none like for like) is told apart from "not sourced" (no scores).
  const cell = (s: 'a' | 'b', leads: number, better: boolean) => ({
    text: n ? `${leads} of ${n}` : v[s].scores.length === 0 ? null : 'none shared',
    better,
  });
  rows.push({ key: 'benchmarks', label: 'Shared benchmarks led', a: cell('a', la, la > lb), b: cell('b', lb, lb > la) });
  return rows;
}
