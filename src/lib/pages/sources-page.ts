/**
 * Structured data for /sources/: a schema.org Dataset describing the downloadable export of the
 * catalogue (built by src/lib/export/), credited to the imported data sets from data/sources.yaml
 * with their licences, and dated by the catalogue's newest `data_as_of`.
 */
import type { Catalog } from '../data/load';
import { EXPORT_FILES, exportFileText, exportRowCounts } from '../export/files';
import { newestDate } from './sitemap';

/** The Dataset's downloads: the export's data files (README.txt, the licence note, is linked from /sources/ but is not data). */
export const DATASET_FILES = EXPORT_FILES.filter((f) => f.id !== 'readme');

/** "12.3 KB": a file size as people read it (1 KB = 1,000 bytes, as browsers and hosts show them). */
export function sizeText(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  if (bytes < 1_000_000) return `${(bytes / 1000).toFixed(1)} KB`;
  return `${(bytes / 1_000_000).toFixed(2)} MB`;
}

/** UTF-8 size of a file's text, as the host serves it (uncompressed). */
export const byteLength = (text: string): number => new TextEncoder().encode(text).length;

/** The download list of /sources/: each export file with its size and, for the tables, its rows. */
export function downloadList(cat: Catalog): { path: string; name: string; what: string; size: string; rows: number | null }[] {
  const counts = exportRowCounts(cat);
  return EXPORT_FILES.map((f) => ({
    path: f.path,
    name: f.path.split('/').pop()!,
    what: f.what,
    size: sizeText(byteLength(exportFileText(cat, f.id))),
    rows: f.id === 'models' || f.id === 'routes' || f.id === 'scores' ? counts[f.id] : null,
  }));
}

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
    distribution: DATASET_FILES.map((f) => ({
      '@type': 'DataDownload',
      name: f.path.split('/').pop(),
      description: f.what,
      encodingFormat: f.format,
      contentUrl: abs(f.path),
      contentSize: sizeText(byteLength(exportFileText(cat, f.id))),
    })),
  };
}
