import { describe, expect, it } from 'vitest';
import { fitHtmlTitle, htmlLength } from './titles';

describe('listing titles', () => {
  it('measures a title as the HTML writes it', () => {
    expect(htmlLength('Weights & Biases')).toBe(20);
  });
  it('skips a candidate that fits only before escaping (the real Weights & Biases title)', () => {
    const long = 'Weights & Biases prices: 19 models, from $90.00 a month | LLM Versus';
    expect(long.length).toBeLessThanOrEqual(70);
    expect(fitHtmlTitle([long, 'Weights & Biases prices: 19 models'], 'x')).toBe('Weights & Biases prices: 19 models');
  });
  it('cuts the fallback until its written form fits', () => {
    expect(htmlLength(fitHtmlTitle([], '&'.repeat(80)))).toBeLessThanOrEqual(70);
  });
});
