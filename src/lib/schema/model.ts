import { z } from 'zod';
import { CAPABILITIES, type Capability } from './constants';
import { compareDates, dayDateSchema, idSchema, nonEmptyText, partialDateSchema, urlSchema } from './shared';

// Defined in constants.ts (no zod) so the browser's compare bundle can use them; exported here as before.
export { CAPABILITIES, type Capability } from './constants';

export const MODEL_STATUSES = ['active', 'preview', 'deprecated'] as const;
/** chat: generates text and is compared on token cost; guard: a safety classifier, only compared with other guards. */
export const MODEL_KINDS = ['chat', 'guard'] as const;
export const MODALITIES = ['text', 'image', 'audio', 'video', 'pdf'] as const;

/** Prices above this many USD per 1M tokens are unit errors in practice (the dearest real models sit near $150–$600). */
export const PRICE_CEILING_USD_PER_M = 1000;

const price = (what: string) =>
  z
    .number({ error: `${what}: a price in USD per 1M tokens` })
    .min(0, { error: `${what}: a price of 0 or more USD per 1M tokens` })
    .max(PRICE_CEILING_USD_PER_M, { error: `${what}: at most ${PRICE_CEILING_USD_PER_M} USD per 1M tokens (higher is a unit error)` });

const tokenCount = (what: string) =>
  z
    .number({ error: `${what}: a whole number of tokens` })
    .int({ error: `${what}: a whole number of tokens` })
    .positive({ error: `${what}: a positive number of tokens` });

const modalityList = z
  .array(z.enum(MODALITIES, { error: `one of ${MODALITIES.join(', ')}` }), { error: 'a list of modalities' })
  .min(1, { error: 'at least one modality' });

export const priceDisagreementSchema = z.strictObject({
  /** The other source's USD per 1M input tokens. */
  input: price('input').optional(),
  /** The other source's USD per 1M output tokens. */
  output: price('output').optional(),
  /** The other source. */
  source: urlSchema,
  /** When the other source was read. */
  as_of: dayDateSchema,
});

export const priceReviewSchema = z.strictObject({
  /** cleared: the low price is real and may set the estimate. */
  verdict: z.enum(['cleared'], { error: 'cleared' }),
  /** Where a person saw the price (the provider's own price page). */
  source: urlSchema,
  /** Why it is real, in a sentence. */
  note: nonEmptyText('a note saying why the price is real'),
});

export const routeSchema = z.strictObject({
  /** Id of a file in data/providers/. */
  provider: idSchema,
  /** The model id you send to that provider's API. */
  model_id: nonEmptyText('the model id used by the provider'),
  /** USD per 1M input tokens; omitted when unknown. */
  input: price('input').optional(),
  /** USD per 1M output tokens; omitted when unknown. */
  output: price('output').optional(),
  /** USD per 1M cached input tokens. */
  cache_read: price('cache_read').optional(),
  /** A free or rate-limited tier; 0/0 prices count as free whether or not this is set. */
  free: z.boolean({ error: 'true or false' }).optional(),
  /** This route's own context limit, when it differs from the model's. */
  context_window: tokenCount('context_window').optional(),
  /** This route's own output limit. */
  max_output_tokens: tokenCount('max_output_tokens').optional(),
  /** beta or deprecated on this provider. */
  status: z.enum(['beta', 'deprecated'], { error: 'one of beta, deprecated' }).optional(),
  /** Where the price was read. */
  source: urlSchema,
  /** When it was read. */
  as_of: dayDateSchema,
  /** Other sources that price this same provider route differently (the figures above were chosen by a documented rule). */
  price_disagreements: z.array(priceDisagreementSchema, { error: 'a list of other sources\' prices' }).optional(),
  /** A person checked a price the suspect-price rule flags, and found it real. */
  price_review: priceReviewSchema.optional(),
});

export const scoreSchema = z.strictObject({
  /** Id of a file in data/benchmarks/. */
  id: idSchema,
  /** Score in the benchmark's unit. */
  score: z.number({ error: 'a number' }).refine(Number.isFinite, { error: 'a finite number' }),
  /** True when the lab reported it; false when a third party ran it; omitted when the source does not say. */
  self_reported: z.boolean({ error: 'true or false' }).optional(),
  /** Shots, harness or subset, e.g. "0-shot CoT". */
  variant: nonEmptyText('a variant description').optional(),
  /** Where the score was published. */
  source: urlSchema,
  /** When it was published or read. */
  as_of: partialDateSchema,
  /** Id in data/sources.yaml of the data set the score was imported from. */
  dataset: idSchema.optional(),
  /** USD the whole run cost per task, when the source measured it (agent benchmarks). */
  cost_per_task: z.number({ error: 'USD per task' }).min(0, { error: 'USD per task, 0 or more' }).optional(),
});

