import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { formatScoreTick, formatUsdTick, linearScale, linearTicks, logScale, logTicks, roundCoord } from './scale';

const positive = fc.double({ min: 1e-3, max: 1e7, noNaN: true, noDefaultInfinity: true });
const finite = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true });

describe('logTicks', () => {
  test('1-2-5 ticks bound a narrow range', () => {
    expect(logTicks(15.5, 180)).toEqual([10, 20, 50, 100, 200]);
    expect(logTicks(87, 121)).toEqual([50, 100, 200]);
  });

  test('a wide range thins to sparser steps instead of crowding the axis', () => {
    // The real catalogue's ECI series spans $15.50 to $61,600 a month.
    expect(logTicks(15.5, 61600, 8)).toEqual([10, 100, 1000, 10000, 100000]);
    expect(logTicks(15.5, 61600, 10)).toEqual([10, 30, 100, 300, 1000, 3000, 10000, 30000, 100000]);
    expect(logTicks(0.01, 1e7, 4)).toEqual([0.01, 10, 10000, 10000000]);
  });

  test('a single value on a tick still gets an axis of two ticks', () => {
    expect(logTicks(100, 100)).toEqual([100, 200]);
  });

  test('property: ticks increase, are 1-2-5 × 10^k, bound the data, and respect maxTicks', () => {
    fc.assert(
      fc.property(positive, positive, fc.integer({ min: 2, max: 12 }), (a, b, maxTicks) => {
        const [lo, hi] = a < b ? [a, b] : [b, a];
        const t = logTicks(lo, hi, maxTicks);
        expect(t.length).toBeGreaterThanOrEqual(2);
        expect(t.length).toBeLessThanOrEqual(maxTicks);
        for (let i = 1; i < t.length; i++) expect(t[i]!).toBeGreaterThan(t[i - 1]!);
        expect(t[0]!).toBeLessThanOrEqual(lo * (1 + 1e-9));
        expect(t.at(-1)!).toBeGreaterThanOrEqual(hi * (1 - 1e-9));
        for (const v of t) {
          const mantissa = Number((v / 10 ** Math.floor(Math.log10(v) + 1e-9)).toPrecision(6));
          expect([1, 2, 3, 5]).toContain(mantissa);
        }
      }),
    );
  });

  test('rejects bounds a log axis cannot show', () => {
    expect(() => logTicks(0, 10)).toThrow(RangeError);
    expect(() => logTicks(-1, 10)).toThrow(RangeError);
    expect(() => logTicks(1, Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});

describe('linearTicks', () => {
  test('nice steps around the data', () => {
    expect(linearTicks(112.177, 157.944)).toEqual([110, 120, 130, 140, 150, 160]);
    expect(linearTicks(3, 97)).toEqual([0, 20, 40, 60, 80, 100]);
    expect(linearTicks(0.21, 0.68)).toEqual([0.2, 0.3, 0.4, 0.5, 0.6, 0.7]);
  });

  test('a single value gets room on both sides', () => {
    expect(linearTicks(131.158, 131.158)).toEqual([111.158, 131.158, 151.158]);
    expect(linearTicks(0, 0)).toEqual([-1, 0, 1]);
  });

  test('property: evenly spaced, bounding the data, at most maxTicks', () => {
    fc.assert(
      fc.property(finite, finite, fc.integer({ min: 3, max: 10 }), (a, b, maxTicks) => {
        const [lo, hi] = a < b ? [a, b] : [b, a];
        const t = linearTicks(lo, hi, maxTicks);
        expect(t.length).toBeLessThanOrEqual(Math.max(3, maxTicks));
        const step = t[1]! - t[0]!;
        // linearTicks treats a value within a billionth of a step of a tick as on it (float noise);
        // fast-check found lo = -1.000000001, hi = 1.0000000000000003e-9 ending 1e-9 past the last
        // tick, which a bound relative to the value alone called a miss. Twice that slack, either way.
        const slack = (x: number) => 2e-9 * Math.max(1, Math.abs(x), step);
        expect(t[0]!).toBeLessThanOrEqual(lo + slack(lo));
        expect(t.at(-1)!).toBeGreaterThanOrEqual(hi - slack(hi));
        expect(step).toBeGreaterThan(0);
        for (let i = 1; i < t.length; i++) expect(t[i]! - t[i - 1]!).toBeCloseTo(step, 6);
      }),
    );
  });
});

describe('scales', () => {
  test('log scale puts each decade an equal distance apart, and clamps', () => {
    const s = logScale([10, 100000], [0, 400]);
    expect([s(10), s(100), s(1000), s(10000), s(100000)]).toEqual([0, 100, 200, 300, 400]);
    expect(s(1)).toBe(0);
    expect(s(0)).toBe(0);
    expect(s(1e9)).toBe(400);
  });

  test('linear scale maps onto a reversed range (SVG y grows downwards) and clamps', () => {
    const s = linearScale([100, 160], [300, 0]);
    expect(s(100)).toBe(300);
    expect(s(160)).toBe(0);
    expect(s(130)).toBe(150);
    expect(s(90)).toBe(300);
    expect(s(200)).toBe(0);
  });

  test('property: the log scale is monotonic and stays inside its range', () => {
    const s = logScale([10, 100000], [50, 610]);
    fc.assert(
      fc.property(positive, positive, (a, b) => {
        const [lo, hi] = a < b ? [a, b] : [b, a];
        expect(s(lo)).toBeLessThanOrEqual(s(hi));
        for (const v of [s(lo), s(hi)]) {
          expect(v).toBeGreaterThanOrEqual(50);
          expect(v).toBeLessThanOrEqual(610);
        }
      }),
    );
  });

  test('property: coordinates carry at most one decimal and never print as -0', () => {
    fc.assert(
      fc.property(finite, (v) => {
        const r = roundCoord(v);
        expect(Object.is(r, -0)).toBe(false);
        expect(String(r)).toMatch(/^-?\d+(\.\d)?$/);
      }),
    );
  });
});

describe('labels', () => {
  test('price ticks read like prices', () => {
    expect([0.05, 1, 10, 20, 500, 1000, 20000, 100000, 1500000].map(formatUsdTick)).toEqual(['$0.05', '$1', '$10', '$20', '$500', '$1k', '$20k', '$100k', '$1.5M']);
  });

  test('score ticks drop float noise and trailing zeros', () => {
    expect(formatScoreTick(0.30000000000000004, false)).toBe('0.3');
    expect(formatScoreTick(140, false)).toBe('140');
    expect(formatScoreTick(40, true)).toBe('40%');
  });
});
