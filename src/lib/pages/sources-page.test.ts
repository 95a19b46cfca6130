import { expect, test } from 'vitest';
import { loadCatalog } from '../data/load';
import { DATASET_FILES, sourcesDatasetJsonLd } from './sources-page';

test('the Dataset credits every source with its licence and lists each export file under the site URL', () => {
  const cat = loadCatalog('tests/fixtures/seed');
  const ds = sourcesDatasetJsonLd({ ...cat, site: { ...cat.site, url: 'https://x.dev/sub' } }) as Record<string, unknown>;
  expect(ds['@type']).toBe('Dataset');
  expect(ds['url']).toBe('https://x.dev/sub/sources/');
  expect(ds['license']).toEqual(cat.sources.map((s) => s.license_url));
  expect((ds['creator'] as { name: string }[]).map((c) => c.name)).toEqual(cat.sources.map((s) => s.name));
  const dist = ds['distribution'] as { contentUrl: string; encodingFormat: string; contentSize: string }[];
  expect(dist.map((d) => d.contentUrl.split('/').pop())).toEqual(['catalog.json', 'models.csv', 'routes.csv', 'scores.csv']);
  expect(dist.every((d) => /^\d+(\.\d+)? (B|KB|MB)$/.test(d.contentSize))).toBe(true);
  expect(dist.map((d) => d.contentUrl)).toEqual(DATASET_FILES.map((f) => `https://x.dev/sub${f.path}`));
  expect(dist.every((d) => d.encodingFormat === 'application/json' || d.encodingFormat === 'text/csv')).toBe(true);
  expect(ds['dateModified']).toBe(cat.models.map((m) => m.data_as_of).sort().at(-1));
});
