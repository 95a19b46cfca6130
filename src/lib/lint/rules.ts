/**
 * The data lint: catalogue-wide checks for the classes of wrong data that zod cannot see record by
 * record (a price a buyer cannot pay setting the estimate, the same model twice, a capability that
 * contradicts the modalities, an impossible date, a raw id shown as a name, a model that is not a
 * chat model paired with chat models). Each rule says what to do about a finding, because the fix
 * is almost always in the importer or its curated YAML, not in data/ (which is generated).
 *
 * Rules are pure functions of the Catalog; `runLint` applies the curated explanations.
 */
import type { Catalog, Model } from '../data/load';
import { assessmentOf, estimateCost } from '../cost/estimate';

export interface Finding {
  /** Rule id, e.g. "vision-vs-modalities". */
  rule: string;
  /** What the finding is about: a model id, or "a|b" for two models. */
  subject: string;
  /** Data file the finding is in. */
  file: string;
  /** Front-matter field. */
  field: string;
  expected: string;
  found: string;
}

export interface LintRule {
  id: string;
  /** One line: what the rule protects a reader from. */
  why: string;
  /** Where to fix a finding (the importer stage or curated file). */
  fix: string;
  check(cat: Catalog): Finding[];
}

const modelFile = (m: Model) => m.file;

// ---------------------------------------------------------------------------------------------
// Duplicate candidates

/** Words that name a packaging of a model, not a different model. */
const PACKAGING_WORDS = /\b(instruct|it|hf|fp8|fp16|bf16|int4|int8|awq|gptq|gguf|mlx|turbo-fp8|q4|q8|w4a16|w8a8|v1:0)\b/g;
/** Dates in names or ids: 2025-04-14, 20250414, (2025). */
const DATE_WORDS = /\b(20\d{2}-\d{2}-\d{2}|20\d{6}|\(20\d{2}\))\b/g;

