import { z } from 'zod';
import { DEFAULT_PRICING_SETTINGS, DEFAULT_WORKLOAD } from './defaults';
import { idSchema, nonEmptyText } from './shared';

export { DEFAULT_PRICING_SETTINGS, DEFAULT_WORKLOAD };

const tokens = (what: string) =>
  z
    .number({ error: `${what}: a whole number of tokens` })
    .int({ error: `${what}: a whole number of tokens` })
    .min(0, { error: `${what}: 0 or more tokens` });

export const workloadSchema = z.strictObject({
  /** Input (prompt) tokens sent per month. */
  input_tokens_per_month: tokens('input tokens per month').default(DEFAULT_WORKLOAD.input_tokens_per_month),
  /** Output (completion) tokens received per month. */
  output_tokens_per_month: tokens('output tokens per month').default(DEFAULT_WORKLOAD.output_tokens_per_month),
});

export const pairsSchema = z.strictObject({
  /** `all`: every unordered pair gets a page; `related`: each model's closest rivals only. */
  strategy: z.enum(['all', 'related'], { error: 'one of "all", "related"' }).default('related'),
  /** How many rivals each model gets under `related`. */
  per_model: z.number({ error: 'a whole number' }).int({ error: 'a whole number' }).min(1, { error: 'at least 1' }).default(12),
  /** Budget on the number of HTML pages in dist/ (pair pages are cut first). */
  max_pages: z.number({ error: 'a whole number' }).int({ error: 'a whole number' }).min(1, { error: 'at least 1' }).default(15_000),
  /** Pairs that must have pages whatever the strategy, as [id, id]. */
  always: z
    .array(z.tuple([idSchema, idSchema], { error: 'a pair written [model-id, model-id]' }), { error: 'a list of pairs' })
    .default([]),
});

export const pricingSchema = z.strictObject({
  /** A route priced below this share of its reference price (the lab's own API, else the median of three or more other paid routes) is suspect and left out of the estimate. */
  suspect_fraction: z.number({ error: 'a share between 0 and 1' }).gt(0, { error: 'more than 0' }).lt(1, { error: 'less than 1' }).default(DEFAULT_PRICING_SETTINGS.suspect_fraction),
  /** Paid routes besides the one judged needed for a median reference when the lab has no API of its own. */
  suspect_min_routes: z.number({ error: 'a whole number' }).int({ error: 'a whole number' }).min(2, { error: 'at least 2' }).default(DEFAULT_PRICING_SETTINGS.suspect_min_routes),
  /** When true, routes billed in another currency (converted to USD) may set the monthly estimate. */
  include_other_currencies: z.boolean({ error: 'true or false' }).default(DEFAULT_PRICING_SETTINGS.include_other_currencies),
});

export const siteSchema = z.strictObject({
  /** Site name, shown in titles and the header. */
  title: nonEmptyText('a site title'),
  /** Absolute site URL without a trailing slash; canonical URLs and the sitemap are built from it. */
  url: z
    .string({ error: 'an absolute http(s) URL without a trailing slash' })
    .regex(/^https?:\/\/[^\s/]+(\/[^\s]*[^/\s])?$/, { error: 'an absolute http(s) URL without a trailing slash' }),
  /** One sentence used as the home page's meta description. */
  description: nonEmptyText('a one-sentence site description').optional(),
  /** The traffic every monthly cost estimate assumes. */
  workload: workloadSchema.default({ ...DEFAULT_WORKLOAD }),
  /** Which pairs get static pages. */
  pairs: pairsSchema.default({ strategy: 'related', per_model: 12, max_pages: 15_000, always: [] }),
  /** Which routes may set a model's monthly estimate. */
  pricing: pricingSchema.default({ ...DEFAULT_PRICING_SETTINGS }),
});

export type SiteInput = z.input<typeof siteSchema>;
export type Site = z.output<typeof siteSchema>;
export type Workload = z.output<typeof workloadSchema>;
export type PairsSettings = z.output<typeof pairsSchema>;
export type PricingSettings = z.output<typeof pricingSchema>;
