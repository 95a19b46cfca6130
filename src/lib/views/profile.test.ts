import { describe, expect, it } from 'vitest';
import { getCatalog, loadCatalog } from '../data/load';
import { getModelView } from './model';
import { authoredBody, composeProfile } from './profile';

describe('model profile', () => {
  it('is composed from the model view with the page formatters', () => {
    const seed = loadCatalog('tests/fixtures/seed');
    const text = composeProfile(getModelView(seed, 'phi-4'), seed.site.workload).join('\n');
    expect(text).toMatch(/^\*\*Phi-4\*\* is a model from Microsoft, released \d+ \w{3} 2024\./);
    expect(text).toContain('the lowest prices that count are $0.065 input and $0.14 output per 1M tokens');
    expect(text).not.toContain('a month'); // the monthly figure's home is the headline and the pricing section
  });
  it('works from the front matter alone (the importer writes no prose) and keeps prose a person wrote', { timeout: 120_000 }, () => {
    const cat = getCatalog('data');
    const v = getModelView(cat, 'claude-haiku-4-5');
    expect(authoredBody(v)).toBe('');
    expect(composeProfile(v, cat.site.workload).join(' ')).not.toMatch(/\d\.\d{3}\b/); // no "143.033": scores print as the tables do
    expect(authoredBody({ body: 'A person wrote this.\n' })).toBe('A person wrote this.');
    expect(authoredBody({ body: '' })).toBe('');
  });
});
