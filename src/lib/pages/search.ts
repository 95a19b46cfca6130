/**
 * What the site search says about a page. Base.astro stamps each indexed page with its kind
 * (`data-pagefind-meta="kind:…"`), and <site-search> shows it beside the result, so "Phi-4" the
 * model and "Phi-4 vs GPT-4.1" the comparison read apart at a glance.
 */
export type SearchKind = 'Model' | 'Provider' | 'Lab' | 'Comparison' | 'Page';

/** The kind of a base-free page path ("/models/phi-4/" → Model). Index pages (/models/) are site pages. */
export function searchKind(path: string): SearchKind {
  if (/^\/models\/[^/]+\/$/.test(path)) return 'Model';
  if (/^\/providers\/[^/]+\/$/.test(path)) return 'Provider';
  if (/^\/labs\/[^/]+\/$/.test(path)) return 'Lab';
  if (/^\/compare\/[^/]+\/$/.test(path)) return 'Comparison';
  return 'Page';
}

/**
 * How much of a page the index takes: `main`, its main content; `marked`, only the elements the page
 * marks itself (a pair page's h1 and verdict headline: full pair pages would cost ~0.35 MB of
 * indexing memory each); `none`, nothing (noindex pages and the 404 page).
 */
export type SearchScope = 'main' | 'marked' | 'none';

/** A noindex page is never indexed, whatever it asks for; any other page defaults to its main content. */
export function searchScope(asked: SearchScope | undefined, noindex: boolean): SearchScope {
  if (noindex) return 'none';
  return asked ?? 'main';
}
