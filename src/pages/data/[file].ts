/**
 * The downloadable data (/data/catalog.json, models.csv, routes.csv, scores.csv, README.txt), written
 * at build time by this endpoint route rather than a build hook: it reads the same catalogue snapshot
 * as every page (getCatalog), Astro writes it under the base path with the rest of dist/, and
 * `astro dev` serves it too, so the client-side compare works in development. The files' contents
 * are made in src/lib/export/files.ts.
 */
import type { APIRoute } from 'astro';
import { EXPORT_FILES, exportFileText, type ExportFileId } from '../../lib/export/files';
import { getCatalog } from '../../lib/data/load';

export function getStaticPaths() {
  return EXPORT_FILES.map((f) => ({ params: { file: f.path.split('/').pop()! }, props: { id: f.id, format: f.format } }));
}

export const GET: APIRoute = ({ props }) => {
  const text = exportFileText(getCatalog(), props['id'] as ExportFileId);
  return new Response(text, { headers: { 'Content-Type': `${props['format'] as string}; charset=utf-8` } });
};
