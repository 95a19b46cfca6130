/**
 * One route's price at the site's workload. Pure: reads only the route and the workload.
 *
 * A route's cost is `input × input_tokens/1e6 + output × output_tokens/1e6` (prices are USD per 1M
 * tokens). Free tiers (flagged, or priced 0/0) and deprecated routes have no monthly cost: free tiers
 * are rate-limited and cannot carry production traffic, and deprecated routes are going away.
 */
import type { Route } from '../schema/model';
import type { Workload } from '../schema/site';

export function isFreeRoute(r: Pick<Route, 'free' | 'input' | 'output'>): boolean {
  return r.free === true || (r.input === 0 && r.output === 0);
}

/** The price of both token kinds at the workload, whatever the route's status. */
export function priceAtWorkload(input: number, output: number, w: Workload): number {
  return (input * w.input_tokens_per_month) / 1e6 + (output * w.output_tokens_per_month) / 1e6;
}

/** Cost of one route at the workload, or null when a price is missing or the route is free/deprecated. */
export function routeMonthlyCost(r: Pick<Route, 'free' | 'input' | 'output' | 'status'>, w: Workload): number | null {
  if (isFreeRoute(r) || r.status === 'deprecated' || r.input === undefined || r.output === undefined) return null;
  return priceAtWorkload(r.input, r.output, w);
}

/** Median of a non-empty list (mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}
