/**
 * Fact anomalies the importer reports and a person settles (pure):
 * - a release date earlier than the date in the model's own id (the lint's `dateInId`);
 * - a fact more than DATE_TOLERANCE_DAYS (dates) or NUMBER_TOLERANCE_FACTOR× (numbers) away from a
 *   value at least CONSENSUS_MIN_SOURCES independent sources agree on.
 * Each is settled by a curated fact override (scripts/import/curated/fact-overrides.yaml); the import
 * fails while one is left unsettled.
 */
import { dateInId } from '../../../src/lib/lint/rules.ts';

/** Dates further apart than this are a different event (a listing date, a later snapshot), not rounding. */
export const DATE_TOLERANCE_DAYS = 90;
/** Counts (context, parameters) further apart than this factor are a different model or a unit slip. */
export const NUMBER_TOLERANCE_FACTOR = 2;
/** Fewer sources than this agreeing is not yet a consensus worth overruling the lab record for. */
export const CONSENSUS_MIN_SOURCES = 3;

export const CHECKED_FIELDS = ['released', 'knowledge_cutoff', 'context_window', 'parameters'] as const;
export type CheckedField = (typeof CHECKED_FIELDS)[number];
const DATE_FIELDS: ReadonlySet<CheckedField> = new Set(['released', 'knowledge_cutoff']);

export interface FactCandidate {
  value: string;
  source: string;
  /** Who states it: one provider, LiteLLM, LLM-Stats, Epoch. Agreement counts distinct `by`. */
  by: string;
}

export interface Anomaly {
  model: string;
  field: CheckedField;
  kind: 'before-id-date' | 'far-from-consensus';
  found: string;
  expected: string;
}

/** Day number of `YYYY-MM-DD`; a month-only date is taken at mid-month, its expected value. */
export function dayOf(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number | undefined];
  return Date.UTC(y, m - 1, d ?? 15) / 86_400_000;
}

const sameDate = (a: string, b: string) => a.startsWith(b) || b.startsWith(a);

export function distance(field: CheckedField, a: string, b: string): number {
  if (DATE_FIELDS.has(field)) return sameDate(a, b) ? 0 : Math.abs(dayOf(a) - dayOf(b));
  const x = Number(a);
  const y = Number(b);
  return Math.max(x, y) / Math.min(x, y);
}

export function isFar(field: CheckedField, a: string, b: string): boolean {
  return DATE_FIELDS.has(field) ? distance(field, a, b) > DATE_TOLERANCE_DAYS : distance(field, a, b) > NUMBER_TOLERANCE_FACTOR;
}

/**
 * The value most independent sources agree on (dates agree when one is a prefix of the other), with
 * their count; ties go to the value nearest `near`, then the earlier/smaller one. Undefined without candidates.
 */
export function consensus(field: CheckedField, cands: readonly FactCandidate[], near?: string): { value: string; sources: number } | undefined {
  const agree = (a: string, b: string) => (DATE_FIELDS.has(field) ? sameDate(a, b) : a === b);
  const values = [...new Set(cands.map((c) => c.value))];
  const scored = values.map((v) => ({ value: v, sources: new Set(cands.filter((c) => agree(c.value, v)).map((c) => c.by)).size }));
  scored.sort(
    (a, b) =>
      b.sources - a.sources ||
      (near === undefined ? 0 : distance(field, a.value, near) - distance(field, b.value, near)) ||
      b.value.length - a.value.length ||
      (DATE_FIELDS.has(field) ? a.value.localeCompare(b.value) : Number(a.value) - Number(b.value)),
  );
  return scored[0];
}

/** The anomalies of one record's kept facts against its id and the other sources. */
export function findAnomalies(model: string, kept: Partial<Record<CheckedField, string | undefined>>, cands: Partial<Record<CheckedField, readonly FactCandidate[]>>): Anomaly[] {
  const out: Anomaly[] = [];
  const idDate = dateInId(model);
  if (idDate !== null && kept.released !== undefined && kept.released.slice(0, 7) < idDate)
    out.push({ model, field: 'released', kind: 'before-id-date', found: kept.released, expected: `${idDate} or later (the date in the id)` });
  for (const field of CHECKED_FIELDS) {
    const k = kept[field];
    if (k === undefined) continue;
    const c = consensus(field, cands[field] ?? [], k);
    if (c && c.sources >= CONSENSUS_MIN_SOURCES && isFar(field, k, c.value))
      out.push({ model, field, kind: 'far-from-consensus', found: k, expected: `near ${c.value} (${c.sources} sources agree)` });
  }
  return out;
}

/** What settling needs of a curated fact override (scripts/import/curated/facts.yaml). */
export interface FactOverride {
  model: string;
  field: string;
  value: string | number | boolean;
}

/**
 * Which anomalies the curated overrides settle: an override of the same model and field settles
 * every anomaly of that fact, whether it changes the value or confirms it against the other sources
 * (a person looked). A release date a person confirms before the id's date also needs a lint
 * explanation, because the data lint checks the published data on its own.
 */
export function settle(anomalies: readonly Anomaly[], overrides: readonly FactOverride[]): { settled: Anomaly[]; unsettled: Anomaly[] } {
  const has = new Set(overrides.map((o) => `${o.model} ${o.field}`));
  return {
    settled: anomalies.filter((a) => has.has(`${a.model} ${a.field}`)),
    unsettled: anomalies.filter((a) => !has.has(`${a.model} ${a.field}`)),
  };
}

export function formatAnomaly(a: Anomaly): string {
  return `${a.model}: ${a.field} ${a.found} — expected ${a.expected} (${a.kind})`;
}
