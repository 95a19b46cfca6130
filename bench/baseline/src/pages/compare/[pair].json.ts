/** One JSON twin per project twin: the precomputed body of the project's median twin. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSpec } from '../../spec';

export const getStaticPaths = (() => {
  const s = getSpec();
  const body = s.templates['compare/*.json'] ?? '{}';
  return s.jsons.filter((j) => j.kind === 'compare/*.json').map((j) => ({ params: { pair: j.path.split('/').pop()! }, props: { body } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(props['body'] as string, { headers: { 'Content-Type': 'application/json' } });
