import { z } from 'zod';
import { nonEmptyText, urlSchema } from './shared';

export const PROVIDER_KINDS = ['first-party', 'cloud', 'aggregator', 'host'] as const;

export const providerSchema = z.strictObject({
  /** Display name. */
  name: nonEmptyText('a provider name'),
  /** The provider's home or pricing page. */
  url: urlSchema,
  /** first-party: the lab's own API; cloud: a hyperscaler; aggregator: routes to other providers; host: runs open models. */
  kind: z.enum(PROVIDER_KINDS, { error: `one of ${PROVIDER_KINDS.join(', ')}` }),
  /** Currency the provider bills in (ISO 4217). Prices in data/ are always USD; a non-USD biller's figures are conversions. */
  currency: z
    .string({ error: 'a three-letter currency code such as USD' })
    .regex(/^[A-Z]{3}$/, { error: 'a three-letter currency code such as USD' })
    .default('USD'),
});
export type Provider = z.output<typeof providerSchema>;
