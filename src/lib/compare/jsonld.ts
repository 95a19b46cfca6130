/**
 * Structured data for a pair page: an honest WebPage about two things, last changed on the later
 * of the two models' data dates. No ratings or offers are invented (see seed-analysis §2.4). The
 * BreadcrumbList comes from the layout (pairBreadcrumbs), which renders the same trail visibly.
 */
import type { Site } from '../schema/site';
import type { Comparison } from './types';

export function pairJsonLd(c: Comparison, site: Pick<Site, 'url' | 'title'>) {
  // site.url carries the base path of a sub-path deployment: paths are appended, not resolved.
  const abs = (p: string) => `${site.url}${p}`;
  return {
    '@context': 'https://schema.org',
    '@type': 'WebPage',
    name: `${c.models.a.name} vs ${c.models.b.name}`,
    description: c.meta.description,
    url: abs(c.meta.path),
    dateModified: c.meta.dataAsOf,
    about: [c.models.a, c.models.b].map((m) => ({ '@type': 'Thing', name: m.name, url: abs(m.url) })),
    isPartOf: { '@type': 'WebSite', name: site.title, url: abs('/') },
  };
}

/** Home › Compare › A vs B, base-free (the layout renders it and its BreadcrumbList). */
export function pairBreadcrumbs(c: Comparison): { name: string; path: string }[] {
  return [
    { name: 'Home', path: '/' },
    { name: 'Compare', path: '/compare/' },
    { name: `${c.models.a.name} vs ${c.models.b.name}`, path: c.meta.path },
  ];
}
