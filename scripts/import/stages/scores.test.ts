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
