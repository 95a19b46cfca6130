import { describe, expect, it } from 'vitest';
import { findDuplicateCandidates, nameKey, requireSettled } from './duplicates.ts';

describe('candidate duplicates', () => {
  it('compares names without organisation prefix, Instruct, quantisation tags and dates', () => {
    expect(nameKey('meta-llama/Llama-4-Maverick-17B-128E-Instruct-FP8')).toBe('llama-4-maverick-17b-128e');
    expect(nameKey('Meta: Llama 3.3 70B Instruct')).toBe('llama-3-3-70b');
    expect(nameKey('mistral-large-2411')).toBe('mistral-large');
    expect(nameKey('gpt-4o-2024-11-20')).toBe('gpt-4o');
    expect(nameKey('Llama 3.2 11B Instruct (llama-3.2-11b-vision-instruct)')).toBe('llama-3-2-11b');
  });

  it('flags same-lab records whose keys match or differ only by size words, unless parameters differ', () => {
    const c = findDuplicateCandidates(
      [
        { id: 'llama-4-maverick', lab: 'meta', name: 'Llama 4 Maverick', parameters: 400e9 },
        { id: 'llama-4-maverick-17b-128e-instruct-fp8', lab: 'meta', name: 'Llama-4-Maverick-17B-128E-Instruct-FP8' },
        { id: 'llama-4-scout', lab: 'meta', name: 'Llama 4 Scout', parameters: 109e9 },
        { id: 'llama-4-scout-17b', lab: 'meta', name: 'Llama 4 Scout 17B', parameters: 17e9 },
        { id: 'gpt-4o', lab: 'openai', name: 'GPT-4o' },
        { id: 'gpt-4o-2024-11-20', lab: 'openai', name: 'GPT-4o (2024-11-20)' },
        { id: 'other-gpt-4o', lab: 'someone', name: 'GPT-4o' },
      ],
      [{ ids: ['gpt-4o', 'gpt-4o-2024-11-20'], source: 'https://platform.openai.com/docs/models/gpt-4o' }],
    );
    expect(c.map((x) => [x.a, x.b, !!x.settled])).toEqual([
      ['gpt-4o', 'gpt-4o-2024-11-20', true],
      ['llama-4-maverick', 'llama-4-maverick-17b-128e-instruct-fp8', false],
    ]);
  });

  it('stops the import on a candidate no curated decision settles, naming both ids', () => {
    const records = [
      { id: 'llama-4-maverick', lab: 'meta', name: 'Llama 4 Maverick' },
      { id: 'llama-4-maverick-17b-128e-instruct-fp8', lab: 'meta', name: 'Llama-4-Maverick-17B-128E-Instruct-FP8' },
    ];
    expect(() => requireSettled(findDuplicateCandidates(records, []))).toThrow(/kept-apart\.yaml: llama-4-maverick, llama-4-maverick-17b-128e-instruct-fp8 — expected a decision/);
    const kept = [{ ids: ['llama-4-maverick', 'llama-4-maverick-17b-128e-instruct-fp8'], source: 'https://example.org/checked' }];
    expect(() => requireSettled(findDuplicateCandidates(records, kept))).not.toThrow();
  });
});
