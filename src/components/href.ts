/**
 * Site-relative path → URL under Astro's `base` ("/models/x/" → "/llm-versus/models/x/" when the
 * site lives under a sub-path, e.g. a GitHub Pages project site). Every link, asset and script URL
 * written by a component or a client script goes through this, so a `base` change needs no other edit.
 * View-models keep base-free paths ("/compare/a-vs-b/"): they are data, shared with the JSON twins.
 */
const BASE = (import.meta.env.BASE_URL ?? '/').replace(/\/+$/, '');

export function href(path: string): string {
  // Absolute URLs, protocol-relative "//host/x", "#fragment" and relative links stay as they are.
  if (!path.startsWith('/') || path.startsWith('//')) return path;
  return `${BASE}${path}`;
}

/** The base path itself without a trailing slash ("" at the root). */
export const basePath = BASE;
