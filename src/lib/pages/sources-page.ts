/**
 * Structured data for /sources/: a schema.org Dataset describing the downloadable export of the
 * catalogue (built by src/lib/export/), credited to the imported data sets from data/sources.yaml
 * with their licences, and dated by the catalogue's newest `data_as_of`.
 */
import type { Catalog } from '../data/load';
import { newestDate } from './sitemap';

/** The export's files (base-free paths), as the export step writes them. */
export const EXPORT_FILES = [
  { path: '/data/catalog.json', format: 'application/json', what: 'the whole catalogue: models, routes, prices, scores, labs, providers and benchmarks' },
  { path: '/data/models.csv', format: 'text/csv', what: 'one row per model' },
  { path: '/data/routes.csv', format: 'text/csv', what: 'one row per provider route with its prices' },
  { path: '/data/scores.csv', format: 'text/csv', what: 'one row per benchmark score with its source' },
] as const;

export function sourcesDatasetJsonLd(cat: Catalog): object {
  const abs = (p: string) => `${cat.site.url}${p}`;
  const title = cat.site.title;
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: `${title} LLM catalogue`,
    description: `The data behind ${title}: ${cat.models.length} language models with their provider routes and list prices, context windows, capabilities and sourced benchmark scores, as JSON and CSV.`,
    url: abs('/sources/'),
    dateModified: newestDate(cat.models.map((m) => m.data_as_of)),
    isAccessibleForFree: true,
    // Each imported data set keeps its own licence; the export carries all of them.
    license: cat.sources.map((s) => s.license_url),
    creator: cat.sources.map((s) => ({ '@type': 'Organization', name: s.name, url: s.url })),
    isBasedOn: cat.sources.map((s) => s.url),
    creditText: cat.sources.map((s) => s.credit ?? `${s.name} (${s.license})`).join('; '),
    distribution: EXPORT_FILES.map((f) => ({
      '@type': 'DataDownload',
      name: f.path.split('/').pop(),
      description: f.what,
      encodingFormat: f.format,
      contentUrl: abs(f.path),
    })),
  };
}
