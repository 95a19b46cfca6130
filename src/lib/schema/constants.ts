/**
 * The schema's plain constants and helpers, without zod: the engine imports them from here so the
 * browser's any-pair compare bundle (src/components/compare-client/) does not pull zod in with them
 * (it did: 40 KB gzip). The schemas (model.ts, shared.ts) use and re-export these, so there is one
 * definition of each.
 */

/** Capabilities we track. The order is the display order on every page. */
export const CAPABILITIES = ['vision', 'reasoning', 'function_calling', 'structured_outputs', 'prompt_caching'] as const;
export type Capability = (typeof CAPABILITIES)[number];

/** Record ids are file names: lower case, URL-safe, and never containing the pair separator. */
export const ID_PATTERN = /^[a-z0-9][a-z0-9._-]*$/;
/** The separator between two ids in a pair URL; an id containing it would make URLs ambiguous. */
export const PAIR_SEPARATOR = '-vs-';

/** Orders dates written YYYY-MM or YYYY-MM-DD (a month sorts as its first day). */
export function compareDates(a: string, b: string): number {
  const norm = (s: string) => (s.length === 7 ? `${s}-01` : s);
  return norm(a).localeCompare(norm(b));
}
