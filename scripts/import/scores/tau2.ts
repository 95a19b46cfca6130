/**
 * τ²-bench leaderboard submissions: text submissions only, one benchmark per domain, pass^1 as the
 * score. Sierra (the benchmark's maintainer) running a model is independent; any other submitter
 * (the model's lab, or a team submitting its own agent) is a self-report. Submissions that say they
 * ran the original τ-bench go to the τ-bench ids, not τ²-bench.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { scaleScore } from '../benchmarks.ts';
import { newResult, skip, track, type NameResolver, type ParseResult } from './types.ts';

export const TAU2_COMMIT = 'a2c024725189473d2d7cea3a5cfdbcc67478e41f';
export const TAU2_DATASET = 'tau2-bench';
const SUBMISSIONS = ['web', 'leaderboard', 'public', 'submissions'];
/** The benchmark's maintainer: its runs are the independent ones. */
export const TAU2_MAINTAINER = 'Sierra';

export const TAU2_DOMAINS: Record<string, string> = {
  airline: 'tau2-airline',
  retail: 'tau2-retail',
  telecom: 'tau2-telecom',
  banking_knowledge: 'tau2-banking',
};
/** Domains of the original τ-bench, for submissions that ran it instead of τ²-bench. */
const TAU1_DOMAINS: Record<string, string> = { airline: 'tau-bench-airline', retail: 'tau-bench-retail' };

export interface Tau2Submission {
  dir: string;
  data: Record<string, unknown>;
}

const readJson = (p: string): unknown => JSON.parse(readFileSync(p, 'utf8'));

/** Read every `submissions/<dir>/submission.json`, sorted by folder; `json` reads one file. */
export function readTau2(root: string, json: (p: string) => unknown = readJson): Tau2Submission[] {
  const dir = join(root, 'tau2-bench', ...SUBMISSIONS);
  if (!existsSync(dir)) throw new Error(`${dir}: τ²-bench submissions folder missing`);
  return readdirSync(dir)
    .sort()
    .filter((d) => existsSync(join(dir, d, 'submission.json')))
    .map((d) => {
      const data = json(join(dir, d, 'submission.json'));
      if (!data || typeof data !== 'object' || Array.isArray(data)) throw new Error(`${join(dir, d, 'submission.json')}: expected an object`);
      return { dir: d, data: data as Record<string, unknown> };
    });
}

const obj = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
const day = (v: unknown) => (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v.trim()) ? v.trim() : undefined);

/** Older submissions have no `modality`; only voice submissions carry a voice configuration. */
export function isTextSubmission(d: Record<string, unknown>): boolean {
  const m = text(d.modality);
  return m ? m === 'text' : d.voice_config === undefined;
}

export function tau2SelfReported(d: Record<string, unknown>): boolean {
  return text(d.submitting_organization)?.toLowerCase() !== TAU2_MAINTAINER.toLowerCase();
}

/** "reasoning effort high"; "reasoning enabled" where the submission only says thinking was on. */
export function effortText(effort: unknown): string | undefined {
  const e = text(effort)?.toLowerCase();
  if (!e) return undefined;
  return e === 'enabled' ? 'reasoning enabled' : `reasoning effort ${e}`;
}

export function parseTau2(subs: Tau2Submission[], resolve: NameResolver, commit = TAU2_COMMIT): ParseResult {
  const r = newResult();
  const seen = new Map<string, string | undefined>();
  for (const s of subs) {
    if (s.dir.startsWith('A_EXAMPLE_')) continue;
    const d = s.data;
    const results = obj(d.results);
    const domains = Object.entries(results).filter(([, v]) => typeof obj(v).pass_1 === 'number');
    if (!isTextSubmission(d)) {
      skip(r, 'tau2: voice submission', domains.length);
      continue;
    }
    const name = text(d.model_name);
    if (!name) {
      skip(r, 'tau2: submission without model name', domains.length);
      continue;
    }
    const meta = obj(d.methodology);
    const version = text(meta.tau2_bench_version);
    const original = version === 'original tau-bench';
    const usable = domains.filter(([k]) => (original ? TAU1_DOMAINS : TAU2_DOMAINS)[k]);
    if (usable.length < domains.length) skip(r, 'tau2: domain not mapped', domains.length - usable.length);
    if (!usable.length) continue;
    const model = track(r, seen, name, resolve, usable.length);
    if (!model) continue;
    const asOf = day(d.submission_date) ?? day(meta.evaluation_date);
    if (!asOf) {
      skip(r, 'tau2: no submission date', usable.length);
      continue;
    }
    const variant = [effortText(d.reasoning_effort), version && !original ? `τ²-bench v${version.replace(/^v/, '')}` : undefined]
      .filter(Boolean)
      .join(', ');
    for (const [domain, v] of usable) {
      const id = (original ? TAU1_DOMAINS : TAU2_DOMAINS)[domain]!;
      const score = scaleScore(obj(v).pass_1, 1, id);
      if (score === undefined) {
        skip(r, 'tau2: score out of range');
        continue;
      }
      r.scores.push({
        model,
        id,
        score,
        self_reported: tau2SelfReported(d),
        variant: variant || undefined,
        source: `https://github.com/sierra-research/tau2-bench/blob/${commit}/${SUBMISSIONS.join('/')}/${encodeURIComponent(s.dir)}/submission.json`,
        as_of: asOf,
        dataset: TAU2_DATASET,
      });
    }
  }
  return r;
}
