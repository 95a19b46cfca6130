import { describe, expect, it } from 'vitest';
import { loadNameAliases, makeNameResolver, nameCandidates, parseNameAliases } from './aliases.ts';

describe('benchmark name aliases (curated)', () => {
  it('the shipped file parses and every entry has a source', () => {
    const list = loadNameAliases();
    expect(list.length).toBeGreaterThan(0);
    for (const a of list) expect(a.source).toMatch(/^https?:\/\//);
  });
  it('rejects missing sources and duplicate names', () => {
    expect(() => parseNameAliases('- {dataset: tau2-bench, name: X, model: x, note: n}')).toThrow(/source/);
    const e = '{dataset: tau2-bench, name: X, model: x, source: "https://a.b/", note: n}';
    expect(() => parseNameAliases(`- ${e}\n- ${e}`)).toThrow(/twice/);
  });
});

describe('name resolution', () => {
  const catalogue = new Map([
    ['claude-opus-4-5', 'claude-opus-4-5'],
    ['glm-4.7', 'glm-4.7'],
    ['qwen3-8b', 'qwen3-8b'],
  ]);
  // stands in for identity.lookup: lower case, and "." == "-" except in GLM versions
  const lookup = (s: string) => catalogue.get(s.toLowerCase().replace(/\./g, (m, _i, str: string) => (str.startsWith('glm') ? m : '-')));
  const known = (id: string) => [...catalogue.values()].includes(id) || id === 'gemini-3-pro-preview';
  const aliases = parseNameAliases(`
- {dataset: tau2-bench, name: Gemini 3.0 Pro, model: gemini-3-pro-preview, source: "https://x.org/", note: n}
- {dataset: tau2-bench, name: Ghost, model: not-in-catalogue, source: "https://x.org/", note: n}
`);
  const resolve = makeNameResolver('tau2-bench', aliases, lookup, known);

  it('spells display names the way the identity rules know them', () => {
    expect(nameCandidates('Claude Opus 4.5')).toEqual(['Claude Opus 4.5', 'Claude-Opus-4.5']);
    expect(nameCandidates('qwen/qwen3-8b')).toEqual(['qwen/qwen3-8b', 'qwen3-8b']);
    expect(nameCandidates('zai-org/glm-4p7')).toContain('glm-4.7');
  });
  it('uses a curated alias first, then the spellings', () => {
    expect(resolve('Gemini 3.0 Pro')).toBe('gemini-3-pro-preview');
    expect(resolve('Claude Opus 4.5')).toBe('claude-opus-4-5');
    expect(resolve('zai-org/glm-4p7')).toBe('glm-4.7');
  });
  it('an alias to a model the catalogue lacks, or an unknown name, resolves to nothing', () => {
    expect(resolve('Ghost')).toBeUndefined();
    expect(resolve('Kimi K3')).toBeUndefined();
  });
  it('aliases of another data set do not apply', () => {
    expect(makeNameResolver('vectara-hhem', aliases, lookup, known)('Gemini 3.0 Pro')).toBeUndefined();
  });
});
