/**
 * The page list the baseline writes, prepared by the bench from the project's own build of the
 * same catalogue (bench/baseline-spec.ts): every HTML page and JSON twin, each kind with the HTML
 * or JSON of the project's median-sized page of that kind. Read with fs once per process.
 */
import { readFileSync } from 'node:fs';

export interface BaselineSpec {
  /** Kind → the markup every page of that kind writes (the project's median page, without its doctype). */
  templates: Record<string, string>;
  /** Every HTML page: its URL path without slashes at either end ("" is the home page) and its kind. */
  pages: { path: string; kind: string }[];
  /** Every JSON twin: its path without the ".json" and its kind. */
  jsons: { path: string; kind: string }[];
}

let spec: BaselineSpec | undefined;
export function getSpec(): BaselineSpec {
  if (!spec) {
    const file = process.env['BENCH_SPEC'];
    if (!file) throw new Error('BENCH_SPEC must name the spec file written by the bench');
    spec = JSON.parse(readFileSync(file, 'utf8')) as BaselineSpec;
  }
  return spec;
}

/** Pages of one kind ("compare/*") as their last path segment and their markup. */
export function pagesOf(kind: string): { name: string; html: string }[] {
  const s = getSpec();
  const html = s.templates[kind] ?? '';
  return s.pages.filter((p) => p.kind === kind).map((p) => ({ name: p.path.split('/').pop()!, html }));
}
