/**
 * Schemas of the curated decisions under scripts/import/curated/*.yaml: the only hand-made input of
 * the importer besides its code. Every entry says where a person checked it (`source`, a URL) or,
 * for a pure judgement call, why (`reason`); prefer a URL. Messages read "expected <message>",
 * because the shared formatter in src/lib/data/errors.ts prints them that way.
 */
import { z } from 'zod';
import { idSchema, nonEmptyText, urlSchema } from '../../../src/lib/schema/shared';
import { MODEL_KINDS } from '../../../src/lib/schema/model';

/** A source reference as the importer writes it to aliases.yaml: "source:provider:id" (or "llm-stats:org/id"). */
const refSchema = z
  .string({ error: 'a source reference such as "models.dev:openrouter:meta-llama/llama-4-maverick" (text)' })
  .regex(/^[a-z.-]+:.+$/, { error: 'a source reference "source:provider:id" (e.g. "litellm:azure_ai/Phi-4")' });

/** A plain model id as a provider spells it (matched after ids.ts normalisation) or a source reference. */
const memberSchema = z
  .string({ error: 'a model id or a "source:provider:id" reference (text)' })
  .trim()
  .min(1, { error: 'a model id or a "source:provider:id" reference (non-empty)' });

/** Every decision carries a URL where it can be checked, or a reason for a judgement call. */
const evidence = {
  /** Where a person checked the decision (vendor docs, model card, the source file itself). */
  source: urlSchema.optional(),
  /** Why, for a judgement call without a page to cite; prefer `source`. */
  reason: nonEmptyText('a reason in a sentence').optional(),
  /** Free note for reviewers. */
  note: nonEmptyText('a note').optional(),
};
const needsEvidence = (e: { source?: string | undefined; reason?: string | undefined }) => e.source !== undefined || e.reason !== undefined;
const evidenceMessage = { error: 'a `source` URL (or, for a judgement call, a `reason`) on every entry', path: ['source'] };

export const mergeEntrySchema = z
  .strictObject({
    /** Record id the members merge into (also a match key: routes spelled this way attach too). */
    into: idSchema,
    /** Ids or references that are the same model as `into`. */
    same: z.array(memberSchema, { error: 'a list of ids or references' }).min(1, { error: 'at least one id or reference' }),
    ...evidence,
  })
  .refine(needsEvidence, evidenceMessage);

export const splitEntrySchema = z
  .strictObject({
    /** The reference to take out of whatever model the rules put it in. */
    ref: refSchema,
    /** The record id it belongs to instead. */
    into: idSchema,
    ...evidence,
  })
  .refine(needsEvidence, evidenceMessage);

export const excludeEntrySchema = z
  .strictObject({
    /** A reference, or a plain id (all its spellings), that must not be imported. */
    id: memberSchema,
    ...evidence,
  })
  .refine(needsEvidence, evidenceMessage);

/** curated/aliases.yaml */
export const aliasesFileSchema = z.strictObject({
  /** Several source ids that are one real model. */
  merge: z.array(mergeEntrySchema, { error: 'a list of merge entries' }).default([]),
  /** A reference the rules put in the wrong model. */
  split: z.array(splitEntrySchema, { error: 'a list of split entries' }).default([]),
  /** References or ids left out of the catalogue entirely. */
  exclude: z.array(excludeEntrySchema, { error: 'a list of exclude entries' }).default([]),
});

/** curated/kept-apart.yaml: candidate duplicates that a person decided are different models. */
export const keptApartEntrySchema = z
  .strictObject({
    /** Two or more record ids that look alike but are different models. */
    ids: z.array(idSchema, { error: 'a list of record ids' }).min(2, { error: 'at least two record ids' }),
    ...evidence,
  })
  .refine(needsEvidence, evidenceMessage);
export const keptApartFileSchema = z.array(keptApartEntrySchema, { error: 'a list of kept-apart entries' });

/** curated/names.yaml: display names where the sources disagree or only give a raw id. */
export const nameEntrySchema = z
  .strictObject({
    /** Record id. */
    model: idSchema,
    /** Display name for people: no organisation prefix, no id in brackets. */
    name: nonEmptyText('a display name'),
    ...evidence,
  })
  .refine(needsEvidence, evidenceMessage);
export const namesFileSchema = z.array(nameEntrySchema, { error: 'a list of name entries' });

/** Fields a fact override may set (model front matter). */
export const FACT_OVERRIDE_FIELDS = ['released', 'knowledge_cutoff', 'context_window', 'max_output_tokens', 'parameters', 'open_weights', 'license', 'kind'] as const;

/** curated/facts.yaml: a person settled a fact the sources get wrong or disagree on. */
export const factEntrySchema = z
  .strictObject({
    /** Record id. */
    model: idSchema,
    /** Front-matter field to set. */
    field: z.enum(FACT_OVERRIDE_FIELDS, { error: `one of ${FACT_OVERRIDE_FIELDS.join(', ')}` }),
    /** The settled value (dates as quoted strings). */
    value: z.union([z.string(), z.number(), z.boolean()], { error: 'a value: text, number or true/false' }),
    /** Where the value was checked: required, a fact override is never a judgement call. */
    source: urlSchema,
    /** What was wrong and how it was settled. */
    note: nonEmptyText('a note saying what was wrong'),
  })
  .refine((e) => e.field !== 'kind' || (MODEL_KINDS as readonly unknown[]).includes(e.value), {
    error: `kind: one of ${MODEL_KINDS.join(', ')}`,
    path: ['value'],
  });
export const factsFileSchema = z.array(factEntrySchema, { error: 'a list of fact overrides' });

export type AliasesFile = z.output<typeof aliasesFileSchema>;
export type KeptApartEntry = z.output<typeof keptApartEntrySchema>;
export type NameEntry = z.output<typeof nameEntrySchema>;
export type FactEntry = z.output<typeof factEntrySchema>;

/** All curated decisions, as loaded and validated. */
export interface Curated {
  aliases: AliasesFile;
  keptApart: KeptApartEntry[];
  names: NameEntry[];
  facts: FactEntry[];
}

export const EMPTY_CURATED: Curated = { aliases: { merge: [], split: [], exclude: [] }, keptApart: [], names: [], facts: [] };