/** The key two records of one real model share: lower case, no organisation prefix, no packaging words, no dates. */
export function duplicateKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/^[^/\s]+\//, '')
    .replace(/^[a-z0-9 ]+:\s+/, '') // "Microsoft: Phi 4"
    .replace(DATE_WORDS, ' ')
    .replace(/[_.\-\s]+/g, ' ')
    .replace(PACKAGING_WORDS, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Size words: total (70b), active (a22b) and expert counts (128e). */
const SIZE_WORD = /^(a?\d+(\.\d+)?[bm]|\d+e)$/;

/** Splits a duplicate key into the words that name the model and the words that only give its size. */
export function splitKey(key: string): { core: string; sizes: Set<string> } {
  const words = key.split(' ').filter(Boolean);
  return { core: words.filter((w) => !SIZE_WORD.test(w)).join(' '), sizes: new Set(words.filter((w) => SIZE_WORD.test(w))) };
}

const subset = (a: Set<string>, b: Set<string>) => [...a].every((x) => b.has(x));

/**
 * Two records are duplicate candidates when they come from one lab, their keys name the same model
 * once size words are set aside, and one's size words are a subset of the other's ("Llama 4
 * Maverick" and "Llama 4 Maverick 17B 128E", but not "Qwen3 8B" and "Qwen3 32B"), or their ids
 * differ only by packaging and dates; known parameter counts must agree.
 */
export function isDuplicateCandidate(a: Pick<Model, 'id' | 'name' | 'lab' | 'parameters'>, b: Pick<Model, 'id' | 'name' | 'lab' | 'parameters'>): boolean {
  if (a.lab !== b.lab) return false;
  if (a.parameters !== undefined && b.parameters !== undefined && a.parameters !== b.parameters) return false;
  // Ids are often shorter than names ("qwen3-coder" for Qwen3 Coder 480B A35B), so sizes are read from names only.
  if (duplicateKey(a.id) === duplicateKey(b.id)) return true;
  const x = splitKey(duplicateKey(a.name));
  const y = splitKey(duplicateKey(b.name));
  return x.core !== '' && x.core === y.core && (subset(x.sizes, y.sizes) || subset(y.sizes, x.sizes));
}

const duplicateCandidates: LintRule = {
  id: 'duplicate-candidate',
  why: 'one model shown as several records gives several prices and contexts for the same thing, and pages that compare a model with itself',
  fix: "merge the records in the importer's curated merges, or keep them apart there with a reason, then list the pair in the lint explanations",
  check(cat) {
    // Only records whose cores meet can be candidates: group by lab and core first.
    const groups = new Map<string, Model[]>();
    for (const m of cat.models)
      for (const k of new Set([splitKey(duplicateKey(m.name)).core, splitKey(duplicateKey(m.id)).core])) {
        const g = `${m.lab} ${k}`;
        const l = groups.get(g) ?? [];
        if (!l.includes(m)) l.push(m);
        groups.set(g, l);
      }
    const seen = new Set<string>();
    const out: Finding[] = [];
    for (const l of groups.values())
      for (let i = 0; i < l.length; i++)
        for (let j = i + 1; j < l.length; j++) {
          const [a, b] = [l[i]!, l[j]!].sort((x, y) => x.id.localeCompare(y.id)) as [Model, Model];
          const subject = `${a.id}|${b.id}`;
          if (seen.has(subject) || !isDuplicateCandidate(a, b)) continue;
          seen.add(subject);
          out.push({ rule: this.id, subject, file: modelFile(b), field: 'name', expected: `a model distinct from ${a.id} ("${a.name}")`, found: `"${b.name}"` });
        }
    return out.sort((x, y) => x.subject.localeCompare(y.subject));
  },
};

// ---------------------------------------------------------------------------------------------
// Capabilities against modalities

const visionVsModalities: LintRule = {
  id: 'vision-vs-modalities',
  why: 'a page must not say image input is "not accepted" in one section and "not documented" or "yes" in another',
  fix: 'derive vision from the sourced input modalities in the importer\'s facts stage',
  check(cat) {
    const out: Finding[] = [];
    for (const m of cat.models) {
      const image = m.modalities.input.includes('image');
      const v = m.capabilities.vision;
      if (image && v !== true)
        out.push({ rule: this.id, subject: m.id, file: modelFile(m), field: 'capabilities.vision', expected: 'true (input modalities include image)', found: String(v ?? 'not set') });
      // Known modalities without image mean "no", not "not documented": one answer for every section.
      if (!image && v !== false)
        out.push({ rule: this.id, subject: m.id, file: modelFile(m), field: 'capabilities.vision', expected: 'false (input modalities have no image)', found: String(v ?? 'not set') });
    }
    return out;
  },
};

// ---------------------------------------------------------------------------------------------
// Dates

/** The release month a model's own id implies: `-2025-04-14`, `-20250414`, `-2512` (YYMM). Null when the id names no date. */
export function dateInId(id: string): string | null {
  const full = /(?:^|[-_.])(20\d{2})-?(0[1-9]|1[0-2])-?(0[1-9]|[12]\d|3[01])(?=$|[-_.:@])/.exec(id);
  if (full) return `${full[1]}-${full[2]}`;
  const yymm = /(?:^|[-_.])(2[3-9])(0[1-9]|1[0-2])(?=$|[-_.:@])/.exec(id);
  if (yymm) return `20${yymm[1]}-${yymm[2]}`;
  return null;
}

const releaseBeforeIdDate: LintRule = {
  id: 'release-before-id-date',
  why: 'a model cannot be released before the date its own name carries',
  fix: 'settle the date with a curated fact override (field, value, source URL, note) in the importer',
  check(cat) {
    const out: Finding[] = [];
    for (const m of cat.models) {
      const d = dateInId(m.id);
      if (d !== null && m.released.slice(0, 7) < d)
        out.push({ rule: this.id, subject: m.id, file: modelFile(m), field: 'released', expected: `${d} or later (the date in the id)`, found: m.released });
    }
    return out;
  },
};

// ---------------------------------------------------------------------------------------------
// Names

/** Why a display name reads as an id rather than a name, or null when it is a name. */
export function rawNameProblem(m: Pick<Model, 'id' | 'name'>): string | null {
  const n = m.name;
  if (/^[^\s/]+\/\S/.test(n)) return 'an organisation prefix';
  const bracket = /\(([^)]*)\)/.exec(n);
  // "(2024-05-13)" names a snapshot for people; "(llama-3.2-11b)" is an id pasted in to make the name unique.
  if (bracket && /^[a-z0-9][a-z0-9._:-]*$/.test(bracket[1]!) && /[a-z]/.test(bracket[1]!) && /[-.]/.test(bracket[1]!)) return 'an id in brackets';
  if (n === m.id || /^[a-z0-9]+(?:[-._][a-z0-9]+)+$/.test(n)) return 'a raw slug';
  // "GLM-4.5-Air" is how its lab writes it; "Llama-4-Scout-17B-16E-Instruct-FP8" is a repository id.
  if (!n.includes(' ') && n.split('-').length >= 4) return 'a repository id';
  return null;
}

