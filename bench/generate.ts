/**
 * Stage 1 of `npm run bench`: synthetic catalogues in the project's data format (data/ layout, the
 * zod schemas of src/lib/schema/), so the site can be built at any size N. Records look like the
 * imported ones: 2–20 provider routes, 0–12 scores on real benchmark ids, capability mixes where a
 * third of the flags are unknown, and optional fields left out at realistic rates.
 *
 * Deterministic: model i draws from its own stream seeded by (seed, i), so the same N gives
 * byte-identical files and the N = 50 catalogue is the first 50 models of the N = 100 one.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import YAML from 'yaml';
import {
  BENCHMARKS, CONTEXT_WINDOWS, DATASETS, LABS, OPEN_LICENSES, OUTPUT_LIMITS, PROVIDERS, SUFFIXES, TAGS, VARIANTS,
  type LabSeed, type ProviderSeed,
} from './pools';
import { hashSeed, Rng } from './rng';

/** The seed every bench run uses; change it only together with the recorded results. */
export const DEFAULT_SEED = 20260701;
/** Every record's snapshot date; all other dates are drawn before it (the schema rejects later ones). */
export const DATA_AS_OF = '2026-07-01';
/** Routes per model, inclusive (issue 9: 2–20). */
export const ROUTES_RANGE: readonly [number, number] = [2, 20];
/** Benchmark scores per model, inclusive (issue 9: 0–12). */
export const SCORES_RANGE: readonly [number, number] = [0, 12];
/** Share of capability flags left out (unknown), like the imported records. */
const P_CAPABILITY_UNKNOWN = 0.3;
/**
 * Files the site writes besides pairs and models: fixed files, provider and lab pages, and the search
 * index (up to SEARCH_MAX_FRAGMENTS fragment files plus its word chunks), with room to spare.
 */
export const MAX_PAGES_HEADROOM = 3000;

export interface GeneratedCatalog {
  /** Path relative to the data folder → file content. */
  files: Map<string, string>;
  modelIds: string[];
}

/** A single-quoted YAML string: the README asks for quoted dates, and other YAML readers would make them Dates. */
function q(s: string): YAML.Scalar {
  const sc = new YAML.Scalar(s);
  sc.type = 'QUOTE_SINGLE';
  return sc;
}

const yaml = (v: unknown) => YAML.stringify(v, { lineWidth: 0 });
const round = (x: number, digits: number) => Number(x.toFixed(digits));
const pad = (n: number, w: number) => String(n).padStart(w, '0');

/** A day (YYYY-MM-DD) from `from` (a year, or a YYYY-MM-DD day) up to and including `limit`. */
function dayBefore(rng: Rng, from: number | string, limit = DATA_AS_OF): string {
  const lo = typeof from === 'number' ? Date.UTC(from, 0, 1) : Date.parse(`${from}T00:00:00Z`);
  const hi = Date.parse(`${limit}T00:00:00Z`);
  return new Date(lo + Math.floor(rng.next() * (hi - lo + 1))).toISOString().slice(0, 10);
}

function providerFiles(): [string, string][] {
  return PROVIDERS.map((p: ProviderSeed) => [
    `providers/${p.id}.yaml`,
    yaml({ name: p.name, url: p.url, kind: p.kind, ...(p.currency ? { currency: p.currency } : {}) }),
  ]);
}

function fixedFiles(n: number): [string, string][] {
  const pairs = (n * (n - 1)) / 2;
  const site = {
    title: 'LLM Versus (bench)',
    url: 'https://bench.llm-versus.example',
    description: `Synthetic catalogue of ${n} models for the build benchmark.`,
    workload: { input_tokens_per_month: 800000000, output_tokens_per_month: 250000000 },
    // Every pair gets a page: the budget counts the page and its JSON twin per pair, plus per-model and fixed files.
    pairs: { strategy: 'all', per_model: 12, max_pages: 2 * pairs + n + MAX_PAGES_HEADROOM, always: [] },
  };
  const sources = DATASETS.map((d) => ({
    ...d,
    snapshot: `synthetic, ${DATA_AS_OF}`,
    used_for: 'benchmark scores',
    changes: 'none (generated for the build benchmark)',
  }));
  const currencies = [
    {
      code: 'CNY',
      usd_per_unit: 0.1435,
      source: 'https://www.federalreserve.gov/releases/h10/current/',
      as_of: q(DATA_AS_OF),
      note: 'Fixed rate for the synthetic catalogue.',
    },
  ];
  return [
    ['site.yaml', yaml(site)],
    ['sources.yaml', yaml(sources)],
    ['currencies.yaml', yaml(currencies)],
    ...LABS.map((l): [string, string] => [`labs/${l.id}.yaml`, yaml({ name: l.name, url: l.url })]),
    ...providerFiles(),
    ...BENCHMARKS.map((b): [string, string] => [
      `benchmarks/${b.id}.yaml`,
      yaml({
        name: b.name,
        description: `${b.name}: a ${b.category} benchmark (synthetic record for the build benchmark).`,
        url: b.url,
        unit: b.unit,
        higher_is_better: true,
        category: b.category,
        ...(b.min !== undefined ? { min: b.min, max: b.max } : {}),
      }),
    ]),
  ];
}

