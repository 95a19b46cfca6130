import { describe, expect, it } from 'vitest';
import { rawNameProblem } from '../../../src/lib/lint/rules.ts';
import { chooseName, isRepositoryId, nameCollisions, readableName, stripOrganisation } from './names.ts';

describe('readable names', () => {
  it('drops organisation prefixes, as a path or as a label', () => {
    expect(stripOrganisation('baidu/ERNIE-4.5-300B-A47B')).toBe('ERNIE-4.5-300B-A47B');
    expect(stripOrganisation('Microsoft: Phi 4')).toBe('Phi 4');
    expect(stripOrganisation('Qwen/Qwen3-VL-32B-Instruct')).toBe('Qwen3-VL-32B-Instruct');
  });
  it('spells repository-style ids as words, sizes in upper case, without quantisation tags', () => {
    expect(readableName('baidu/ERNIE-4.5-300B-A47B')).toBe('ERNIE 4.5 300B A47B');
    expect(readableName('Llama-4-Scout-17B-16E-Instruct-FP8')).toBe('Llama 4 Scout 17B 16E Instruct');
    expect(readableName('Llama-3.3-70B-Instruct')).toBe('Llama 3.3 70B Instruct');
    expect(readableName('Qwen/Qwen3-VL-32B-Thinking')).toBe('Qwen3 VL 32B Thinking');
    expect(readableName('Qwen3-235B-A22B-Instruct-2507')).toBe('Qwen3 235B A22B Instruct 2507');
  });
  it('names the model, not the alias: "(latest)" goes', () => {
    expect(readableName('Claude Opus 4.5 (latest)')).toBe('Claude Opus 4.5');
  });
  it('names siblings alike: "Phi 4 Multimodal Instruct" beside "Phi 4" and "Phi 4 Mini"', () => {
    expect(readableName('Phi-4-multimodal-instruct')).toBe('Phi 4 Multimodal Instruct');
  });
  it('leaves lab-styled names and lower-case slugs to the lab (curated table or lint explanation)', () => {
    for (const n of ['GLM-4.5-Air', 'o3-mini', 'gpt-oss-safeguard-20b', 'MiMo-V2.5-Pro-UltraSpeed', 'DeepSeek-V3.1', 'Qwen3-Next 80B-A3B (Thinking)']) {
      expect(isRepositoryId(n)).toBe(false);
      expect(readableName(n)).toBe(n);
    }
  });
  it('every name the rule makes from a flagged repository id passes the lint', () => {
    for (const raw of ['baidu/ERNIE-4.5-300B-A47B', 'Llama-4-Maverick-17B-128E-Instruct-FP8', 'Phi-4-multimodal-instruct', 'Meta-Llama-3-70B-Instruct']) {
      expect(rawNameProblem({ id: 'x', name: raw })).not.toBeNull();
      expect(rawNameProblem({ id: 'x', name: readableName(raw) })).toBeNull();
    }
  });
});

describe('choosing a name', () => {
  it('takes the curated name first, then the first source name made readable, then the id', () => {
    expect(chooseName('command-r', ['Cohere: Command R'], { name: 'Command R (03-2024)' })).toEqual({ name: 'Command R (03-2024)', basis: 'curated' });
    expect(chooseName('ernie', [undefined, '', 'baidu/ERNIE-4.5-300B-A47B'])).toEqual({ name: 'ERNIE 4.5 300B A47B', basis: 'source' });
    expect(chooseName('x-1', [])).toEqual({ name: 'x-1', basis: 'id' });
  });
  it('finds names two records share, whatever the case', () => {
    const c = nameCollisions([
      { id: 'b', name: 'Mistral Large' },
      { id: 'a', name: 'mistral large' },
      { id: 'c', name: 'Mistral Large 3' },
    ]);
    expect([...c.values()]).toEqual([['a', 'b']]);
  });
});