const rawIdNames: LintRule = {
  id: 'raw-id-name',
  why: 'titles and headings are read by people; ids in them read as a bug, and made-unique-by-id names collide in page titles',
  fix: 'add the model to the importer\'s curated name table',
  check(cat) {
    const out: Finding[] = [];
    for (const m of cat.models) {
      const p = rawNameProblem(m);
      if (p) out.push({ rule: this.id, subject: m.id, file: modelFile(m), field: 'name', expected: 'a name for people', found: `"${m.name}" (${p})` });
    }
    return out;
  },
};

// ---------------------------------------------------------------------------------------------
// Kinds

/** Names of models that do not generate text in answer to a prompt (speech, embeddings, images, reranking). */
const NOT_CHAT = /\b(whisper|tts|text-to-speech|transcribe|embed(?:ding)?s?|rerank(?:er)?|dall-e|gpt-image|imagen|stable-diffusion|sdxl|flux)\b/i;
/** Names of safety classifiers. */
const GUARD = /\b(guard|shieldgemma|safeguard)\b/i;

const nonTextModels: LintRule = {
  id: 'non-text-model',
  why: 'token prices of speech, embedding and image models are not comparable with chat models ("3229× cheaper")',
  fix: 'drop the model in the importer (not a text-generation model), or give a safety classifier kind: guard',
  check(cat) {
    const out: Finding[] = [];
    for (const m of cat.models) {
      const text = `${m.id} ${m.name}`;
      if (!m.modalities.output.includes('text'))
        out.push({ rule: this.id, subject: m.id, file: modelFile(m), field: 'modalities.output', expected: 'a text-generating model', found: m.modalities.output.join(', ') });
      else if (NOT_CHAT.test(text))
        out.push({ rule: this.id, subject: m.id, file: modelFile(m), field: 'name', expected: 'a text-generating model', found: `"${m.name}"` });
      else if (GUARD.test(text) && m.kind !== 'guard')
        out.push({ rule: this.id, subject: m.id, file: modelFile(m), field: 'kind', expected: 'guard (a safety classifier)', found: m.kind });
    }
    return out;
  },
};

// ---------------------------------------------------------------------------------------------
// Prices a buyer can pay

/** The rule over a given estimator, so a test can show it catches one that takes any cheapest route. */
export const estimateRule = (estimate: typeof estimateCost = estimateCost): LintRule => ({
  id: 'estimate-excluded-route',
  why: 'the monthly estimate sets "cheaper" on every page: it must come from a route a typical buyer can use',
  fix: 'check the route in the cost model (src/lib/cost/estimate.ts); if the low price is real, clear it in scripts/import/curated/price-reviews.yaml with the provider\'s page as source',
  check(cat) {
    const out: Finding[] = [];
    const { suspect_fraction, include_other_currencies } = cat.site.pricing;
    for (const m of cat.models) {
      const e = estimate(m, cat, cat.site.workload);
      if (!e.route || e.usd === null) continue;
      const r = e.route;
      const found = `${r.provider} ${r.modelId} at ${Math.round(e.usd * 100) / 100} USD a month`;
      const currency = cat.providers.get(r.provider)?.currency ?? 'USD';
      if (currency !== 'USD' && !include_other_currencies)
        out.push({ rule: this.id, subject: m.id, file: m.file, field: 'routes', expected: 'an estimate from a route billed in USD', found: `${found}, billed in ${currency}` });
      const status = assessmentOf(e, r.provider, r.modelId)?.status;
      if (status !== 'counted' && !(status === 'other-currency' && include_other_currencies))
        out.push({ rule: this.id, subject: m.id, file: m.file, field: 'routes', expected: 'an estimate from a route that counts', found: `${found}, assessed ${status ?? 'not at all'}` });
      // Checked apart from the assessment: a closed model's estimate far below its lab's own price.
      const cleared = m.routes.some((x) => x.provider === r.provider && x.model_id === r.modelId && x.price_review?.verdict === 'cleared');
      if (m.open_weights !== true && e.labReference && !cleared && e.usd < suspect_fraction * e.labReference.usd)
        out.push({ rule: this.id, subject: m.id, file: m.file, field: 'routes', expected: `at least ${suspect_fraction} of the lab's own ${Math.round(e.labReference.usd * 100) / 100} USD a month`, found });
    }
    return out;
  },
});

export const LINT_RULES: readonly LintRule[] = [estimateRule(), duplicateCandidates, visionVsModalities, releaseBeforeIdDate, rawIdNames, nonTextModels];
