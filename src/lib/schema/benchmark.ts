import { z } from 'zod';
import { nonEmptyText, urlSchema } from './shared';

export const BENCHMARK_UNITS = ['percent', 'elo', 'index'] as const;
export const BENCHMARK_CATEGORIES = [
  'reasoning', 'knowledge', 'coding', 'math', 'agents', 'vision', 'instruction-following', 'long-context', 'general',
] as const;

/** Smallest gap that counts as a lead when a benchmark file does not set `materiality`, per unit. */
export const DEFAULT_MATERIALITY: Record<(typeof BENCHMARK_UNITS)[number], number> = { percent: 2, elo: 20, index: 2 };

export const benchmarkSchema = z
  .strictObject({
    /** Display name, e.g. "GPQA Diamond". */
    name: nonEmptyText('a benchmark name'),
    /** One or two sentences on what it measures. */
    description: nonEmptyText('a description of what the benchmark measures'),
    /** The paper or the benchmark's home page. */
    url: urlSchema,
    /** percent: 0–100; elo: a rating; index: a composite score on its own scale. */
    unit: z.enum(BENCHMARK_UNITS, { error: `one of ${BENCHMARK_UNITS.join(', ')}` }),
    /** False for benchmarks where a lower score is better (e.g. error rates). */
    higher_is_better: z.boolean({ error: 'true or false' }).default(true),
    /** What kind of ability it tests. */
    category: z.enum(BENCHMARK_CATEGORIES, { error: `one of ${BENCHMARK_CATEGORIES.join(', ')}` }),
    /** Smallest gap, in the unit's points, that counts as a lead (smaller gaps read as a draw). */
    materiality: z.number({ error: 'a number of points' }).positive({ error: 'a positive number of points' }).optional(),
    /** Lowest possible score (elo and index scales). */
    min: z.number({ error: 'a number' }).optional(),
    /** Highest possible score (elo and index scales). */
    max: z.number({ error: 'a number' }).optional(),
  })
  .refine((b) => b.min === undefined || b.max === undefined || b.min < b.max, {
    error: 'min below max',
    path: ['max'],
  });
export type BenchmarkInput = z.output<typeof benchmarkSchema>;
export type Benchmark = BenchmarkInput & { materiality: number };
