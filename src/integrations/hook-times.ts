/**
 * Times every integration's `astro:build:done` hook and logs it as
 * `[<integration>] astro:build:done took 1.23 s`, a line bench/run.ts reads: Astro's "N page(s)
 * built in" counts the hooks in, and on an incremental rebuild they are most of the time.
 */
import type { AstroIntegration } from 'astro';

type BuildDone = NonNullable<AstroIntegration['hooks']['astro:build:done']>;

export function timeBuildDone(integrations: AstroIntegration[]): AstroIntegration[] {
  return integrations.map((i) => {
    const hook = i.hooks['astro:build:done'];
    if (!hook) return i;
    const timed: BuildDone = async (options) => {
      const started = performance.now();
      await hook(options);
      options.logger.info(`astro:build:done took ${((performance.now() - started) / 1000).toFixed(2)} s`);
    };
    return { ...i, hooks: { ...i.hooks, 'astro:build:done': timed } };
  });
}
