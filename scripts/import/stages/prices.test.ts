import { describe, expect, it } from 'vitest';
import { fixture } from '../test-fixture.ts';
import { annotatePrices } from './prices.ts';
import { Drops } from './context.ts';

describe('prices stage hook', () => {
  it('passes models through unchanged until the price rules are added', () => {
    const models = [{ id: 'x', g: {} as never, lab: 'openai', labInfo: { name: 'OpenAI', url: 'https://openai.com' }, routes: [] }];
    expect(annotatePrices(models, fixture(), new Drops())).toEqual(models);
  });
});
