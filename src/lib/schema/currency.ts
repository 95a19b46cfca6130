import { z } from 'zod';
import { dayDateSchema, nonEmptyText, urlSchema } from './shared';

/** One exchange rate used to show a USD equivalent of a price billed in another currency. */
export const currencyRateSchema = z.strictObject({
  /** ISO 4217 code of the billing currency, e.g. CNY. */
  code: z.string({ error: 'a three-letter currency code' }).regex(/^[A-Z]{3}$/, { error: 'a three-letter currency code such as CNY' }),
  /** US dollars for one unit of the currency. */
  usd_per_unit: z.number({ error: 'a positive number of USD' }).positive({ error: 'a positive number of USD' }),
  /** Where the rate was read. */
  source: urlSchema,
  /** The day the rate applies to. */
  as_of: dayDateSchema,
  /** How the rate was chosen, when it is not a published reference rate. */
  note: nonEmptyText('a note').optional(),
});
/** data/currencies.yaml: the rates, one per currency. */
export const currenciesSchema = z.array(currencyRateSchema, { error: 'a list of currency rates' });
export type CurrencyRate = z.output<typeof currencyRateSchema>;
