/**
 * The data date of a record (pure): the snapshot date of the newest source that contributed to it,
 * which the page shows as "Data as of …". A record built only from older sources says so; nothing
 * here says a person reviewed it (`reviewed` comes only from a curated review).
 */

/** Snapshot dates of the sources, as recorded in ../shared/data-sources/README.md. */
export const SOURCE_SNAPSHOTS = {
  'models.dev': '2026-07-01',
  litellm: '2026-07-24',
  'llm-stats': '2025-10-24',
  epoch: '2026-04-19',
  'openhands-index': '2026-06-30',
  'tau2-bench': '2026-08-18',
  'vectara-hhem': '2026-03-10',
} as const satisfies Record<string, string>;

/** Score datasets (scores stage `dataset`) and the source each comes from. */
const DATASET_SOURCE: Record<string, keyof typeof SOURCE_SNAPSHOTS> = {
  'models-dev': 'models.dev',
  'llm-stats': 'llm-stats',
  'epoch-ai': 'epoch',
  'openhands-index': 'openhands-index',
  'tau2-bench': 'tau2-bench',
  'vectara-hhem': 'vectara-hhem',
};

/**
 * The snapshot date a score row brings to its record. A dataset not listed here (a source added
 * later) brings the score's own date, which is never later than its snapshot: add the source's
 * snapshot date above to make the data date exact.
 */
export function scoreSnapshot(dataset: string, asOf: string): string {
  const s = DATASET_SOURCE[dataset];
  return s ? SOURCE_SNAPSHOTS[s] : asOf;
}

/** The newest of the contributing sources' snapshot dates. Throws when nothing contributed: a record needs a source. */
export function dataAsOf(snapshots: Iterable<string>): string {
  let newest: string | undefined;
  for (const d of snapshots) if (newest === undefined || d > newest) newest = d;
  if (newest === undefined) throw new Error('a record with no contributing source has no data date');
  return newest;
}
