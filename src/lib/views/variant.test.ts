import { describe, expect, it } from 'vitest';
import { readVariant, sameConditions, sameSettings } from './variant';

describe('reading a score variant', () => {
  it.each([
    ['Terminal-Bench v2 Leaderboard, agent: Terminus 2', { version: 'v2', agent: 'Terminus 2', effort: null, conditions: [] }],
    ['agent: Terminus 2', { version: null, agent: 'Terminus 2' }],
    ['medium, Claude Code, 2.1', { version: 'v2.1', agent: 'Claude Code', effort: 'medium' }],
    ['Epoch AI run, 32K effort', { version: null, effort: '32K', conditions: [] }],
    ['LiveBench-2024-11-25', { version: '2024-11-25' }],
    ['python', { conditions: ['tools'] }],
    ['no tools', { conditions: [], settingsText: 'no tools' }],
    ['Pass@64', { conditions: ['several attempts'] }],
    ['Pass@1', { conditions: [] }],
    ['Hard', { version: 'Hard' }],
  ])('%s', (variant, expected) => {
    expect(readVariant(variant)).toMatchObject(expected);
  });
  it('reads no variant as no version, no conditions and no settings', () => {
    expect(readVariant(undefined)).toEqual({ version: null, effort: null, agent: null, conditions: [], settingsText: null });
  });
  it('compares settings and conditions as a reader would', () => {
    expect(sameSettings(readVariant('Epoch AI run, 32K effort'), readVariant('32K effort'))).toBe(true);
    expect(sameSettings(readVariant('32K effort'), readVariant('high effort'))).toBe(false);
    expect(sameSettings(readVariant('no tools'), readVariant(undefined))).toBe(false);
    expect(sameConditions(readVariant('python'), readVariant(undefined))).toBe(false);
  });
});
