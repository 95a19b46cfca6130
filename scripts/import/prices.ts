/** Price conversion and sanity checks (pure). All output prices are USD per 1M tokens. */

export const PRICE_CEILING = 1000; // USD per 1M tokens; above = unit error

/** Round to 6 decimals to remove float noise (0.000002 * 1e6 = 1.9999999999999998). */
export function round6(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

/** LiteLLM stores USD per single token. */
export function perTokenToPerMillion(v: unknown): number | undefined {
  if (typeof v !== 'number' || !Number.isFinite(v)) return undefined;
  return round6(v * 1e6);
}

/** LLM-Stats stores US cents per 1M tokens. */
export function centsPerMillionToUsd(v: unknown): number | undefined {
  if (typeof v !== 'number' || !Number.isFinite(v)) return undefined;
  return round6(v / 100);
}

export type PriceCheck = 'ok' | 'negative' | 'above-ceiling';

export function checkPrice(...values: (number | undefined)[]): PriceCheck {
  for (const v of values) {
    if (v === undefined) continue;
    if (v < 0) return 'negative';
    if (v > PRICE_CEILING) return 'above-ceiling';
  }
  return 'ok';
}

export function isFree(input: number | undefined, output: number | undefined): boolean {
  return input === 0 && output === 0;
}

export function isPriced(input: number | undefined, output: number | undefined): boolean {
  return input !== undefined && output !== undefined && !(input === 0 && output === 0);
}
