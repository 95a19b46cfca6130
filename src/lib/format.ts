/**
 * Every number a page shows goes through one of these formatters, so a figure reads the same
 * on every page. Inputs are raw values from data/; nothing is rounded before it gets here.
 */

/**
 * Thousands separators for a whole number's digits ("1234567" → "1,234,567"). Written out rather
 * than through Intl.NumberFormat, which costs microseconds a call: the engine formats millions of
 * figures per build (see scripts/bench-engine.ts).
 */
function group(digits: string): string {
  if (digits.length <= 3) return digits;
  let out = '';
  const head = digits.length % 3;
  if (head) out = digits.slice(0, head);
  for (let i = head; i < digits.length; i += 3) out += (out ? ',' : '') + digits.slice(i, i + 3);
  return out;
}

/**
 * Remembers a formatter's answers: the same few thousand figures (each model's estimate, context,
 * prices) recur across tens of thousands of pairs, and a lookup is cheaper than formatting again.
 */
function memoised(f: (n: number) => string): (n: number) => string {
  const seen = new Map<number, string>();
  return (n) => {
    let s = seen.get(n);
    if (s === undefined) {
      s = f(n);
      if (seen.size < MEMO_LIMIT) seen.set(n, s);
    }
    return s;
  };
}
/** Bound on each formatter's memory, far above the distinct figures of one build. */
const MEMO_LIMIT = 200_000;

/** en-US integer text: "1,251", "-3". */
const int = {
  format(n: number): string {
    const r = Math.round(n);
    return r < 0 ? `-${group(String(-r))}` : group(String(r));
  },
};

/** Trims a fixed-point string to at most `max` decimals but keeps at least `min`. */
function trimDecimals(n: number, min: number, max: number): string {
  const s = n.toFixed(max);
  const [whole, frac = ''] = s.split('.');
  let f = frac.replace(/0+$/, '');
  if (f.length < min) f = f.padEnd(min, '0');
  const neg = whole!.startsWith('-');
  const w = `${neg ? '-' : ''}${group(neg ? whole!.slice(1) : whole!)}`;
  return f ? `${w}.${f}` : w;
}

/** Significant digits a sub-dollar price per 1M tokens keeps: $0.065 and $0.0375 stay as listed. */
const PRICE_SIGNIFICANT_DIGITS = 3;

/**
 * A price per 1M tokens at its real precision, without conversion noise: cents from $1 up
 * ($27.27, not $27.2727), up to three significant digits below ($0.065, $0.0375, $0.90).
 */
export const formatPrice = memoised(function formatPrice(usdPerMillion: number): string {
  if (usdPerMillion >= 1 || usdPerMillion === 0) return `$${trimDecimals(usdPerMillion, 2, 2)}`;
  const decimals = Math.min(6, Math.max(2, PRICE_SIGNIFICANT_DIGITS - 1 - Math.floor(Math.log10(usdPerMillion))));
  return `$${trimDecimals(Number(usdPerMillion.toFixed(decimals)), 2, decimals)}`;
});

/** Money in machine-readable output (JSON twins): rounded to cents. */
export function roundMoney(usd: number): number {
  return Math.round(usd * 100) / 100;
}

/** Decimals a score keeps in its unit, matching formatScore for Elo and one more for the others. */
export const SCORE_DECIMALS = { percent: 2, elo: 0, index: 2 } as const;

/** A score in machine-readable output, rounded to its unit's precision (SCORE_DECIMALS). */
export function roundScore(score: number, unit: keyof typeof SCORE_DECIMALS): number {
  const f = 10 ** SCORE_DECIMALS[unit];
  return Math.round(score * f) / f;
}

/** A ratio or share in machine-readable output: four decimals carry every figure the pages print. */
export function roundRatio(r: number): number {
  return Number.isFinite(r) ? Math.round(r * 1e4) / 1e4 : r;
}

/** A price with its unit, for prose: "$0.065/1M tokens". */
export function formatPricePerM(usdPerMillion: number): string {
  return `${formatPrice(usdPerMillion)}/1M tokens`;
}

/** A monthly amount: always cents and thousands separators: $87.00, $3,600.00. */
export const formatMoney = memoised(function formatMoney(usd: number): string {
  const [whole, cents] = Math.abs(usd).toFixed(2).split('.');
  return `${usd < 0 && Number(`${whole}.${cents}`) !== 0 ? '-' : ''}$${group(whole!)}.${cents}`;
});

function compact(n: number, div: number, suffix: string, decimals: number): string {
  const v = n / div;
  return `${trimDecimals(Number(v.toFixed(decimals)), 0, decimals)}${suffix}`;
}

