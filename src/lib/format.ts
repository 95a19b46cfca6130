/**
 * Every number a page shows goes through one of these formatters, so a figure reads the same
 * on every page. Inputs are raw values from data/; nothing is rounded before it gets here.
 */

const usd2 = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 2 });
const int = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** Trims a fixed-point string to at most `max` decimals but keeps at least `min`. */
function trimDecimals(n: number, min: number, max: number): string {
  const s = n.toFixed(max);
  const [whole, frac = ''] = s.split('.');
  let f = frac.replace(/0+$/, '');
  if (f.length < min) f = f.padEnd(min, '0');
  const w = int.format(Number(whole));
  return f ? `${w}.${f}` : w;
}

/** A price per 1M tokens, at full precision with at least cents: $0.065, $0.90, $2.00, $0.0375. */
export function formatPrice(usdPerMillion: number): string {
  return `$${trimDecimals(usdPerMillion, 2, 4)}`;
}

/** A price with its unit, for prose: "$0.065/1M tokens". */
export function formatPricePerM(usdPerMillion: number): string {
  return `${formatPrice(usdPerMillion)}/1M tokens`;
}

/** A monthly amount: always cents and thousands separators: $87.00, $3,600.00. */
export function formatMoney(usd: number): string {
  return usd2.format(usd);
}

function compact(n: number, div: number, suffix: string, decimals: number): string {
  const v = n / div;
  return `${trimDecimals(Number(v.toFixed(decimals)), 0, decimals)}${suffix}`;
}

/** Token counts, decimal: 16384 → 16K, 1000000 → 1M, 1048576 → 1.05M, 2048 → 2K. */
export function formatTokens(n: number): string {
  if (n >= 1e9) return compact(n, 1e9, 'B', 2);
  if (n >= 1e6) return compact(n, 1e6, 'M', 2);
  if (n >= 1e4) return compact(n, 1e3, 'K', 0);
  if (n >= 1e3) return compact(n, 1e3, 'K', 1);
  return int.format(n);
}

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
export function formatRatio(r: number): string {
  return r >= 100 ? `${Math.round(r)}×` : `${trimDecimals(Number(r.toFixed(1)), 0, 1)}×`;
}

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
