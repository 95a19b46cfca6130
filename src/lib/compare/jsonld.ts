/**
 * Structured data for a pair page: an honest WebPage about two things plus a breadcrumb trail.
 * No ratings or offers are invented (see seed-analysis §2.4).
 */
import type { Site } from '../schema/site';
import type { Comparison } from './types';

export function pairJsonLd(c: Comparison, site: Pick<Site, 'url' | 'title'>) {
  const abs = (p: string) => `${site.url}${p}`;
  return {
    '@context': 'https://schema.org',
    '@graph': [
      {
        '@type': 'WebPage',
        name: `${c.models.a.name} vs ${c.models.b.name}`,
        description: c.meta.description,
        url: abs(c.meta.path),
        dateModified: c.meta.dataAsOf,
        about: [c.models.a, c.models.b].map((m) => ({ '@type': 'Thing', name: m.name, url: abs(m.url) })),
        isPartOf: { '@type': 'WebSite', name: site.title, url: abs('/') },
      },
      {
        '@type': 'BreadcrumbList',
        itemListElement: [
          { '@type': 'ListItem', position: 1, name: 'Home', item: abs('/') },
          { '@type': 'ListItem', position: 2, name: 'Compare', item: abs('/compare/') },
          { '@type': 'ListItem', position: 3, name: `${c.models.a.name} vs ${c.models.b.name}` },
        ],
      },
    ],
  };
}
