/**
 * Building blocks shared by every record schema. Each rule carries a message phrased as
 * "what was expected", because the error formatter prints it as `expected <message>, found <value>`.
 */
import { z } from 'zod';

import { ID_PATTERN, PAIR_SEPARATOR } from './constants';

// Defined in constants.ts (no zod) so the browser's compare bundle can use them; exported here as before.
export { compareDates, ID_PATTERN, PAIR_SEPARATOR } from './constants';

export const idSchema = z
  .string({ error: 'an id (lower-case letters, digits, ".", "_" or "-")' })
  .regex(ID_PATTERN, { error: 'an id of lower-case letters, digits, ".", "_" or "-"' })
  .refine((s) => !s.includes(PAIR_SEPARATOR), { error: `an id that does not contain "${PAIR_SEPARATOR}"` });

const DATE_RE = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;

/** True when `s` is a real calendar date written YYYY-MM or YYYY-MM-DD. */
export function isPartialDate(s: string): boolean {
  const m = DATE_RE.exec(s);
  if (!m) return false;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return false;
  if (m[3] === undefined) return true;
  const day = Number(m[3]);
  const last = new Date(Date.UTC(Number(m[1]), month, 0)).getUTCDate();
  return day >= 1 && day <= last;
}

/** A date as YYYY-MM-DD or YYYY-MM (month precision is common for releases and cutoffs). */
export const partialDateSchema = z
  .string({ error: 'a date written as a quoted string, YYYY-MM-DD or YYYY-MM' })
  .refine(isPartialDate, { error: 'a real date written YYYY-MM-DD or YYYY-MM' });

/** A full day, YYYY-MM-DD: used where a record states when something was read or checked. */
export const dayDateSchema = z
  .string({ error: 'a date written as a quoted string, YYYY-MM-DD' })
  .refine((s) => /^\d{4}-\d{2}-\d{2}$/.test(s) && isPartialDate(s), { error: 'a real date written YYYY-MM-DD' });

export const urlSchema = z
  .string({ error: 'an absolute http(s) URL' })
  .refine((s) => /^https?:\/\/[^\s/$.?#].[^\s]*$/i.test(s), { error: 'an absolute http(s) URL' });

export const nonEmptyText = (what: string) =>
  z.string({ error: `${what} (text)` }).trim().min(1, { error: `${what} (non-empty text)` });

