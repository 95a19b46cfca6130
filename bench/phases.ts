import type { Phases } from './table';

/**
 * Astro's own phase times from the end of its log: the whole build as Astro counts it, and the
 * "generating static routes" phase alone. The rest of the wall time is process start, config
 * loading (the project's integrations load and validate the catalogue there) and type generation.
 */
export function astroPhases(tail: string, wall: number): Phases {
  const total = /\[build\] \d+ page\(s\) built in ((?:\d+m )?[\d.]+m?s)/.exec(tail);
  const gen = /\n[\d:]+ ✓ Completed in ((?:\d+m )?[\d.]+m?s)\./.exec(tail);
  const astro_s = total ? astroSeconds(total[1]!) : null;
  return {
    astro_s,
    generate_s: gen ? astroSeconds(gen[1]!) : null,
    outside_astro_s: astro_s === null ? null : Number((wall - astro_s).toFixed(2)),
  };
}

/** Astro's time stat (getTimeStat): "455ms", "1.23s", or from a minute on "8m 55s". */
export function astroSeconds(stat: string): number | null {
  const m = /^(?:(\d+)m )?([\d.]+)(ms|s)$/.exec(stat);
  if (!m) return null;
  const s = (m[1] ? Number(m[1]) * 60 : 0) + (m[3] === 'ms' ? Number(m[2]) / 1000 : Number(m[2]));
  return Number(s.toFixed(2));
}

/** `[llm-versus:twins] astro:build:done took 1.23 s` (src/integrations/hook-times.ts), per integration. */
export function hookTimes(log: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const m of log.matchAll(/\[([\w:-]+)\] astro:build:done took ([\d.]+) s/g)) out[m[1]!] = Number(m[2]);
  return out;
}

/** Page lines of Astro's log: rendered, or kept from the last build ("(cached)" in dist/, "(restored)" from the cache). */
export function pageCounts(log: string): { rendered: number; kept: number; pairs_rendered: number } {
  const lines = [...log.matchAll(/├─ (\/\S+\.html)(.*)$/gm)];
  const kept = lines.filter((m) => /\((?:cached|restored)\)/.test(m[2]!));
  const rendered = lines.filter((m) => !/\((?:cached|restored)\)/.test(m[2]!));
  return { rendered: rendered.length, kept: kept.length, pairs_rendered: rendered.filter((m) => m[1]!.startsWith('/compare/') && m[1]!.includes('-vs-')).length };
}
