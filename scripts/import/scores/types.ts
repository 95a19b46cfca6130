/** Shared shapes of the benchmark-score parsers (pure data). */

/** One imported score, attached to a canonical model. Field names follow the site's score schema. */
export interface ScoreRow {
  /** canonical model id (whatever the resolver returned) */
  model: string;
  /** benchmark id (a key of BENCHMARKS) */
  id: string;
  score: number;
  self_reported: boolean;
  variant?: string | undefined;
  source: string;
  as_of: string;
  /** id in data/sources.yaml */
  dataset: string;
  cost_per_task?: number | undefined;
}

/** A source model name that no canonical model matched, with the reason. */
export interface Unmatched {
  name: string;
  /** how many score rows it carried */
  rows: number;
  reason: string;
}

export interface ParseResult {
  scores: ScoreRow[];
  /** distinct source model names that matched a canonical model */
  matchedNames: number;
  /** score rows that matched (before de-duplication) */
  matchedRows: number;
  unmatched: Unmatched[];
  /** rows left out on purpose, count per reason */
  skipped: Record<string, number>;
}

/** Maps a source's model name to a canonical model id, or undefined when nothing matches. */
export type NameResolver = (name: string) => string | undefined;

export function newResult(): ParseResult {
  return { scores: [], matchedNames: 0, matchedRows: 0, unmatched: [], skipped: {} };
}

export function skip(r: ParseResult, reason: string, n = 1): void {
  r.skipped[reason] = (r.skipped[reason] ?? 0) + n;
}

/** Round to 3 decimals, as the other importers do. */
export function round3(v: number): number {
  return Math.round(v * 1000) / 1000;
}

/** Record the rows of one source model name as matched or unmatched; returns the canonical id. */
export function track(r: ParseResult, seen: Map<string, string | undefined>, name: string, resolve: NameResolver, rows: number): string | undefined {
  if (!seen.has(name)) {
    const id = resolve(name);
    seen.set(name, id);
    if (id) r.matchedNames++;
    else r.unmatched.push({ name, rows: 0, reason: 'no catalogue model with this name or a curated alias' });
  }
  const id = seen.get(name);
  if (id) r.matchedRows += rows;
  else r.unmatched.find((u) => u.name === name)!.rows += rows;
  return id;
}
