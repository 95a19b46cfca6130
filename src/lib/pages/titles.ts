/**
 * Titles for listing pages, fitted the way html-validate's long-title rule measures them: the text
 * as written in the HTML, where "&" is the five characters "&amp;" ("Weights & Biases" is 4 longer).
 */
import { clip, TITLE_MAX } from '../compare/meta';

/** Length of a title as the built page writes it (Astro escapes & < > " '). */
export function htmlLength(text: string): number {
  return text.replace(/&/g, '&amp;').replace(/[<>]/g, '&lt;').replace(/["']/g, '&#34;').length;
}

/** The first candidate whose written form fits TITLE_MAX, else `fallback` cut until it does. */
export function fitHtmlTitle(candidates: readonly string[], fallback: string): string {
  const fit = candidates.find((t) => htmlLength(t) <= TITLE_MAX);
  if (fit) return fit;
  let max = TITLE_MAX;
  let t = clip(fallback, max);
  while (htmlLength(t) > TITLE_MAX && max > 1) t = clip(fallback, --max);
  return t;
}

/**
 * schema.org CollectionPage of a listing page (a provider's or a lab's) about one organisation:
 * `dateModified` is the latest data date of what it lists, as in its sitemap `lastmod`.
 */
export function collectionPageJsonLd(
  site: { title: string; url: string },
  page: { title: string; path: string; description: string; dateModified: string | null | undefined },
  about: { name: string; url: string },
): object {
  const abs = (x: string) => `${site.url}${x}`;
  return {
    '@context': 'https://schema.org',
    '@type': 'CollectionPage',
    name: page.title,
    url: abs(page.path),
    description: page.description,
    ...(page.dateModified ? { dateModified: page.dateModified } : {}),
    about: { '@type': 'Organization', name: about.name, url: about.url },
    isPartOf: { '@type': 'WebSite', name: site.title, url: abs('/') },
  };
}
