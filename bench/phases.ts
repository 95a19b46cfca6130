import type { Phases } from './table';

/**
 * Astro's own phase times from the end of its log: the whole build as Astro counts it, and the
 * "generating static routes" phase alone. The rest of the wall time is process start, config
 * loading (the project's integrations load and validate the catalogue there) and type generation.
 */
export function astroPhases(tail: string, wall: number): Phases {
  const seconds = (v: string, unit: string) => (unit === 'ms' ? Number(v) / 1000 : Number(v));
  const total = /\[build\] \d+ page\(s\) built in ([\d.]+)(ms|s)/.exec(tail);
  const gen = /\n[\d:]+ ✓ Completed in ([\d.]+)(ms|s)\./.exec(tail);
  const astro_s = total ? Number(seconds(total[1]!, total[2]!).toFixed(2)) : null;
  return {
    astro_s,
    generate_s: gen ? Number(seconds(gen[1]!, gen[2]!).toFixed(2)) : null,
    outside_astro_s: astro_s === null ? null : Number((wall - astro_s).toFixed(2)),
  };
}
