import { describe, expect, it } from 'vitest';
import { DEFAULT_PRICING } from '../cost/estimate';
import { DEFAULT_PRICING_SETTINGS, DEFAULT_WORKLOAD } from './defaults';
import { pricingSchema, siteSchema, workloadSchema } from './site';

describe('plain defaults agree with the schema', () => {
  it('pricing: the schema fills in exactly DEFAULT_PRICING_SETTINGS, and the cost model uses it', () => {
    expect(pricingSchema.parse({})).toEqual(DEFAULT_PRICING_SETTINGS);
    expect(DEFAULT_PRICING).toEqual(pricingSchema.parse({}));
    expect(siteSchema.parse({ title: 'T', url: 'https://x.test' }).pricing).toEqual(DEFAULT_PRICING_SETTINGS);
  });
  it('workload: the schema fills in exactly DEFAULT_WORKLOAD', () => {
    expect(workloadSchema.parse({})).toEqual(DEFAULT_WORKLOAD);
    expect(siteSchema.parse({ title: 'T', url: 'https://x.test' }).workload).toEqual(DEFAULT_WORKLOAD);
  });
});
