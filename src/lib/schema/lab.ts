import { z } from 'zod';
import { nonEmptyText, urlSchema } from './shared';

export const labSchema = z.strictObject({
  /** Display name of the organisation that trains the models. */
  name: nonEmptyText('a lab name'),
  /** The lab's home page. */
  url: urlSchema,
});
export type Lab = z.output<typeof labSchema>;