/** Token counts, decimal: 16384 → 16K, 1000000 → 1M, 1048576 → 1.05M, 2048 → 2K. */
export const formatTokens = memoised(function formatTokens(n: number): string {
  if (n >= 1e9) return compact(n, 1e9, 'B', 2);
  if (n >= 1e6) return compact(n, 1e6, 'M', 2);
  if (n >= 1e4) return compact(n, 1e3, 'K', 0);
  if (n >= 1e3) return compact(n, 1e3, 'K', 1);
  return int.format(n);
});

/** Parameter counts: 14700000000 → 14.7B, 3800000000 → 3.8B, 72000000000 → 72B, 1000000000000 → 1T. */
export function formatParams(n: number): string {
  if (n >= 1e12) return compact(n, 1e12, 'T', 2);
  if (n >= 1e9) return compact(n, 1e9, 'B', 1);
  if (n >= 1e6) return compact(n, 1e6, 'M', 0);
  return int.format(n);
}

/** Workload token volumes in prose: 800000000 → "800M", 1500000000 → "1.5B". */
export function formatVolume(n: number): string {
  return formatTokens(n);
}

/**
 * A share between 0 and 1 as a whole percentage that never reads as 0% or 100% when it is not:
 * 0.004 → "<1%", 0.996 → ">99%".
 */
export function formatPercent(fraction: number): string {
  const p = fraction * 100;
  if (p > 0 && p < 1) return '<1%';
  if (p < 100 && p > 99) return '>99%';
  return `${Math.round(p)}%`;
}

/** A ratio of two amounts: 13.846 → "13.8×", 2 → "2×", 150.2 → "150×". */
export const formatRatio = memoised(function formatRatio(r: number): string {
  return r >= 100 ? `${Math.round(r)}×` : `${trimDecimals(Number(r.toFixed(1)), 0, 1)}×`;
});

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2024-12-12" → "12 Dec 2024"; "2024-06" → "Jun 2024". */
export function formatDate(d: string): string {
  const [y, m, day] = d.split('-');
  const mon = MONTHS[Number(m) - 1] ?? m;
  return day ? `${Number(day)} ${mon} ${y}` : `${mon} ${y}`;
}

/** A benchmark score in its unit: percent → "56.1%", elo → "1,251", index → "56.1". */
export function formatScore(score: number, unit: 'percent' | 'elo' | 'index'): string {
  if (unit === 'elo') return int.format(score);
  const s = trimDecimals(Number(score.toFixed(1)), 1, 1);
  return unit === 'percent' ? `${s}%` : s;
}

/** A gap between two scores: "28.1 points", "1.0 point" (one decimal, so small gaps stay visible). */
export function formatPoints(gap: number, unit: 'percent' | 'elo' | 'index' = 'percent'): string {
  const v = unit === 'elo' ? int.format(Math.round(gap)) : Math.abs(gap).toFixed(1);
  return `${v} ${v === '1' || v === '1.0' ? 'point' : 'points'}`;
}

/** "1 route", "3 routes". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${int.format(n)} ${n === 1 ? one : many}`;
}

/** Joins names as prose: "A", "A and B", "A, B and C". */
export function listText(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** Capability keys as words: function_calling → "function calling". */
export function capabilityLabel(c: string): string {
  const labels: Record<string, string> = {
    vision: 'vision (image input)',
    reasoning: 'reasoning mode',
    function_calling: 'function calling',
    structured_outputs: 'structured outputs',
    prompt_caching: 'prompt caching',
  };
  return labels[c] ?? c.replace(/_/g, ' ');
}

/** "active" → "Active": sentence case for labels and list openings. */
export function sentenceCase(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** A documented yes/no as text; null when unknown (tables then show "—"). */
export function formatYesNo(b: boolean | null | undefined): string | null {
  return b === undefined || b === null ? null : b ? 'Yes' : 'No';
}

/** Tri-state capability text: an undocumented capability is never "No". */
export const TRI_STATE_TEXT = { yes: 'Yes', no: 'No', unknown: 'Not documented' } as const;

/** "https://www.arxiv.org/abs/1" → "arxiv.org": link text for a source URL. */
export function urlHost(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

/**
 * Host plus a shortened path: the first two and the last two path segments around an ellipsis.
 * "https://github.com/o/r/blob/sha/providers/azure/models/phi-4.toml" → "github.com/o/r/…/models/phi-4.toml".
 */
export function shortUrl(url: string): string {
  try {
    const u = new URL(url);
    const parts = u.pathname.split('/').filter(Boolean);
    const path = parts.length > 4 ? [...parts.slice(0, 2), '…', ...parts.slice(-2)] : parts;
    return [u.hostname.replace(/^www\./, ''), ...path].join('/');
  } catch {
    return url;
  }
}
