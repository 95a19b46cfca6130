import { describe, expect, it } from 'vitest';
import {
  sentenceCase, formatDate, formatMoney, formatParams, formatPercent, formatPoints, formatPrice, formatRatio, formatScore, formatTokens,
  formatYesNo, listText, plural, shortUrl, TRI_STATE_TEXT, urlHost,
} from './format';

describe('formatPrice keeps the precision of per-1M prices', () => {
  it.each([
    [0.065, '$0.065'],
    [0.9, '$0.90'],
    [2, '$2.00'],
    [0.0375, '$0.0375'],
    [0.07, '$0.07'],
    [15, '$15.00'],
    [1234.5, '$1,234.50'],
    [0, '$0.00'],
  ])('%s → %s', (v, s) => expect(formatPrice(v)).toBe(s));
});

describe('formatMoney always shows cents and separators', () => {
  it.each([
    [87, '$87.00'],
    [121, '$121.00'],
    [102.5, '$102.50'],
    [3600, '$3,600.00'],
    [0.004, '$0.00'],
    [1234567.891, '$1,234,567.89'],
  ])('%s → %s', (v, s) => expect(formatMoney(v)).toBe(s));
});

describe('formatTokens', () => {
  it.each([
    [16384, '16K'],
    [1_000_000, '1M'],
    [1_048_576, '1.05M'],
    [2048, '2K'],
    [131_072, '131K'],
    [262_144, '262K'],
    [8192, '8.2K'],
    [512, '512'],
    [2_000_000_000, '2B'],
  ])('%s → %s', (v, s) => expect(formatTokens(v)).toBe(s));
});

describe('formatParams', () => {
  it.each([
    [14_700_000_000, '14.7B'],
    [72_000_000_000, '72B'],
    [2_700_000_000, '2.7B'],
    [1_000_000_000_000, '1T'],
    [350_000_000, '350M'],
  ])('%s → %s', (v, s) => expect(formatParams(v)).toBe(s));
});

describe('formatPercent never rounds a real difference to 0% or 100%', () => {
  it.each([
    [0.281, '28%'],
    [0.929, '93%'],
    [0.004, '<1%'],
    [0.996, '>99%'],
    [0, '0%'],
    [0.05, '5%'],
  ])('%s → %s', (v, s) => expect(formatPercent(v)).toBe(s));
});

describe('formatRatio', () => {
  it.each([
    [13.846, '13.8×'],
    [2, '2×'],
    [10.86, '10.9×'],
    [150.2, '150×'],
  ])('%s → %s', (v, s) => expect(formatRatio(v)).toBe(s));
});

describe('formatDate', () => {
  it.each([
    ['2024-12-12', '12 Dec 2024'],
    ['2024-06', 'Jun 2024'],
    ['2026-01-05', '5 Jan 2026'],
  ])('%s → %s', (v, s) => expect(formatDate(v)).toBe(s));
});

describe('scores and points', () => {
  it('formats scores in their unit', () => {
    expect(formatScore(56.1, 'percent')).toBe('56.1%');
    expect(formatScore(84, 'percent')).toBe('84.0%');
    expect(formatScore(1251.4, 'elo')).toBe('1,251');
    expect(formatScore(56.14, 'index')).toBe('56.1');
  });
  it('keeps one decimal on gaps and agrees in number', () => {
    expect(formatPoints(28.1)).toBe('28.1 points');
    expect(formatPoints(1)).toBe('1.0 point');
    expect(formatPoints(2.7)).toBe('2.7 points');
    expect(formatPoints(25.4, 'elo')).toBe('25 points');
  });
});

describe('prose helpers', () => {
  it('joins lists', () => {
    expect(listText([])).toBe('');
    expect(listText(['a'])).toBe('a');
    expect(listText(['a', 'b'])).toBe('a and b');
    expect(listText(['a', 'b', 'c'])).toBe('a, b and c');
  });
  it('pluralises', () => {
    expect(plural(1, 'route')).toBe('1 route');
    expect(plural(3, 'route')).toBe('3 routes');
    expect(plural(0, 'provider')).toBe('0 providers');
  });
});

describe('labels and links', () => {
  it('capitalizes', () => {
    expect(sentenceCase('active')).toBe('Active');
    expect(sentenceCase('')).toBe('');
  });
  it('keeps unknown out of yes/no', () => {
    expect(formatYesNo(true)).toBe('Yes');
    expect(formatYesNo(false)).toBe('No');
    expect(formatYesNo(undefined)).toBeNull();
    expect(formatYesNo(null)).toBeNull();
    expect(TRI_STATE_TEXT.unknown).toBe('Not documented');
  });
  it('shortens source URLs', () => {
    expect(urlHost('https://www.arxiv.org/abs/1')).toBe('arxiv.org');
    expect(shortUrl('https://github.com/o/r/blob/sha/providers/azure/models/phi-4.toml')).toBe('github.com/o/r/…/models/phi-4.toml');
    expect(urlHost('not a url')).toBe('not a url');
  });
});

describe('prices and JSON numbers keep real precision without noise', () => {
  it.each([
    [27.272727, '$27.27'],
    [4.292929, '$4.29'],
    [0.065, '$0.065'],
    [0.0375, '$0.0375'],
    [0.9, '$0.90'],
    [2, '$2.00'],
    [0, '$0.00'],
  ])('formatPrice(%s) is %s', async (n, s) => {
    const { formatPrice } = await import('./format');
    expect(formatPrice(n)).toBe(s);
  });
  it('rounds money to cents, scores to their unit and ratios to four decimals', async () => {
    const { roundMoney, roundRatio, roundScore } = await import('./format');
    expect(roundMoney(879.0000000000001)).toBe(879);
    expect(roundScore(131.158, 'index')).toBe(131.16);
    expect(roundScore(1286.4, 'elo')).toBe(1286);
    expect(roundRatio(2.0999999999999996)).toBe(2.1);
  });
});
