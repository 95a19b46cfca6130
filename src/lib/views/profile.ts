/**
 * The model page's profile, composed at build time from the model view and format.ts, so it
 * prints every figure the way the tables do (131.2, not 131.158). data/ keeps only prose a person
 * wrote (the importer writes front matter only), shown after the composed profile.
 */
import { formatDate, formatPrice, formatTokens, listText, plural } from '../format';
import type { Workload } from '../schema/site';
import { inputsText, type ModelView } from './model';

/** How many benchmark results the profile names; the table below lists all of them. */
export const PROFILE_BENCHMARKS = 3;

/** The prose a person wrote for this model, or '' when there is none. */
export function authoredBody(v: Pick<ModelView, 'body'>): string {
  return v.body.trim();
}

export function composeProfile(v: ModelView, _w?: Workload): string[] {
  const out: string[] = [];
  const first: string[] = [`**${v.name}** is a ${v.status === 'preview' ? 'preview ' : ''}model from ${v.labName}, released ${formatDate(v.released)}.`];
  if (v.contextWindow !== null)
    first.push(`It reads up to ${formatTokens(v.contextWindow)} tokens${v.maxOutputTokens !== null ? ` and writes up to ${formatTokens(v.maxOutputTokens)} per response` : ''}.`);
  first.push(`The sources list ${inputsText(v)} input.`);
  if (v.openWeights === true) first.push(`Its weights are published${v.license ? ` (${v.license})` : ''}.`);
  else if (v.openWeights === false) first.push('Its weights are not published.');
  if (v.knowledgeCutoff !== null) first.push(`Knowledge cutoff: ${formatDate(v.knowledgeCutoff)}.`);
  out.push(first.join(' '));

  // The monthly estimate's home is the headline figure and the pricing section: the profile names the route's prices only.
  if (v.providers.length) {
    const r = v.cost.route;
    out.push(
      r
        ? `${v.providers.length === 1 ? 'One provider offers' : `${plural(v.providers.length, 'provider')} offer`} it; the lowest prices that count are ${formatPrice(r.input)} input and ${formatPrice(r.output)} output per 1M tokens, on ${r.providerName}.`
        : `${v.providers.length === 1 ? 'One provider offers' : `${plural(v.providers.length, 'provider')} offer`} it; there is no monthly estimate, because ${v.cost.reason}.`,
    );
  }

  // Independent results first, one per benchmark (its best run), as the benchmarks table marks them.
  const best = new Map<string, (typeof v.scores)[number]>();
  for (const s of v.scores) {
    const cur = best.get(s.benchmark);
    const rank = (x: typeof s) => (x.selfReported === false ? 0 : 1);
    if (!cur || rank(s) < rank(cur) || (rank(s) === rank(cur) && s.score > cur.score)) best.set(s.benchmark, s);
  }
  const picked = [...best.values()].sort((x, y) => Number(x.selfReported !== false) - Number(y.selfReported !== false) || x.benchmarkName.localeCompare(y.benchmarkName)).slice(0, PROFILE_BENCHMARKS);
  if (picked.length)
    out.push(
      `Benchmark results on file include ${listText(picked.map((s) => `${s.benchmarkName} ${s.scoreText} (${s.selfReported === false ? 'independent' : s.selfReported ? 'self-reported' : 'origin not stated'})`))}; the table below lists all ${plural(v.scores.length, 'score')}.`,
    );
  return out;
}
