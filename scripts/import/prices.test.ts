import { describe, expect, it } from 'vitest';
import { perTokenToPerMillion, centsPerMillionToUsd, checkPrice, isFree, isPriced, PRICE_CEILING } from './prices.ts';

describe('prices', () => {
  it('converts LiteLLM USD per token to USD per 1M tokens without float noise', () => {
    expect(perTokenToPerMillion(0.000002)).toBe(2);
    expect(perTokenToPerMillion(1.25e-7)).toBe(0.125);
    expect(perTokenToPerMillion(3.3e-7)).toBe(0.33);
    expect(perTokenToPerMillion(undefined)).toBeUndefined();
    expect(perTokenToPerMillion('1')).toBeUndefined();
  });
  it('converts LLM-Stats cents per 1M to USD per 1M', () => {
    expect(centsPerMillionToUsd(250)).toBe(2.5);
  });
  it('flags unit errors above the ceiling and negatives', () => {
    expect(PRICE_CEILING).toBe(1000);
    // wandb/microsoft/Phi-4-mini-instruct: 0.008 USD/token = 8,000 USD/1M
    expect(checkPrice(perTokenToPerMillion(0.008), perTokenToPerMillion(0.035))).toBe('above-ceiling');
    expect(checkPrice(150, 600)).toBe('ok');
    expect(checkPrice(1000)).toBe('ok');
    expect(checkPrice(-1, 2)).toBe('negative');
    expect(checkPrice(undefined, undefined)).toBe('ok');
  });
  it('free and priced', () => {
    expect(isFree(0, 0)).toBe(true);
    expect(isFree(0, 1)).toBe(false);
    expect(isPriced(0, 0)).toBe(false);
    expect(isPriced(0.1, 0.2)).toBe(true);
    expect(isPriced(0.1, undefined)).toBe(false);
  });
});
