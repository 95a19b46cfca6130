/**
 * Types and small helpers shared by the import stages (identity -> routes -> prices -> facts ->
 * scores -> emit). Every stage is a pure function of the loaded sources, the curated YAML and the
 * output of the stages before it; only scripts/import.ts touches the file system.
 */
import type { Obj } from '../merge.ts';
import type { Lab } from '../labs.ts';
import type { SourceData } from '../sources.ts';

export const MD_COMMIT = 'f3fc692299671838c7c65fd8126bf84d81a2e817';
export const MD_AS_OF = '2026-07-01';
export const LITELLM_AS_OF = '2026-07-24';
export const LITELLM_URL = 'https://github.com/BerriAI/litellm/blob/main/model_prices_and_context_window.json';
export const LLMSTATS_COMMIT = '872b75f63b8d853c46ed17856424029a0c47b1d2';
export const EPOCH_AS_OF = '2026-04';
/** The newest source snapshot (LiteLLM); written as every model's `data_as_of`, and no fact may be dated later. */
export const DATA_AS_OF = '2026-07-24';

export const mdRouteUrl = (p: string, m: string) => `https://github.com/anomalyco/models.dev/blob/${MD_COMMIT}/providers/${p}/models/${m}.toml`;
export const mdModelUrl = (lab: string, id: string) => `https://github.com/anomalyco/models.dev/blob/${MD_COMMIT}/models/${lab}/${id}.toml`;
export const llmStatsUrl = (org: string, id: string) =>
  `https://github.com/JonathanChavezTamales/llm-leaderboard/blob/${LLMSTATS_COMMIT}/data/organizations/${org}/models/${id}/model.json`;

/** Counts of everything left out, per reason; printed by the import summary. */
export class Drops {
  readonly counts: Record<string, number> = {};
  add(reason: string, n = 1): void {
    this.counts[reason] = (this.counts[reason] ?? 0) + n;
  }
  sorted(): Record<string, number> {
    return Object.fromEntries(Object.entries(this.counts).sort((a, b) => cmp(a[0], b[0])));
  }
}

// Optional fields below also admit an explicit `undefined`: routes and scores are built as
// literals from parsers that return `T | undefined`, and are never serialised directly.
export interface Route {
  provider: string;
  model_id: string;
  input?: number | undefined;
  output?: number | undefined;
  cache_read?: number | undefined;
  free?: boolean | undefined;
  context_window?: number | undefined;
  max_output_tokens?: number | undefined;
  status?: 'beta' | 'deprecated' | undefined;
  source: string;
  as_of: string;
  /** Other sources that price this provider route differently (set by the prices stage). */
  price_disagreements?: { input?: number; output?: number; source: string; as_of: string }[] | undefined;
  /** A curated review that cleared a flagged price (set by the prices stage). */
  price_review?: { verdict: 'cleared'; source: string; note: string } | undefined;
  /** Which source the route came from. */
  _origin: 'models.dev' | 'litellm';
  /** models.dev route after base_model inheritance (facts as the route states them). */
  _facts?: Obj;
  /** "source:provider:id" reference, written to aliases.yaml. */
  _ref: string;
  /** LiteLLM region rank (0 = plain key); lower wins when one provider has several keys. */
  _rank?: number;
  /** Organisation segment of the provider's id ("meta-llama/x" -> "meta-llama"). */
  _org?: string | undefined;
  /** Cleaned id (ids.ts cleanModelId). */
  _cleaned: string;
}

export interface MdMember { lab: string; id: string; data: Obj; primary: boolean }
export interface EpochMatch { file: string; row: Record<string, string>; variant?: string | undefined }

/** Everything the sources say about one canonical model, collected by identity and routes. */
export interface Group {
  gid: string;
  md: MdMember[];
  routes: Route[];
  litellmFirstParty: { key: string; e: Obj }[];
  llmStats: SourceData['llmStats'];
  epoch: EpochMatch[];
  refs: Set<string>;
  cleanedIds: string[];
}

/** A model that passed the routes stage: it has a record id, a lab and its de-duplicated routes. */
export interface IncludedModel {
  id: string;
  g: Group;
  lab: string;
  labInfo: Lab;
  routes: Route[];
}

export interface Summary {
  models: number;
  routes: number;
  providers: number;
  labs: number;
  benchmarkScores: number;
  benchmarks: number;
  dropped: Record<string, number>;
}

const DATE_OK = /^\d{4}-\d{2}(-\d{2})?$/;
/** A YYYY-MM(-DD) date no later than the data date, else undefined (placeholders like 1970 are unknown). */
export function okDate(v: unknown): string | undefined {
  if (typeof v !== 'string') return undefined;
  const s = v.trim().slice(0, 10);
  if (!DATE_OK.test(s) || s.startsWith('1970')) return undefined;
  if (s > DATA_AS_OF) return undefined;
  return s;
}
/** An absolute http(s) URL without spaces, else undefined. */
export function cleanUrl(v: unknown): string | undefined {
  return typeof v === 'string' && /^https?:\/\/[^\s/$.?#][^\s]*$/i.test(v.trim()) ? v.trim() : undefined;
}
export function num(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}
export function posInt(v: unknown): number | undefined {
  const n = num(v);
  return n !== undefined && n > 0 ? Math.round(n) : undefined;
}
export function sameDate(a: string, b: string): boolean {
  return a.startsWith(b) || b.startsWith(a);
}
export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
/** Organisation segment of a slash-separated model id ("org/model" -> "org"), lower case. */
export function orgOf(modelId: string): string | undefined {
  return modelId.split('/').at(-2)?.toLowerCase();
}
/** Most frequent value; ties go to the smallest key so the result never depends on input order. */
export function mode<T>(values: T[], key: (v: T) => string = (v) => String(v)): T | undefined {
  const counts = new Map<string, { v: T; n: number }>();
  for (const v of values) {
    const k = key(v);
    const c = counts.get(k);
    if (c) c.n++;
    else counts.set(k, { v, n: 1 });
  }
  const best = [...counts.entries()].sort((a, b) => b[1].n - a[1].n || cmp(a[0], b[0]))[0];
  return best?.[1].v;
}
