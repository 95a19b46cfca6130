/**
 * Validates the data folder before Astro touches dist/: bad data stops the build with every
 * offender listed, and nothing half-built is written.
 */
import type { AstroIntegration } from 'astro';
import { DataError } from '../lib/data/errors';
import { dataDir, getCatalog } from '../lib/data/load';

export function dataGuard(): AstroIntegration {
  return {
    name: 'llm-versus:data-guard',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        const dir = dataDir();
        try {
          const cat = getCatalog(dir);
          logger.info(`data: ${dir} — ${cat.models.length} models, ${cat.providers.size} providers valid`);
        } catch (e) {
          if (e instanceof DataError) {
            logger.error(e.message);
            throw new Error(`Build stopped: ${e.issues.length} data problem(s) in ${dir} (listed above).`);
          }
          throw e;
        }
      },
    },
  };
}
