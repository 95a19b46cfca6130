/**
 * Title and meta description of a pair page, built from the pair's own strongest differences so
 * that no two pages share them (see seed-analysis §2.3).
 */
import { formatMoney, formatTokens } from '../format';
import { compareDates } from '../schema/constants';
import type { PairContext } from './context';
import type { PlannedPair } from './pairs';
import type { PairMeta, PerSide, RuleLine, Verdict } from './types';

/** Search engines show about this many characters of a description. */
export const DESCRIPTION_MAX = 300;

/** Cuts at a word boundary and marks the cut. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}

/** Titles longer than this are cut off in search results (and html-validate's long-title rule). */
export const TITLE_MAX = 70;

/** The most informative title that fits: facts and site name first, then fewer of them. */
export function pairTitle(a: string, b: string, facts: string[], siteTitle: string): string {
  const vs = `${a} vs ${b}`;
  const candidates = [
    ...(facts.length ? [`${vs}: ${facts.join(', ')} | ${siteTitle}`, `${vs}: ${facts.join(', ')}`, `${vs}: ${facts[0]}`] : []),
    `${vs}: prices, context and benchmarks | ${siteTitle}`,
    `${vs} | ${siteTitle}`,
    vs,
  ];
  return fitTitle(candidates, vs);
}

/** The first candidate that fits in TITLE_MAX characters, else `fallback` cut to fit. */
export function fitTitle(candidates: readonly string[], fallback: string): string {
  return candidates.find((t) => t.length <= TITLE_MAX) ?? clip(fallback, TITLE_MAX);
}

export function pairMeta(ctx: PairContext, siteTitle: string, planned: Pick<PlannedPair, 'path' | 'jsonPath' | 'noindex'>, verdict: Verdict, tradeoffs: PerSide<RuleLine[]>): PairMeta {
  const { v, name, est } = ctx;
  const facts: string[] = [];
  if (est.a.usd !== null && est.b.usd !== null) facts.push(`${formatMoney(est.a.usd)} vs ${formatMoney(est.b.usd)} a month`);
  const ca = v.a.contextWindow;
  const cb = v.b.contextWindow;
  if (ca !== null && cb !== null && ca !== cb) facts.push(`${formatTokens(ca)} vs ${formatTokens(cb)} context`);
  const title = pairTitle(name.a, name.b, facts, siteTitle);
  // The verdict plus the first fired tradeoff of each side: concrete numbers, never a template.
  const extra: string[] = [];
  for (const s of ['a', 'b'] as const) {
    const first = tradeoffs[s].find((l) => l.rule !== 'cheaper' && l.rule !== 'benchmark-leads');
    if (first) extra.push(`${name[s]}: ${first.text}`);
  }
  // The two names first: a verdict like "Evenly matched…" reads the same on many pairs, the names never do.
  const description = clip([`${name.a} vs ${name.b}: ${verdict.headline}`, ...extra].join(' '), DESCRIPTION_MAX);
  const dataAsOf = compareDates(v.a.dataAsOf, v.b.dataAsOf) >= 0 ? v.a.dataAsOf : v.b.dataAsOf;
  return { title, description, path: planned.path, jsonPath: planned.jsonPath, noindex: planned.noindex, dataAsOf };
}
