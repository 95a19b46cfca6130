import { describe, expect, it } from 'vitest';
import { DataError } from '../../../src/lib/data/errors';
import { checkFacts } from './facts-check.ts';
import type { ModelFacts } from './facts.ts';
import type { IncludedModel } from './context.ts';
import type { ScoresResult } from './scores.ts';

const facts = (name: string, extra: Partial<ModelFacts> = {}): ModelFacts => ({
  name, kind: 'chat', released: '2025-01-01', status: 'active', modalities: { input: ['text'], output: ['text'] }, capabilities: {}, sources: [], disagreements: [], data_as_of: '2025-10-24', anomalies: [], ...extra,
});
const m = (id: string, routes: { as_of: string }[] = []) => ({ id, routes }) as unknown as IncludedModel;
const noScores: ScoresResult = { rows: new Map(), benchmarks: new Map() };
const anomaly = { model: 'mistral-large-2512', field: 'released' as const, kind: 'before-id-date' as const, found: '2024-11-01', expected: '2025-12 or later' };

describe('facts check', () => {
  it('stops on an anomaly no curated override settles, naming the model and field', () => {
    const models = [{ m: m('mistral-large-2512'), facts: facts('Mistral Large 3', { anomalies: [anomaly] }) }];
    expect(() => checkFacts(models, noScores, { names: [], facts: [] })).toThrow(/facts\.yaml: mistral-large-2512 released — expected an override settling it/);
    const report = checkFacts(models, noScores, { names: [], facts: [{ model: 'mistral-large-2512', field: 'released', value: '2025-12-02', source: 'https://mistral.ai/news/mistral-3', note: 'n' }] });
    expect(report.anomalies).toEqual([anomaly]);
  });
  it('stops on a name two records share instead of pasting ids into it', () => {
    const models = [{ m: m('a'), facts: facts('Same') }, { m: m('b'), facts: facts('same') }];
    expect(() => checkFacts(models, noScores, { names: [], facts: [] })).toThrow(DataError);
    expect(() => checkFacts(models, noScores, { names: [], facts: [] })).toThrow(/names\.yaml: a, b — expected a distinct display name/);
  });
  it('dates each record by its newest source, scores included, and lists stale curated entries', () => {
    const scores: ScoresResult = { rows: new Map([['a', [{ id: 'gpqa', score: 1, self_reported: false, source: 'https://epoch.ai', as_of: '2025-06-01', dataset: 'epoch-ai' }]]]), benchmarks: new Map() };
    // c's facts are older than the LiteLLM price the prices stage chose for one of its routes.
    const models = [{ m: m('a'), facts: facts('A') }, { m: m('b'), facts: facts('B') }, { m: m('c', [{ as_of: '2026-07-01' }, { as_of: '2026-07-24' }]), facts: facts('C') }];
    const report = checkFacts(models, scores, { names: [{ model: 'gone', name: 'Gone', source: 'https://example.org' }], facts: [] });
    expect(models.map((x) => x.facts.data_as_of)).toEqual(['2026-04-19', '2025-10-24', '2026-07-24']);
    expect(report.dataDates).toEqual({ '2025-10-24': 1, '2026-04-19': 1, '2026-07-24': 1 });
    expect(report.stale).toEqual(['scripts/import/curated/names.yaml: gone']);
  });
});