interface ModelOut {
  id: string;
  file: string;
}

function model(seed: number, i: number): ModelOut {
  const rng = new Rng(hashSeed(seed, 'model', i));
  const lab: LabSeed = rng.pick(LABS);
  const major = rng.int(1, 5);
  const minor = rng.int(0, 9);
  const suffix = rng.pick(SUFFIXES);
  // The index keeps ids and names unique however the draws fall.
  const id = `${lab.family}-${major}.${minor}${suffix ? `-${suffix}` : ''}-b${pad(i, 3)}`;
  const name = `${lab.stem} ${major}.${minor}${suffix ? ` ${suffix[0]!.toUpperCase()}${suffix.slice(1)}` : ''} (b${pad(i, 3)})`;

  const released = dayBefore(rng, 2023, '2026-05-31');
  const releasedOut = rng.chance(0.2) ? released.slice(0, 7) : released;
  const fm: Record<string, unknown> = { name, lab: lab.id, family: lab.family, released: q(releasedOut) };
  fm['status'] = rng.chance(0.8) ? 'active' : rng.chance(0.6) ? 'preview' : 'deprecated';
  if (rng.chance(0.6)) {
    const params = Math.round(rng.logUniform(1e9, 1.2e12) / 1e8) * 1e8;
    fm['parameters'] = params;
    if (rng.chance(0.35)) fm['active_parameters'] = Math.max(1e8, Math.round((params * rng.logUniform(0.02, 0.3)) / 1e8) * 1e8);
  }
  const context = rng.chance(0.85) ? rng.pick(CONTEXT_WINDOWS) : undefined;
  if (context !== undefined) fm['context_window'] = context;
  if (rng.chance(0.7)) {
    const out = rng.pick(OUTPUT_LIMITS);
    fm['max_output_tokens'] = context !== undefined ? Math.min(out, context) : out;
  }
  if (rng.chance(0.5)) fm['knowledge_cutoff'] = q(dayBefore(rng, 2022, released).slice(0, 7));
  const open = lab.open ? rng.chance(0.85) : rng.chance(0.05);
  if (rng.chance(0.7)) fm['license'] = open ? rng.pick(OPEN_LICENSES) : 'proprietary';
  if (rng.chance(0.8)) fm['open_weights'] = open;

  const input = ['text'];
  const image = rng.chance(0.5);
  if (image) input.push('image');
  if (rng.chance(0.1)) input.push('audio');
  if (rng.chance(0.2)) input.push('pdf');
  fm['modalities'] = { input, output: rng.chance(0.03) ? ['text', 'image'] : ['text'] };

  // Each flag is true, false or left out (unknown); vision follows image input when it is known.
  const caps: Record<string, boolean> = {};
  for (const c of ['vision', 'reasoning', 'function_calling', 'structured_outputs', 'prompt_caching'] as const) {
    if (rng.chance(P_CAPABILITY_UNKNOWN)) continue;
    caps[c] = c === 'vision' ? image : rng.chance(0.6);
  }
  fm['capabilities'] = caps;
  if (rng.chance(0.5)) fm['tags'] = rng.sample(TAGS, rng.int(1, 3));
  if (rng.chance(0.8)) fm['sources'] = Array.from({ length: rng.int(1, 3) }, (_, k) => `${lab.url.replace(/\/$/, '')}/models/${id}${k ? `#source-${k}` : ''}`);
  if (rng.chance(0.3)) {
    fm['disagreements'] = Array.from({ length: rng.int(1, 2) }, (_, k) => ({
      field: k === 0 ? 'context_window' : 'released',
      value: k === 0 ? String(rng.pick(CONTEXT_WINDOWS)) : dayBefore(rng, 2023, '2026-05-31'),
      source: `https://openrouter.ai/models/${id}`,
      ...(rng.chance(0.5) ? { note: 'The provider listing differs from the model card.' } : {}),
    }));
  }

  // Routes: the lab's own API first when it has one, then hosts, clouds and aggregators.
  const baseIn = round(rng.logUniform(0.02, 30), 3);
  const outRatio = rng.pick([2, 3, 4, 5, 8]);
  const nRoutes = rng.int(ROUTES_RANGE[0], ROUTES_RANGE[1]);
  const firstParty = lab.firstParty && rng.chance(0.9) ? [lab.firstParty] : [];
  const others = PROVIDERS.filter((p) => p.kind !== 'first-party').map((p) => p.id);
  const chosen = [...firstParty, ...rng.sample(others, nRoutes - firstParty.length)];
  fm['routes'] = chosen.map((provider) => {
    const r: Record<string, unknown> = { provider, model_id: provider === lab.firstParty ? id : `${lab.id}/${id}` };
    if (rng.chance(0.05)) {
      r['input'] = 0;
      r['output'] = 0;
      r['free'] = true;
    } else if (rng.chance(0.92)) {
      const f = provider === lab.firstParty ? 1 : rng.logUniform(0.6, 1.4);
      r['input'] = round(baseIn * f, 4);
      r['output'] = round(baseIn * f * outRatio, 4);
      if (rng.chance(0.3)) r['cache_read'] = round(baseIn * f * rng.pick([0.1, 0.25, 0.5]), 4);
    }
    if (context !== undefined && rng.chance(0.2)) r['context_window'] = Math.min(context, rng.pick(CONTEXT_WINDOWS));
    if (rng.chance(0.15)) r['max_output_tokens'] = rng.pick(OUTPUT_LIMITS);
    if (rng.chance(0.05)) r['status'] = rng.chance(0.5) ? 'beta' : 'deprecated';
    r['source'] = `https://${provider}.example/pricing/${id}`;
    r['as_of'] = q(dayBefore(rng, 2026));
    return r;
  });

  const nScores = rng.int(SCORES_RANGE[0], SCORES_RANGE[1]);
  fm['benchmarks'] = rng.sample(BENCHMARKS, nScores).map((b) => {
    const s: Record<string, unknown> = { id: b.id, score: round(b.range[0] + rng.next() * (b.range[1] - b.range[0]), 1) };
    const who = rng.next();
    if (who < 0.45) s['self_reported'] = true;
    else if (who < 0.85) s['self_reported'] = false;
    if (rng.chance(0.5)) s['variant'] = rng.pick(VARIANTS);
    s['source'] = `${b.url.replace(/\/$/, '')}#${id}`;
    // Published after the release, like real scores.
    const day = dayBefore(rng, released);
    s['as_of'] = q(rng.chance(0.3) ? day.slice(0, 7) : day);
    if (rng.chance(0.7)) s['dataset'] = rng.pick(DATASETS).id;
    return s;
  });
  fm['data_as_of'] = q(DATA_AS_OF);
  if (rng.chance(0.1)) fm['reviewed'] = q(dayBefore(rng, 2026));

  const body = [
    `${name} is a ${fm['parameters'] ? `${round((fm['parameters'] as number) / 1e9, 1)}-billion-parameter ` : ''}model from ${lab.name}, released ${releasedOut}.` +
      ` It takes ${input.join(', ')} and returns text${context ? `, with a ${context.toLocaleString('en-US')}-token context window` : ''}.`,
    '',
    '## Best for',
    '',
    ...rng.sample(TAGS, rng.int(1, 3)).map((t) => `- ${t[0]!.toUpperCase()}${t.slice(1)} work where ${lab.stem} models are already in use.`),
    '',
    '## Known limitations',
    '',
    `- Synthetic record: figures are drawn for the build benchmark and describe no real model.`,
  ].join('\n');
  return { id, file: `---\n${yaml(fm)}---\n${body}\n` };
}

/** The whole catalogue as files, without touching the disk. */
export function generateCatalog(n: number, seed = DEFAULT_SEED): GeneratedCatalog {
  if (!Number.isInteger(n) || n < 2) throw new Error(`n must be a whole number ≥ 2, got ${n}`);
  const files = new Map<string, string>(fixedFiles(n));
  const modelIds: string[] = [];
  for (let i = 0; i < n; i++) {
    const m = model(seed, i);
    modelIds.push(m.id);
    files.set(`models/${m.id}.md`, m.file);
  }
  return { files, modelIds };
}

/** Replaces `dir` with the catalogue (a clean folder, so no stale record from a larger N survives). */
export function writeCatalog(dir: string, cat: GeneratedCatalog): void {
  rmSync(dir, { recursive: true, force: true });
  for (const [rel, text] of cat.files) {
    const file = join(dir, rel);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
}
