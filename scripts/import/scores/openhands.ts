/**
 * OpenHands Index (results/ only): the OpenHands agent run on each model. One benchmark per task
 * set; the agent version is the variant; cost per task kept. `alternative_agents/` is a different
 * harness and is never read.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { scaleScore } from '../benchmarks.ts';
import { newResult, round3, skip, track, type NameResolver, type ParseResult } from './types.ts';

export const OPENHANDS_COMMIT = '3015ac612e7196f428e6e8a3948965d32d9a3331';
export const OPENHANDS_DATASET = 'openhands-index';

/** OpenHands `benchmark` value -> our benchmark id. */
export const OPENHANDS_BENCHMARKS: Record<string, string> = {
  'swe-bench': 'openhands-swe-bench-verified',
  'swt-bench': 'openhands-swt-bench',
  gaia: 'openhands-gaia',
  commit0: 'openhands-commit0',
  'swe-bench-multimodal': 'openhands-swe-bench-multimodal',
};

export interface OpenHandsEntry {
  /** folder under results/ */
  dir: string;
  metadata: Record<string, unknown>;
  scores: Record<string, unknown>[];
}

const readJson = (p: string): unknown => JSON.parse(readFileSync(p, 'utf8'));

/**
 * Read `<root>/openhands-index/results/<dir>/{metadata,scores}.json`, sorted by folder. `json` reads
 * one file (the importer passes its own, which names the file when it cannot be parsed).
 */
export function readOpenHands(root: string, json: (p: string) => unknown = readJson): OpenHandsEntry[] {
  const dir = join(root, 'openhands-index', 'results');
  if (!existsSync(dir)) throw new Error(`${dir}: OpenHands Index results folder missing`);
  return readdirSync(dir)
    .sort()
    .filter((d) => existsSync(join(dir, d, 'metadata.json')))
    .map((d) => {
      const scoresFile = join(dir, d, 'scores.json');
      const scores = existsSync(scoresFile) ? json(scoresFile) : [];
      if (!Array.isArray(scores)) throw new Error(`${scoresFile}: expected a list of scores`);
      const metadata = json(join(dir, d, 'metadata.json'));
      if (!metadata || typeof metadata !== 'object' || Array.isArray(metadata)) throw new Error(`${join(dir, d, 'metadata.json')}: expected an object`);
      return { dir: d, metadata: metadata as Record<string, unknown>, scores: scores as Record<string, unknown>[] };
    });
}

const day = (v: unknown) => (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}/.test(v) ? v.slice(0, 10) : undefined);

export function parseOpenHands(entries: OpenHandsEntry[], resolve: NameResolver, commit = OPENHANDS_COMMIT): ParseResult {
  const r = newResult();
  const seen = new Map<string, string | undefined>();
  for (const e of entries) {
    if (e.metadata.agent_name !== undefined && e.metadata.agent_name !== 'OpenHands') {
      skip(r, 'openhands: not the OpenHands agent', e.scores.length);
      continue;
    }
    if (!e.scores.length) continue;
    const name = typeof e.metadata.model === 'string' && e.metadata.model.trim() ? e.metadata.model.trim() : e.dir;
    const model = track(r, seen, name, resolve, e.scores.length);
    if (!model) continue;
    for (const s of e.scores) {
      const id = OPENHANDS_BENCHMARKS[String(s.benchmark)];
      if (!id) {
        skip(r, `openhands: benchmark ${String(s.benchmark)} not mapped`);
        continue;
      }
      const score = scaleScore(s.score, 1, id);
      if (score === undefined) {
        skip(r, 'openhands: score missing or out of range');
        continue;
      }
      const agent = String(s.agent_version ?? e.metadata.agent_version ?? '').trim();
      const asOf = day(s.submission_time) ?? day(e.metadata.submission_time);
      if (!asOf) {
        skip(r, 'openhands: no submission date');
        continue;
      }
      const cost = typeof s.cost_per_instance === 'number' && Number.isFinite(s.cost_per_instance) && s.cost_per_instance >= 0 ? round3(s.cost_per_instance) : undefined;
      r.scores.push({
        model,
        id,
        score,
        self_reported: false,
        variant: agent ? `agent OpenHands ${agent}` : 'agent OpenHands',
        source: `https://github.com/OpenHands/openhands-index-results/blob/${commit}/results/${encodeURIComponent(e.dir)}/scores.json`,
        as_of: asOf,
        dataset: OPENHANDS_DATASET,
        cost_per_task: cost,
      });
    }
  }
  return r;
}
