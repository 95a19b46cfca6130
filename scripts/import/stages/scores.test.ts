import { scoreSnapshot } from '../facts/data-date.ts';
import { describe, expect, it } from 'vitest';
import { fixture, fixtureCurated } from '../test-fixture.ts';
import { aliasRules, attachSecondary, buildIdentity, registerIncluded } from './identity.ts';
import { collectRoutes, selectModels } from './routes.ts';
import { bestPerKey, buildScores, type ScoreRow } from './scores.ts';
import { Drops } from './context.ts';

const row = (score: number, source: string, variant?: string): ScoreRow => ({ id: 'gpqa-diamond', score, self_reported: true, variant, source, as_of: '2025-01-01', dataset: 'llm-stats' });

describe('scores', () => {
  it('keeps the highest score per benchmark, dataset, basis and variant', () => {
    const d = new Drops();
    const out = bestPerKey([row(50, 'https://b'), row(60, 'https://a'), row(60, 'https://0'), row(40, 'https://c', '0-shot')], d);
    expect(out.map((s) => [s.score, s.source, s.variant])).toEqual([[60, 'https://0', undefined], [40, 'https://c', '0-shot']]);
    expect(d.counts['duplicate benchmark score (kept highest)']).toBe(2);
  });

  it('scores every included model from the rows its identity group holds, and lists the benchmarks used', () => {
    const drops = new Drops();
    const src = fixture();
    const t = buildIdentity(src, aliasRules(fixtureCurated.aliases), drops);
    collectRoutes(src, t, drops);
    attachSecondary(src, t, drops);
    registerIncluded(t, selectModels(t, drops));
    const { rows, benchmarks } = buildScores(src, t, drops);
    expect([...rows.keys()]).toEqual(['gpt-4.1', 'phi-4']);
    expect(rows.get('phi-4')).toEqual([
      expect.objectContaining({ id: 'gpqa-diamond', score: 50, self_reported: false, dataset: 'epoch-ai', as_of: '2025-01-05' }),
      expect.objectContaining({ id: 'gpqa-diamond', score: 56.1, self_reported: true, dataset: 'llm-stats' }),
    ]);
    expect(rows.get('gpt-4.1')!.map((s) => s.id).sort()).toEqual(['aider-polyglot', 'gpqa-diamond']);
    expect([...benchmarks.keys()].sort()).toEqual(['aider-polyglot', 'gpqa-diamond']);
  });
});

describe('scores from sources that name models by display name', () => {
  const setup = () => {
    const drops = new Drops();
    const src = fixture();
    src.openhands = [
      { dir: 'GPT-4.1', metadata: { agent_name: 'OpenHands', agent_version: 'v1.8.3', model: 'GPT-4.1', submission_time: '2026-01-26T00:00:00Z' }, scores: [{ benchmark: 'swe-bench', score: 40.2, cost_per_instance: 0.5 }] },
      { dir: 'Not-Sold', metadata: { model: 'Not-Sold' }, scores: [{ benchmark: 'gaia', score: 10 }] },
    ];
    src.tau2 = [
      { dir: 'gpt-4-1_sierra', data: { model_name: 'GPT 4.1 (Sierra run)', submitting_organization: 'Sierra', submission_date: '2026-08-04', results: { airline: { pass_1: 56 } } } },
      { dir: 'gpt-4-1_future', data: { model_name: 'GPT-4.1', submitting_organization: 'Sierra', submission_date: '2026-09-01', results: { retail: { pass_1: 70 } } } },
    ];
    src.vectara = { updated: '2026-03-10', rows: [{ model: 'microsoft/Phi-4', hallucinationRate: 3.7 }] };
    const t = buildIdentity(src, aliasRules(fixtureCurated.aliases), drops);
    collectRoutes(src, t, drops);
    attachSecondary(src, t, drops);
    registerIncluded(t, selectModels(t, drops));
    const aliases = [{ dataset: 'tau2-bench' as const, name: 'GPT 4.1 (Sierra run)', model: 'gpt-4.1', source: 'https://example.org/', note: 'test' }];
    return { t, drops, result: buildScores(src, t, drops, aliases) };
  };

  it('places names by curated alias or identity lookup, and keeps agent, cost and basis', () => {
    const { result } = setup();
    const gpt = result.rows.get('gpt-4.1')!;
    expect(gpt.find((s) => s.dataset === 'openhands-index')).toEqual(expect.objectContaining({ id: 'openhands-swe-bench-verified', score: 40.2, variant: 'agent OpenHands v1.8.3', cost_per_task: 0.5, self_reported: false }));
    expect(gpt.find((s) => s.dataset === 'tau2-bench')).toEqual(expect.objectContaining({ id: 'tau2-airline', score: 56, self_reported: false, as_of: '2026-08-04' }));
    expect(result.rows.get('phi-4')!.find((s) => s.dataset === 'vectara-hhem')).toEqual(expect.objectContaining({ id: 'vectara-hallucination-rate', score: 3.7 }));
    expect(result.benchmarks.get('vectara-hallucination-rate')?.higher_is_better).toBe(false);
  });

  it('reports unmatched names, drops scores dated after their source snapshot', () => {
    const { result, drops } = setup();
    expect(result.review!.find((r) => r.dataset === 'openhands-index')).toEqual({ dataset: 'openhands-index', matchedNames: 1, matchedRows: 1, unmatched: [expect.objectContaining({ name: 'Not-Sold', rows: 1 })] });
    expect(drops.counts['openhands-index: model name not matched (listed in the summary)']).toBe(1);
    expect(drops.counts['benchmark score with missing/future date']).toBe(1);
  });

  it("adds matched names to the model's aliases, with the datasets the data date reads", () => {
    const { t, result } = setup();
    const refs = [...t.groups.values()].find((g) => g.refs.has('tau2-bench:GPT 4.1 (Sierra run)'));
    expect(refs?.refs.has('openhands-index:GPT-4.1')).toBe(true);
    const datasets = new Set((result.rows.get('gpt-4.1') ?? []).map((r) => r.dataset));
    expect(datasets.has('tau2-bench')).toBe(true);
    // The data date of a record with a τ²-bench score is τ²-bench's snapshot (facts/data-date.ts).
    expect(scoreSnapshot('tau2-bench', '2025-01-01')).toBe('2026-08-18');
  });
});
