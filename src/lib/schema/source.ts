import { z } from 'zod';
import { idSchema, nonEmptyText, urlSchema } from './shared';

/** One imported data set, as its licence asks us to credit it. */
export const sourceSchema = z.strictObject({
  /** Referenced from scores' `dataset`. */
  id: idSchema,
  /** Display name. */
  name: nonEmptyText('a data set name'),
  /** Home page of the data set. */
  url: urlSchema,
  /** Licence name, e.g. "MIT" or "CC BY 4.0". */
  license: nonEmptyText('a licence name'),
  /** Where the licence text is published. */
  license_url: urlSchema,
  /** Path of the shipped licence text, relative to the data folder. */
  license_file: nonEmptyText('a path relative to the data folder').optional(),
  /** Which snapshot was imported (commit, date). */
  snapshot: nonEmptyText('a description of the snapshot'),
  /** What we took from it. */
  used_for: nonEmptyText('what the site uses it for'),
  /** What we changed (rescaling, unit conversion), or "none". */
  changes: nonEmptyText('what was changed, or "none"'),
  /** The exact credit line the licence asks for, when it asks for one. */
  credit: nonEmptyText('a credit line').optional(),
});
export const sourcesSchema = z.array(sourceSchema, { error: 'a list of data sets' });
export type Source = z.output<typeof sourceSchema>;

/** data/aliases.yaml: canonical model id -> the ids each source and provider uses ("source:provider:id"). */
export const aliasesSchema = z.record(idSchema, z.array(z.string({ error: 'an alias string' }), { error: 'a list of alias strings' }), {
  error: 'a map of model id to a list of aliases',
});
