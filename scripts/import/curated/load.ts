/**
 * Reads and validates the curated YAML files. Any problem stops the import with the file, the field
 * and what was expected, all problems at once (the site's own error format, src/lib/data/errors.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import YAML from 'yaml';
import type { z } from 'zod';
import { DataError, zodIssues, type DataIssue } from '../../../src/lib/data/errors';
import { aliasesFileSchema, factsFileSchema, keptApartFileSchema, namesFileSchema, type Curated } from './schema.ts';
import { benchmarkAliasesFileSchema } from '../scores/aliases.ts';

export const CURATED_FILES = {
  aliases: 'aliases.yaml',
  keptApart: 'kept-apart.yaml',
  names: 'names.yaml',
  facts: 'facts.yaml',
  benchmarkAliases: 'benchmark-aliases.yaml',
} as const;

/** Reads one curated YAML file against its schema; problems go into `issues` (all are reported together). */
export function readCuratedFile<S extends z.ZodType>(dir: string, name: string, schema: S, issues: DataIssue[]): z.output<S> | undefined {
  const file = join(dir, name);
  const shown = relative(process.cwd(), file) || file;
  if (!existsSync(file)) {
    issues.push({ file: shown, field: '(file)', expected: 'a curated decisions file (an empty list is fine)', found: 'nothing' });
    return undefined;
  }
  let raw: unknown;
  try {
    raw = YAML.parse(readFileSync(file, 'utf8'), { schema: 'core', uniqueKeys: true });
  } catch (e) {
    issues.push({ file: shown, field: '(file)', expected: 'valid YAML', found: (e as Error).message.split('\n')[0] ?? 'a parse error' });
    return undefined;
  }
  const r = schema.safeParse(raw ?? []);
  if (r.success) return r.data;
  issues.push(...zodIssues(shown, raw, r.error));
  return undefined;
}

/** Loads scripts/import/curated/ (or `dir`); throws DataError listing every problem. */
export function loadCurated(dir: string): Curated {
  const issues: DataIssue[] = [];
  const aliases = readCuratedFile(dir, CURATED_FILES.aliases, aliasesFileSchema, issues);
  const keptApart = readCuratedFile(dir, CURATED_FILES.keptApart, keptApartFileSchema, issues);
  const names = readCuratedFile(dir, CURATED_FILES.names, namesFileSchema, issues);
  const facts = readCuratedFile(dir, CURATED_FILES.facts, factsFileSchema, issues);
  const benchmarkAliases = readCuratedFile(dir, CURATED_FILES.benchmarkAliases, benchmarkAliasesFileSchema, issues);
  if (issues.length || !aliases || !keptApart || !names || !facts || !benchmarkAliases) throw new DataError(issues);
  return { aliases, keptApart, names, facts, benchmarkAliases };
}
