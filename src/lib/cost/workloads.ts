/**
 * The cost calculator's workloads: the presets a visitor can pick, and the custom volumes they can
 * type, read from and written to the page's query string. Pure (no DOM): the <cost-calculator>
 * element and /methodology/ both read these, so the page and the explanation cannot drift apart.
 *
 * Volumes of the presets: every preset keeps the default workload's TOTAL (800M + 250M = 1.05B
 * tokens a month) and only changes the split between input and output. Keeping the total (rather
 * than the input volume) makes a preset answer one question — what does the mix of my traffic do to
 * the bill and to which model is cheaper — because a change of volume alone scales every price by the
 * same factor and can never change which model is cheaper. For volume, use custom tokens.
 */
import { DEFAULT_WORKLOAD } from '../schema/defaults';
import type { Workload } from '../schema/site';

/** Tokens a month every preset adds up to: the default workload's total (1.05B). */
export const PRESET_TOTAL_TOKENS = DEFAULT_WORKLOAD.input_tokens_per_month + DEFAULT_WORKLOAD.output_tokens_per_month;

/** Chat, 3 input : 1 output — conversation history resent each turn, replies of a few paragraphs: 787.5M + 262.5M. */
export const CHAT_WORKLOAD: Workload = { input_tokens_per_month: 787_500_000, output_tokens_per_month: 262_500_000 };

/** Retrieval-heavy, 20 : 1 — long retrieved context or documents in, short answers or labels out (RAG, classification): 1,000M + 50M. */
export const RETRIEVAL_HEAVY_WORKLOAD: Workload = { input_tokens_per_month: 1_000_000_000, output_tokens_per_month: 50_000_000 };

/** Generation-heavy, 1 : 2 — short prompts, long outputs (drafting, code generation, reasoning traces): 350M + 700M. */
export const GENERATION_HEAVY_WORKLOAD: Workload = { input_tokens_per_month: 350_000_000, output_tokens_per_month: 700_000_000 };

/**
 * Largest custom volume of either kind: 10 trillion tokens a month, far above any one buyer's
 * traffic (the largest API aggregators report a few trillion a week in total), so a figure beyond
 * it is a typing slip, and the cost of it still prints as a plain dollar figure.
 */
export const MAX_CUSTOM_TOKENS_PER_MONTH = 10_000_000_000_000;

/** Custom volumes are typed in millions of tokens ("800" = 800M), the unit the pages use. */
export const CUSTOM_UNIT_TOKENS = 1_000_000;

export type PresetId = 'default' | 'chat' | 'retrieval-heavy' | 'generation-heavy';
export type WorkloadChoice = PresetId | 'custom';

export interface WorkloadPreset {
  id: PresetId;
  label: string;
  /** What traffic it stands for, for the methodology page and the form's hints. */
  description: string;
  /** Null for the default: the site's own workload from data/site.yaml. */
  workload: Workload | null;
}

export const WORKLOAD_PRESETS: readonly WorkloadPreset[] = [
  { id: 'default', label: 'Site default', description: 'the workload every static figure on the site uses (data/site.yaml)', workload: null },
  { id: 'chat', label: 'Chat (3:1)', description: 'conversation: history resent each turn, replies of a few paragraphs', workload: CHAT_WORKLOAD },
  { id: 'retrieval-heavy', label: 'Retrieval-heavy (20:1)', description: 'long retrieved context in, short answers out (RAG, classification)', workload: RETRIEVAL_HEAVY_WORKLOAD },
  { id: 'generation-heavy', label: 'Generation-heavy (1:2)', description: 'short prompts, long outputs (drafting, code, reasoning)', workload: GENERATION_HEAVY_WORKLOAD },
];

export function presetWorkload(id: PresetId, site: Workload): Workload {
  return WORKLOAD_PRESETS.find((p) => p.id === id)?.workload ?? site;
}

export type ParsedTokens = { tokens: number; error: null } | { tokens: null; error: string };