export const disagreementSchema = z.strictObject({
  /** The front-matter field the other source disagrees on. */
  field: nonEmptyText('a field name'),
  /** What the other source says, as text. */
  value: z.string({ error: 'the other value, as a quoted string' }),
  /** The other source. */
  source: urlSchema,
  /** Optional explanation. */
  note: nonEmptyText('a note').optional(),
});

export const modelSchema = z
  .strictObject({
    /** Display name. */
    name: nonEmptyText('a model name'),
    /** Id of a file in data/labs/. */
    lab: idSchema,
    /** chat (default) or guard; guard models are only compared with each other. */
    kind: z.enum(MODEL_KINDS, { error: `one of ${MODEL_KINDS.join(', ')}` }).default('chat'),
    /** Family slug, e.g. "phi" or "gpt". */
    family: idSchema.optional(),
    /** First public release. */
    released: partialDateSchema,
    /** active | preview | deprecated. */
    status: z.enum(MODEL_STATUSES, { error: `one of ${MODEL_STATUSES.join(', ')}` }),
    /** Total parameters; omitted when undisclosed. */
    parameters: tokenCount('parameters').optional(),
    /** Parameters active per token (mixture-of-experts). */
    active_parameters: tokenCount('active_parameters').optional(),
    /** Context window in tokens; omitted when unknown. */
    context_window: tokenCount('context_window').optional(),
    /** Largest completion in tokens. */
    max_output_tokens: tokenCount('max_output_tokens').optional(),
    /** Training-data cutoff. */
    knowledge_cutoff: partialDateSchema.optional(),
    /** SPDX id, "proprietary", or a licence name. */
    license: nonEmptyText('a licence name').optional(),
    /** Whether the weights can be downloaded; omitted when unknown. */
    open_weights: z.boolean({ error: 'true or false' }).optional(),
    /** What goes in and what comes out. */
    modalities: z.strictObject({ input: modalityList, output: modalityList }, { error: 'input and output lists' }),
    /** true | false per capability; a key left out means unknown. */
    capabilities: z
      .strictObject(
        Object.fromEntries(CAPABILITIES.map((c) => [c, z.boolean({ error: 'true or false' }).optional()])) as {
          [K in Capability]: z.ZodOptional<z.ZodBoolean>;
        },
      )
      .default({}),
    /** What it is good for, as short lower-case tags. */
    tags: z.array(nonEmptyText('a tag'), { error: 'a list of tags' }).optional(),
    /** Where the model facts come from. */
    sources: z.array(urlSchema, { error: 'a list of URLs' }).optional(),
    /** Facts another source states differently. */
    disagreements: z.array(disagreementSchema, { error: 'a list of disagreements' }).optional(),
    /** Where it can be called. */
    routes: z.array(routeSchema, { error: 'a list of routes' }).default([]),
    /** Published scores. */
    benchmarks: z.array(scoreSchema, { error: 'a list of benchmark scores' }).default([]),
    /** Snapshot date of the newest source this record was built from ("Data as of"). */
    data_as_of: dayDateSchema,
    /** When a person last reviewed this record by hand; omitted when no one has. */
    reviewed: dayDateSchema.optional(),
  })
  .superRefine((m, ctx) => {
    // Dates after the data date cannot have been in the sources: they are typos.
    const later = (path: (string | number)[], d: string | undefined, what: string) => {
      if (d !== undefined && compareDates(d, m.data_as_of) > 0)
        ctx.addIssue({ code: 'custom', path, message: `${what} on or before data_as_of (${m.data_as_of})` });
    };
    later(['released'], m.released, 'a release date');
    later(['knowledge_cutoff'], m.knowledge_cutoff, 'a knowledge cutoff');
    m.routes.forEach((r, i) => later(['routes', i, 'as_of'], r.as_of, 'a price date'));
    m.benchmarks.forEach((b, i) => later(['benchmarks', i, 'as_of'], b.as_of, 'a score date'));
    if (m.active_parameters !== undefined && m.parameters !== undefined && m.active_parameters > m.parameters)
      ctx.addIssue({ code: 'custom', path: ['active_parameters'], message: `at most the total parameters (${m.parameters})` });
    const seen = new Set<string>();
    m.routes.forEach((r, i) => {
      const key = `${r.provider} ${r.model_id}`;
      if (seen.has(key))
        ctx.addIssue({ code: 'custom', path: ['routes', i], message: `each provider + model_id once (${r.provider} ${r.model_id} is listed twice)` });
      seen.add(key);
    });
  });

export type ModelFrontMatter = z.output<typeof modelSchema>;
export type Route = z.output<typeof routeSchema>;
export type Score = z.output<typeof scoreSchema>;
