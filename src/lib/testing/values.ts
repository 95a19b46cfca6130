/**
 * Finds what a page must never show in a view-model: a non-finite number, an undefined value, or
 * text reading "NaN", "undefined" or "[object Object]". Returns one line per fault with its path.
 */
export function badValues(v: unknown, at = '$'): string[] {
  if (v === undefined) return [`${at} is undefined`];
  if (typeof v === 'number') return Number.isFinite(v) ? [] : [`${at} is ${v}`];
  if (typeof v === 'string') return /\bNaN\b|\bundefined\b|\[object Object\]/.test(v) ? [`${at}: "${v}"`] : [];
  if (Array.isArray(v)) return v.flatMap((x, i) => badValues(x, `${at}[${i}]`));
  if (v && typeof v === 'object') return Object.entries(v).flatMap(([k, x]) => badValues(x, `${at}.${k}`));
  return [];
}
