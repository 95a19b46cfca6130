/** Writes dist/_headers from src/headers.ts after a build (the one definition of the site's headers). */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile } from '../headers';

export function headers(): AstroIntegration {
  let base = '/';
  return {
    name: 'llm-versus:headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir }) => {
        writeFileSync(fileURLToPath(new URL('_headers', dir)), headersFile(base));
      },
    },
  };
}
