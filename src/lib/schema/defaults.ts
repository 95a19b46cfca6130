/**
 * The site settings' defaults as plain constants, without zod: the schema (site.ts) uses them as its
 * defaults, and the cost model imports them from here so the browser's calculator bundle does not
 * pull zod in through `pricingSchema.parse({})` (defaults.test.ts checks that the two agree).
 */

/** Default monthly workload: 800M input and 250M output tokens (the seed pages' figure, about 76/24). */
export const DEFAULT_WORKLOAD = { input_tokens_per_month: 800_000_000, output_tokens_per_month: 250_000_000 } as const;

/** Which routes may set the estimate when site.yaml says nothing: see pricingSchema for each field's meaning. */
export const DEFAULT_PRICING_SETTINGS = { suspect_fraction: 0.5, suspect_min_routes: 3, include_other_currencies: false } as const;
