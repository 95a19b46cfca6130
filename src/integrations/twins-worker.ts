/**
 * The twins worker's entry (a worker_thread started by src/integrations/twins.ts): writes the
 * twins of the catalogue it is sent and reports how many. The catalogue arrives structured-cloned
 * (7 ms at 100 models) rather than read again from the data folder, so the twins and the pages
 * stand on the same validated snapshot.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Catalog } from '../lib/data/load';
import { writeTwinFiles } from './twins-writer';

export interface TwinsJob {
  outDir: string;
  cat: Catalog;
  /** Slugs whose twin in outDir is already current (an incremental build's unchanged pairs). */
  skip: string[];
}

export type TwinsReply = { ok: true; count: number; seconds: number } | { ok: false; error: string };

const job = workerData as TwinsJob;
const started = performance.now();
let reply: TwinsReply;
try {
  reply = { ok: true, count: writeTwinFiles(job.outDir, job.cat, new Set(job.skip)), seconds: (performance.now() - started) / 1000 };
} catch (e) {
  reply = { ok: false, error: (e as Error).stack ?? String(e) };
}
parentPort!.postMessage(reply);
