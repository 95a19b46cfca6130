/**
 * Runs every lint rule over a catalogue and sets aside the findings a person has explained in the
 * curated explanations file. What is left fails `npm run validate`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import YAML from 'yaml';
import { z } from 'zod';
import type { Catalog } from '../data/load';
import { nonEmptyText, urlSchema } from '../schema/shared';
import { getPairPlan } from '../compare/pairs';
import { LINT_RULES, type Finding, type LintRule } from './rules';

export const explanationSchema = z.strictObject({
  /** The rule id the finding came from. */
  rule: nonEmptyText('a rule id'),
  /** The finding's subject: a model id, or "a|b" for two models (ids sorted). */
  subject: nonEmptyText('a model id or "a|b"'),
  /** Why the finding is not a defect. */
  reason: nonEmptyText('the reason the finding is right as it is'),
  /** Where a person checked it. */
  source: urlSchema,
});
export const explanationsSchema = z.array(explanationSchema, { error: 'a list of explanations' });
export type Explanation = z.output<typeof explanationSchema>;

/** Reads the curated explanations; a missing file means none. Throws with the file and field on bad entries. */
export function readExplanations(file: string): Explanation[] {
  if (!existsSync(file)) return [];
  const parsed = explanationsSchema.safeParse(YAML.parse(readFileSync(file, 'utf8')) ?? []);
  if (!parsed.success)
    throw new Error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(file)'} — expected ${i.message}`).join('; ')}`);
  return parsed.data;
}

/**
 * Every explanation a person has written, from the importer's curated folder: the lint's own file,
 * and the kept-apart decisions (each pair of ids in an entry is a settled duplicate candidate), so a
 * decision is written once.
 */
export function readCuratedExplanations(curatedDir: string): { own: Explanation[]; keptApart: Explanation[] } {
  const own = readExplanations(join(curatedDir, 'lint-explained.yaml'));
  const file = join(curatedDir, 'kept-apart.yaml');
  if (!existsSync(file)) return { own, keptApart: [] };
  const entries = (YAML.parse(readFileSync(file, 'utf8')) ?? []) as { ids?: string[]; source?: string; reason?: string; note?: string }[];
  const kept: Explanation[] = [];
  for (const e of entries) {
    const ids = [...(e.ids ?? [])].sort();
    for (let i = 0; i < ids.length; i++)
      for (let j = i + 1; j < ids.length; j++)
        kept.push({ rule: 'duplicate-candidate', subject: `${ids[i]}|${ids[j]}`, reason: e.note ?? e.reason ?? 'kept apart', source: e.source ?? 'https://github.com/' });
  }
  return { own, keptApart: kept };
}

/**
 * Lints with every curated explanation. Only the lint's own explanations are reported when stale:
 * kept-apart entries settle the importer's wider candidate rule, and the import reports those itself.
 */
export function lintWithCurated(cat: Catalog, curatedDir: string): LintResult {
  const { own, keptApart } = readCuratedExplanations(curatedDir);
  const result = runLint(cat, [...own, ...keptApart]);
  return { ...result, stale: result.stale.filter((e) => own.includes(e)) };
}

/**
 * Pairs the site publishes must join models of one kind: chat with chat, guard with guard. Made over
 * a given pair planner, so a test can show it catches one that pairs across kinds.
 */
export const pairKindsRule = (plan: (cat: Catalog) => { pairs: { a: string; b: string }[] } = getPairPlan): LintRule => ({
  id: 'pair-kind-mismatch',
  why: 'a safety classifier compared with a chat model on token cost answers a question nobody asks',
  fix: 'pair selection (src/lib/compare/pairs.ts) must only join models of the same kind',
  check(cat) {
    const out: Finding[] = [];
    for (const p of plan(cat).pairs) {
      const a = cat.modelsById.get(p.a);
      const b = cat.modelsById.get(p.b);
      if (a && b && a.kind !== b.kind)
        out.push({ rule: this.id, subject: `${p.a}|${p.b}`, file: b.file, field: 'kind', expected: `${a.kind} (as ${a.id})`, found: b.kind });
    }
    return out;
  },
});

export const ALL_RULES: readonly LintRule[] = [...LINT_RULES, pairKindsRule()];

export interface LintResult {
  findings: Finding[];
  /** Findings no explanation covers: these fail the lint. */
  unexplained: Finding[];
  /** Explanations that no longer match a finding (the data changed): worth deleting. */
  stale: Explanation[];
}

const key = (rule: string, subject: string) => `${rule} ${subject}`;

export function runLint(cat: Catalog, explanations: Explanation[] = [], rules: readonly LintRule[] = ALL_RULES): LintResult {
  const findings = rules.flatMap((r) => r.check(cat));
  const explained = new Set(explanations.map((e) => key(e.rule, e.subject)));
  const found = new Set(findings.map((f) => key(f.rule, f.subject)));
  return {
    findings,
    unexplained: findings.filter((f) => !explained.has(key(f.rule, f.subject))),
    stale: explanations.filter((e) => !found.has(key(e.rule, e.subject))),
  };
}

/** One line per finding, in the loader's `file: field — expected …, found …` form, each rule's fix hint once. */
export function formatLint(result: LintResult, rules: readonly LintRule[] = ALL_RULES): string {
  const lines: string[] = [];
  for (const r of rules) {
    const mine = result.unexplained.filter((f) => f.rule === r.id);
    if (mine.length === 0) continue;
    lines.push(`${r.id}: ${mine.length} finding${mine.length === 1 ? '' : 's'} — ${r.why}`);
    for (const f of mine) lines.push(`  ${f.file}: ${f.field} — expected ${f.expected}, found ${f.found}`);
    lines.push(`  fix: ${r.fix}`);
  }
  for (const e of result.stale) lines.push(`stale explanation: ${e.rule} ${e.subject} matches no finding any more; delete it`);
  return lines.join('\n');
}
