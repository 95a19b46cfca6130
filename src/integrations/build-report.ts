/**
 * After a build, prints what was written: pages of each kind and the files in dist/ per budget line
 * against the file budget's prediction (src/lib/compare/budget.ts), so a contributor sees at once
 * whether the budget (data/site.yaml `pairs.max_pages`) holds and which kind of file moved.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { countByKind, expectedFiles, type FileKind } from '../lib/compare/budget';
import { getPairPlan } from '../lib/compare/pairs';
import { getCatalog } from '../lib/data/load';

/** Every file under `dir` as a forward-slash path relative to it, and their total size. */
function listFiles(dir: string): { rels: string[]; bytes: number } {
  const rels: string[] = [];
  let bytes = 0;
  for (const rel of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const s = statSync(join(dir, rel));
    if (!s.isFile()) continue;
    rels.push(rel.split(/[\\/]/).join('/'));
    bytes += s.size;
  }
  return { rels, bytes };
}

const KINDS: FileKind[] = ['pairs', 'models', 'providers', 'labs', 'listings', 'sitemaps', 'search', 'fixed'];

export function buildReport(): AstroIntegration {
  return {
    name: 'llm-versus:build-report',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const cat = getCatalog();
        const plan = getPairPlan(cat);
        const noindex = plan.pairs.filter((p) => p.noindex).length;
        const { rels, bytes } = listFiles(fileURLToPath(dir));
        const files = rels.length;
        const actual = countByKind(rels);
        const expected = expectedFiles(cat, plan.pairs.length, plan.pairs.length - noindex);
        logger.info(
          `wrote ${plan.pairs.length} pair pages (${noindex} noindex) with as many JSON twins, ${cat.models.length} model pages; ` +
            `${plan.cut} other pairs left out by the ${plan.strategy} strategy and budget`,
        );
        logger.info(`dist holds ${files} files, ${(bytes / 1e6).toFixed(1)} MB (budget: ${cat.site.pairs.max_pages} files; predicted ${expected.total})`);
        logger.info(`files per kind (predicted): ${KINDS.map((k) => `${k} ${actual[k]}${actual[k] === expected[k] ? '' : ` (${expected[k]})`}`).join(', ')}`);
        if (files > cat.site.pairs.max_pages) logger.warn(`dist has more files than pairs.max_pages (${cat.site.pairs.max_pages})`);
      },
    },
  };
}
