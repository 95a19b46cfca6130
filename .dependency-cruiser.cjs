/**
 * The engine's layers, each allowed to import only from the layers before it:
 *
 *   schema → data loading → cost model (pure) → model views → pair sections → page view-models → pages/components
 *
 * format.ts and markdown.ts are leaf helpers any layer may use. The pure cost model is
 * src/lib/cost/ plus src/lib/compare/cost.ts, which re-exports it (estimateCost keeps that import
 * path); it reads records and settings only. Checked by `npm run check:layers` (part of npm test).
 * @type {import('dependency-cruiser').IConfiguration}
 */
const COST = '^src/lib/(cost/|compare/cost\\.ts$)';
const layer = {
  schema: '^src/lib/schema/',
  data: '^src/lib/data/',
  views: '^src/lib/views/',
  compare: '^src/lib/compare/',
  pages: '^src/lib/pages/',
  ui: '^src/(pages|components|layouts)/',
};

/** A rule forbidding `from` to import any of `to`. */
const forbid = (name, comment, from, to, pathNot) => ({
  name,
  comment,
  severity: 'error',
  from: { path: from, ...(pathNot ? { pathNot } : {}) },
  to: { path: to },
});

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'A cycle makes the layers meaningless: each module must be loadable before the ones that use it.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    forbid('schema-is-the-base', 'Schemas describe records; they import nothing else of ours.', layer.schema, '^src/lib/(data|cost|views|compare|pages)/'),
    forbid('data-below-views', 'Loading reads files into records; it knows nothing of costs, views or pairs.', layer.data, '^src/lib/(cost|views|compare|pages)/'),
    forbid('cost-is-pure', 'The cost model reads records and settings only (no views, no pair sections).', COST, '^src/lib/(views|pages)/|^src/lib/compare/(?!cost\\.ts$)'),
    forbid('views-below-sections', 'Model views are what sections read; they never reach into sections or pages.', layer.views, '^src/lib/(pages)/|^src/lib/compare/(?!cost\\.ts$)'),
    forbid('sections-below-pages', 'Pair sections are plain functions of views; pages and components sit on top.', layer.compare, '^src/lib/pages/|^src/(pages|components|layouts)/', COST),
    forbid('export-below-pages', 'The data export reads the catalogue, the views and the pair plan; page view-models read it, never the reverse.', '^src/lib/export/', '^src/lib/pages/'),
    forbid('lib-never-imports-ui', 'The library is pure TypeScript: no .astro pages or components.', '^src/lib/', '^src/(pages|components|layouts)/'),
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '\\.test\\.ts$|^src/lib/testing/' },
    tsConfig: { fileName: 'tsconfig.json' },
    // Type-only imports count too: a type cycle is still a cycle between layers.
    tsPreCompilationDeps: true,
    extraExtensionsToScan: ['.astro'],
  },
};
