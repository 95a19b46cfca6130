import { describe, expect, it } from 'vitest';
import { fixture, fixtureCurated } from '../test-fixture.ts';
import { aliasRules, attachSecondary, buildIdentity, registerIncluded } from './identity.ts';
import { attachToKnown, collectRoutes, selectModels } from './routes.ts';
import { buildReview, nearestId, reviewMarkdown } from './review.ts';
import { Drops } from './context.ts';

describe('review', () => {
  it('names the catalogue model sharing the longest id prefix', () => {
    expect(nearestId('phi-4-mini', ['gpt-4.1', 'phi-4', 'phi-3'])).toBe('phi-4');
    expect(nearestId('zz', ['phi-4'])).toBeUndefined();
  });

  it('lists every priced route left out with its reason, and counts them per reason', () => {
    const drops = new Drops();
    const src = fixture();
    const t = buildIdentity(src, aliasRules(fixtureCurated.aliases), drops);
    collectRoutes(src, t, drops);
    const attached = attachToKnown(t, drops);
    attachSecondary(src, t, drops);
    registerIncluded(t, selectModels(t, drops));
    const r = buildReview(t, attached, []);
    expect(r.unattached).toEqual([
      expect.objectContaining({ ref: 'models.dev:kilo:microsoft/phi-4-mini-instruct', reason: 'model offered by fewer than 3 priced providers', nearest: 'phi-4' }),
    ]);
    expect(r.reasons).toEqual({ 'model offered by fewer than 3 priced providers': 1 });
    expect(reviewMarkdown(r)).toContain('| models.dev:kilo:microsoft/phi-4-mini-instruct | 0.08 / 0.35 | model offered by fewer than 3 priced providers | phi-4 |');
  });
});
