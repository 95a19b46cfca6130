import { describe, expect, it } from 'vitest';
import { searchKind, searchScope } from './search';

describe('search kind and scope', () => {
  it('names the page type from its path; index pages are plain pages', () => {
    expect(searchKind('/models/phi-4/')).toBe('Model');
    expect(searchKind('/providers/openrouter/')).toBe('Provider');
    expect(searchKind('/labs/microsoft/')).toBe('Lab');
    expect(searchKind('/compare/gpt-4.1-vs-phi-4/')).toBe('Comparison');
    for (const p of ['/', '/models/', '/providers/', '/labs/', '/compare/', '/sources/', '/methodology/']) expect(searchKind(p)).toBe('Page');
  });

  it('never indexes a noindex page; otherwise the main content unless the page asks for less', () => {
    expect(searchScope(undefined, false)).toBe('main');
    expect(searchScope('marked', false)).toBe('marked');
    expect(searchScope('main', true)).toBe('none');
    expect(searchScope('marked', true)).toBe('none');
    expect(searchScope('none', false)).toBe('none');
  });
});
