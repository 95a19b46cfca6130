/**
 * After a build, prints what was written: pages of each kind and the files in dist/, so a
 * contributor sees at once whether the pair budget (data/site.yaml `pairs.max_pages`) holds.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { getPairPlan } from '../lib/compare/pairs';
import { getCatalog } from '../lib/data/load';

function countFiles(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const s = statSync(p);
    if (s.isDirectory()) {
      const sub = countFiles(p);
      files += sub.files;
      bytes += sub.bytes;
    } else {
      files++;
      bytes += s.size;
    }
  }
  return { files, bytes };
}

export function buildReport(): AstroIntegration {
  return {
    name: 'llm-versus:build-report',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const cat = getCatalog();
        const plan = getPairPlan(cat);
        const noindex = plan.pairs.filter((p) => p.noindex).length;
        const { files, bytes } = countFiles(fileURLToPath(dir));
        logger.info(
          `wrote ${plan.pairs.length} pair pages (${noindex} noindex) with as many JSON twins, ${cat.models.length} model pages; ` +
            `${plan.cut} other pairs left out by the ${plan.strategy} strategy and budget`,
        );
        logger.info(`dist holds ${files} files, ${(bytes / 1e6).toFixed(1)} MB (budget: ${cat.site.pairs.max_pages} files)`);
        if (files > cat.site.pairs.max_pages) logger.warn(`dist has more files than pairs.max_pages (${cat.site.pairs.max_pages})`);
      },
    },
  };
}
