/**
 * Bad data must stop the build with every offender listed at once, each as
 * `file: field — expected …, found …`, so a contributor fixes all of them in one pass.
 */
import type { z } from 'zod';

export interface DataIssue {
  /** Path of the offending file, relative to the working directory. */
  file: string;
  /** Dotted path of the field inside the record ("routes[0].input"), or "(file)" for the whole file. */
  field: string;
  /** What the rule wanted. */
  expected: string;
  /** What the record holds, shortened. */
  found: string;
}

export class DataError extends Error {
  readonly issues: DataIssue[];
  constructor(issues: DataIssue[]) {
    super(
      `Invalid data: ${issues.length} problem${issues.length === 1 ? '' : 's'}\n` +
        issues.map((i) => `  ${formatIssue(i)}`).join('\n'),
    );
    this.name = 'DataError';
    this.issues = issues;
  }
}

export function formatIssue(i: DataIssue): string {
  return `${i.file}: ${i.field} — expected ${i.expected}, found ${i.found}`;
}

/** Renders a value found in a record for an error message, short enough to read on one line. */
export function describeValue(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v instanceof Date) return `a YAML date (${v.toISOString().slice(0, 10)}); quote it`;
  let s: string;
  try {
    s = JSON.stringify(v) ?? String(v);
  } catch {
    s = String(v);
  }
  return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}

export function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += out ? `.${String(p)}` : String(p);
  }
  return out || '(record)';
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let cur: unknown = input;
  for (const p of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[p];
  }
  return cur;
}

/** Turns zod issues into DataIssues, reading the offending value back from the input. */
export function zodIssues(file: string, input: unknown, error: z.ZodError): DataIssue[] {
  const out: DataIssue[] = [];
  for (const iss of error.issues) {
    if (iss.code === 'unrecognized_keys') {
      for (const key of iss.keys) {
        out.push({
          file,
          field: fieldPath([...iss.path, key]),
          expected: 'no such key (check the spelling against the README)',
          found: `${describeValue(valueAt(input, [...iss.path, key]))}`,
        });
      }
      continue;
    }
    out.push({ file, field: fieldPath(iss.path), expected: iss.message, found: describeValue(valueAt(input, iss.path)) });
  }
  return out;
}
