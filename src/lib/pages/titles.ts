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