/** A number as typed: digits with an optional decimal part; thousands commas allowed ("1,000.5"). */
const NUMBER_TEXT = /^(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$|^\.\d+$/;

/** Reads a custom volume typed in millions of tokens ("800", "0.5", "1,200") into whole tokens, or says what is wrong. */
export function parseMillions(text: string | null, what: string): ParsedTokens {
  const t = (text ?? '').trim();
  const hint = `in millions of tokens a month, e.g. 800`;
  if (t === '') return { tokens: null, error: `Enter the ${what} tokens a month, ${hint}.` };
  if (/^-/.test(t) && NUMBER_TEXT.test(t.slice(1))) return { tokens: null, error: `The ${what} tokens cannot be negative: enter 0 or more, ${hint}.` };
  if (!NUMBER_TEXT.test(t)) return { tokens: null, error: `The ${what} tokens must be a number, ${hint} (digits only, no letters or units).` };
  const tokens = Math.round(Number(t.replace(/,/g, '')) * CUSTOM_UNIT_TOKENS);
  if (!Number.isFinite(tokens) || tokens > MAX_CUSTOM_TOKENS_PER_MONTH)
    return { tokens: null, error: `The ${what} tokens are too many: at most ${(MAX_CUSTOM_TOKENS_PER_MONTH / CUSTOM_UNIT_TOKENS).toLocaleString('en-US')} million (10 trillion) a month.` };
  return { tokens, error: null };
}

/** Whole tokens as the millions a visitor types and a URL carries: 787500000 → "787.5", 1234 → "0.001234". */
export function millionsText(tokens: number): string {
  const m = tokens / CUSTOM_UNIT_TOKENS;
  // toFixed(6) keeps whole tokens exact and never prints an exponent ("1e-6"), which the parser rejects.
  return m.toFixed(6).replace(/\.?0+$/, '');
}

export interface WorkloadState {
  choice: WorkloadChoice;
  workload: Workload;
  /** Problems with custom input, per field; the workload is then the site default. */
  errors: { in: string | null; out: string | null; total: string | null };
}

const NO_ERRORS = { in: null, out: null, total: null } as const;
const isPreset = (v: string | null): v is PresetId => WORKLOAD_PRESETS.some((p) => p.id === v);

/**
 * The workload a query string asks for: `?workload=chat`, `?in=800&out=250` (millions), or nothing
 * (the site default). A custom workload with a problem falls back to the default and says why.
 */
export function workloadFromQuery(get: (name: string) => string | null, site: Workload): WorkloadState {
  const w = get('workload');
  if (isPreset(w)) return { choice: w, workload: presetWorkload(w, site), errors: NO_ERRORS };
  const custom = w === 'custom' || (w === null && (get('in') !== null || get('out') !== null));
  if (!custom) return { choice: 'default', workload: site, errors: NO_ERRORS };
  return customWorkload(get('in'), get('out'), site);
}

/** A custom workload from the two typed fields, or the site default with every problem named. */
export function customWorkload(inText: string | null, outText: string | null, site: Workload): WorkloadState {
  const i = parseMillions(inText, 'input');
  const o = parseMillions(outText, 'output');
  const total = i.tokens === 0 && o.tokens === 0 ? 'Enter some tokens: input and output cannot both be 0.' : null;
  if (i.error !== null || o.error !== null || total !== null) return { choice: 'custom', workload: site, errors: { in: i.error, out: o.error, total } };
  return { choice: 'custom', workload: { input_tokens_per_month: i.tokens!, output_tokens_per_month: o.tokens! }, errors: NO_ERRORS };
}

/** The query string that restores a state ("" for the default, so the page's own URL stays canonical). */
export function workloadQuery(s: Pick<WorkloadState, 'choice' | 'workload'>): string {
  if (s.choice === 'default') return '';
  if (s.choice !== 'custom') return `?workload=${s.choice}`;
  return `?in=${millionsText(s.workload.input_tokens_per_month)}&out=${millionsText(s.workload.output_tokens_per_month)}`;
}
