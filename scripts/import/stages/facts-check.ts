/**
 * Catalogue-wide checks of the facts stage, after every record's facts and scores exist:
 * - every fact anomaly is settled by a curated override (scripts/import/curated/facts.yaml);
 * - every display name is unique (a collision is settled in scripts/import/curated/names.yaml, never
 *   by pasting the id into the name);
 * - each record's data date also counts the snapshots of the sources its scores came from.
 * Stops the import (DataError, data/ left as it was) on the first two; reports the rest.
 */
import { DataError, type DataIssue } from '../../../src/lib/data/errors';
import type { Curated } from '../curated/schema.ts';
import { settle, type Anomaly } from '../facts/anomalies.ts';
import { nameCollisions } from '../facts/names.ts';
import { dataAsOf, scoreSnapshot } from '../facts/data-date.ts';
import type { IncludedModel } from './context.ts';
import type { ModelFacts } from './facts.ts';
import type { ScoresResult } from './scores.ts';

export interface FactsReport {
  /** Anomalies found, each settled by a curated override. */
  anomalies: Anomaly[];
  /** Overrides that change or confirm a fact no rule flagged (a person corrected it anyway). */
  overridesWithoutAnomaly: number;
  /** Records named by the curated name table. */
  curatedNames: number;
  /** Curated entries for models the catalogue no longer has (merged or dropped): worth deleting. */
  stale: string[];
  /** Records per data date. */
  dataDates: Record<string, number>;
}

const NAMES_FILE = 'scripts/import/curated/names.yaml';
const FACTS_FILE = 'scripts/import/curated/facts.yaml';

export function checkFacts(models: { m: IncludedModel; facts: ModelFacts }[], scores: ScoresResult, curated: Pick<Curated, 'names' | 'facts'>): FactsReport {
  const issues: DataIssue[] = [];

  const anomalies = models.flatMap((x) => x.facts.anomalies);
  for (const a of settle(anomalies, curated.facts).unsettled)
    issues.push({ file: FACTS_FILE, field: `${a.model} ${a.field}`, expected: `an override settling it (${a.expected})`, found: `${a.found} (${a.kind})` });

  for (const [name, ids] of nameCollisions(models.map((x) => ({ id: x.m.id, name: x.facts.name }))))
    issues.push({ file: NAMES_FILE, field: ids.join(', '), expected: 'a distinct display name for each (an entry per model)', found: `"${name}" for all of them` });

  if (issues.length) throw new DataError(issues);

  for (const { m, facts } of models) {
    const rows = scores.rows.get(m.id) ?? [];
    // A price read from a newer source (the prices stage may prefer LiteLLM's figure) dates the record too.
    facts.data_as_of = dataAsOf([facts.data_as_of, ...m.routes.map((r) => r.as_of), ...rows.map((r) => scoreSnapshot(r.dataset, r.as_of))]);
  }

  const ids = new Set(models.map((x) => x.m.id));
  const flagged = new Set(anomalies.map((a) => `${a.model} ${a.field}`));
  const stale = [
    ...curated.names.filter((n) => !ids.has(n.model)).map((n) => `${NAMES_FILE}: ${n.model}`),
    ...curated.facts.filter((o) => !ids.has(o.model)).map((o) => `${FACTS_FILE}: ${o.model} ${o.field}`),
  ];
  const dataDates: Record<string, number> = {};
  for (const { facts } of models) dataDates[facts.data_as_of] = (dataDates[facts.data_as_of] ?? 0) + 1;
  return {
    anomalies,
    overridesWithoutAnomaly: curated.facts.filter((o) => ids.has(o.model) && !flagged.has(`${o.model} ${o.field}`)).length,
    curatedNames: curated.names.filter((n) => ids.has(n.model)).length,
    stale,
    dataDates: Object.fromEntries(Object.entries(dataDates).sort()),
  };
}
