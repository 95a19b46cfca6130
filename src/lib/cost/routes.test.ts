import { describe, expect, it } from 'vitest';
import { isFreeRoute, median, priceAtWorkload, routeMonthlyCost } from './routes';

const W = { input_tokens_per_month: 800_000_000, output_tokens_per_month: 250_000_000 };

describe('one route at the workload', () => {
  it('costs input × in/1e6 + output × out/1e6', () => {
    expect(priceAtWorkload(1, 5, W)).toBe(2050);
    expect(routeMonthlyCost({ input: 1, output: 2 }, W)).toBe(1300);
  });
  it('has no monthly cost when free, deprecated or missing a price', () => {
    expect(isFreeRoute({ input: 0, output: 0 })).toBe(true);
    expect(isFreeRoute({ input: 1, output: 1, free: true })).toBe(true);
    expect(isFreeRoute({ input: 0, output: 1 })).toBe(false);
    expect(routeMonthlyCost({ input: 0, output: 0 }, W)).toBeNull();
    expect(routeMonthlyCost({ input: 1, output: 1, status: 'deprecated' }, W)).toBeNull();
    expect(routeMonthlyCost({ input: 1 }, W)).toBeNull();
  });
});

describe('median', () => {
  it('takes the middle value, or the mean of the middle two', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});
