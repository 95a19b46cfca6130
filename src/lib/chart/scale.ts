/**
 * Pure chart geometry: nice ticks for a log price axis and a linear score axis, scales that map a
 * value to a pixel and clamp to the plot, and the rounding that keeps an SVG small and byte-stable.
 * Imports nothing: the chart view-model (src/lib/pages/price-chart.ts) feeds it plain numbers.
 */

/** A value on an axis and where it sits, in pixels, along that axis. */
export interface Tick {
  value: number;
  pos: number;
  label: string;
}

/** Pixel coordinates keep one decimal: 0.1 px is below what a screen shows, and shorter numbers keep the markup small. */
export const COORD_DECIMALS = 1;

/** A coordinate rounded to COORD_DECIMALS, never "-0" (so the same input always prints the same bytes). */
export function roundCoord(v: number): number {
  const f = 10 ** COORD_DECIMALS;
  const r = Math.round(v * f) / f;
  return r === 0 ? 0 : r;
}

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/** Floating noise in tick values (0.30000000000000004) is cut at this many significant digits. */
const TICK_PRECISION = 12;
const clean = (v: number) => Number(v.toPrecision(TICK_PRECISION));

/** Mantissas of a 1-2-5 log axis, and the sparser sets used when a wide range would crowd the labels. */
const LOG_STEPS: readonly (readonly number[])[] = [[1, 2, 5], [1, 3], [1]];

/**
 * Ticks for a log axis over [min, max] (both > 0): the densest of 1-2-5, 1-3 or powers of ten that
 * gives at most `maxTicks` (at least 2); then every n-th power of ten when even that is too many. The domain is
 * widened to the ticks around the data, so the first and last tick bound the axis.
 */
export function logTicks(min: number, max: number, maxTicks = 8): number[] {
  maxTicks = Math.max(2, maxTicks);
  if (!(min > 0) || !(max > 0) || !Number.isFinite(min) || !Number.isFinite(max)) throw new RangeError(`log axis needs positive finite bounds, got ${min}..${max}`);
  if (min > max) [min, max] = [max, min];
  for (const steps of LOG_STEPS) {
    const ticks = ticksWith(min, max, steps);
    if (ticks.length <= maxTicks) return ticks;
  }
  // Powers of ten every `every` decades from the one at or below min, so at most maxTicks of them.
  const k0 = decade(min);
  const k1 = 10 ** decade(max) >= max ? decade(max) : decade(max) + 1;
  const every = Math.ceil(Math.max(1, k1 - k0) / Math.max(1, maxTicks - 1));
  const out: number[] = [];
  for (let k = k0; out.length === 0 || out.at(-1)! < max; k += every) out.push(clean(10 ** k));
  return out.length >= 2 ? out : [...out, clean(10 ** (k0 + every))];
}

/** The k with 10^k ≤ v < 10^(k+1), exact at powers of ten (log10 alone gives 2.9999… for 1000). */
function decade(v: number): number {
  const k = Math.floor(Math.log10(v));
  return 10 ** (k + 1) <= v ? k + 1 : 10 ** k > v ? k - 1 : k;
}

/** Ticks m × 10^k (m in `steps`) from the last one ≤ min to the first one ≥ max. */
function ticksWith(min: number, max: number, steps: readonly number[]): number[] {
  const all: number[] = [];
  for (let k = decade(min) - 1; k <= decade(max) + 1; k++) for (const m of steps) all.push(clean(m * 10 ** k));
  const first = all.findLastIndex((t) => t <= min * (1 + 1e-12));
  const last = all.findIndex((t) => t >= max * (1 - 1e-12));
  // A single value on a tick still gets an axis: one tick more above it.
  return all.slice(Math.max(0, first), Math.max(last, first + 1) + 1);
}

/** Relative difference under which two bounds of a linear axis count as one value. */
const SAME_VALUE = 1e-9;

/** A "nice" step (1, 2 or 5 × 10^k) at least `raw`. */
function niceStep(raw: number): number {
  const p = 10 ** Math.floor(Math.log10(raw));
  for (const m of [1, 2, 5, 10]) if (m * p >= raw * (1 - 1e-12)) return clean(m * p);
  return clean(10 * p);
}

/**
 * Ticks for a linear axis: multiples of a 1-2-5 step from the last one ≤ min to the first one ≥ max,
 * at most `maxTicks` of them. A single value gets one step of room on each side.
 */
export function linearTicks(min: number, max: number, maxTicks = 7): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) throw new RangeError(`linear axis needs finite bounds, got ${min}..${max}`);
  if (min > max) [min, max] = [max, min];
  // A span below this share of the values' size is one value (it also keeps the step away from 0).
  const mag = Math.max(Math.abs(min), Math.abs(max));
  if (max - min <= SAME_VALUE * Math.max(1, mag)) {
    const s = mag < SAME_VALUE ? 1 : niceStep(mag / 10);
    return [clean(min - s), clean(min), clean(min + s)];
  }
  let step = niceStep((max - min) / Math.max(1, maxTicks - 1));
  for (;;) {
    const lo = Math.floor(min / step + 1e-9);
    const hi = Math.ceil(max / step - 1e-9);
    if (hi - lo + 1 <= maxTicks) {
      const out: number[] = [];
      for (let i = lo; i <= hi; i++) out.push(clean(i * step));
      return out;
    }
    step = niceStep(step * 1.5);
  }
}

/** Maps a value to a pixel; values outside the domain are clamped to its ends (never drawn off the plot). */
export type Scale = (v: number) => number;

/** A log scale from [d0, d1] (both > 0) onto [r0, r1], rounded with roundCoord. */
export function logScale([d0, d1]: readonly [number, number], [r0, r1]: readonly [number, number]): Scale {
  const l0 = Math.log10(d0);
  const span = Math.log10(d1) - l0 || 1;
  return (v) => {
    const t = v > 0 ? (Math.log10(v) - l0) / span : 0;
    return roundCoord(r0 + clamp(t, 0, 1) * (r1 - r0));
  };
}

/** A linear scale from [d0, d1] onto [r0, r1], rounded with roundCoord. */
export function linearScale([d0, d1]: readonly [number, number], [r0, r1]: readonly [number, number]): Scale {
  const span = d1 - d0 || 1;
  return (v) => roundCoord(r0 + clamp((v - d0) / span, 0, 1) * (r1 - r0));
}

const SUFFIXES: readonly [number, string][] = [
  [1e9, 'B'],
  [1e6, 'M'],
  [1e3, 'k'],
];

/** A short dollar label for a price axis: $0.05, $1, $20, $500, $1k, $20k, $1.5M. */
export function formatUsdTick(v: number): string {
  for (const [div, suffix] of SUFFIXES) if (v >= div) return `$${trim(v / div)}${suffix}`;
  return `$${trim(v)}`;
}

/** A score axis label: at most two decimals, no trailing zeros ("12.5", "130", "0.05"). */
export function formatScoreTick(v: number, percent: boolean): string {
  return `${trim(v)}${percent ? '%' : ''}`;
}

const trim = (v: number) => String(Number(v.toFixed(2)));

/** Ticks placed by a scale and labelled, for an axis. */
export function placeTicks(values: readonly number[], scale: Scale, label: (v: number) => string): Tick[] {
  return values.map((value) => ({ value, pos: scale(value), label: label(value) }));
}
