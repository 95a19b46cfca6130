/** The JSON twin of each pair page: the same view-model, for scripts and other sites. */
import type { APIRoute } from 'astro';
import { comparisonJson, getComparison } from '../../lib/compare/index';
import { getPairPlan } from '../../lib/compare/pairs';
import { getCatalog } from '../../lib/data/load';

export function getStaticPaths() {
  const cat = getCatalog();
  const plan = getPairPlan(cat);
  return plan.pairs.map((p) => ({ params: { pair: p.slug }, props: { a: p.a, b: p.b } }));
}

export const GET: APIRoute = ({ props }) => {
  const cat = getCatalog();
  const c = getComparison(cat, props['a'] as string, props['b'] as string);
  return new Response(JSON.stringify(comparisonJson(c)), { headers: { 'Content-Type': 'application/json' } });
};
