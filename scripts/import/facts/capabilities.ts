/**
 * One derived value per capability (pure), used by every section and page:
 * - vision follows the sourced input modalities: image in → true; modalities known without image → false;
 * - reasoning, tool calling and structured outputs follow the lab's own record (models.dev `models/`),
 *   else the lab's first-party route, else the majority of the routes that state them; a tie or no
 *   statement leaves the capability unknown ("Not documented").
 * The rule is stated on /methodology/.
 */
import type { Obj } from '../merge.ts';

export const FLAGS = ['reasoning', 'function_calling', 'structured_outputs'] as const;
export type Flag = (typeof FLAGS)[number];
/** What one source states about the flags; a flag left out is not stated. */
export type FlagStatement = Partial<Record<Flag, boolean>>;

export interface CapabilityEvidence {
  /** Sourced input modalities; undefined when no source states them. */
  inputModalities?: readonly string[] | undefined;
  /** The lab's own record (models.dev `models/<lab>/<id>.toml`). */
  lab?: FlagStatement | undefined;
  /** The lab's first-party routes, most trusted first (models.dev provider file, then LiteLLM's first-party entry). */
  firstParty?: readonly FlagStatement[] | undefined;
  /** Every route that states anything (models.dev route files and LiteLLM entries), first-party ones included. */
  routes: readonly FlagStatement[];
}

export type Basis = 'modalities' | 'lab' | 'first-party' | 'routes' | 'unknown';
export interface Derived {
  value: boolean | undefined;
  basis: Basis;
}

export function deriveVision(inputModalities: readonly string[] | undefined): Derived {
  if (!inputModalities || inputModalities.length === 0) return { value: undefined, basis: 'unknown' };
  return { value: inputModalities.includes('image'), basis: 'modalities' };
}

/** The value more than half of the stating routes give; undefined on a tie or when none states it. */
export function majority(values: readonly boolean[]): boolean | undefined {
  const yes = values.filter(Boolean).length;
  const no = values.length - yes;
  return yes > no ? true : no > yes ? false : undefined;
}

export function deriveFlag(flag: Flag, ev: CapabilityEvidence): Derived {
  const lab = ev.lab?.[flag];
  if (lab !== undefined) return { value: lab, basis: 'lab' };
  const fp = ev.firstParty?.map((s) => s[flag]).find((v) => v !== undefined);
  if (fp !== undefined) return { value: fp, basis: 'first-party' };
  const v = majority(ev.routes.map((s) => s[flag]).filter((x): x is boolean => x !== undefined));
  return v === undefined ? { value: undefined, basis: 'unknown' } : { value: v, basis: 'routes' };
}

export function deriveCapabilities(ev: CapabilityEvidence): { vision: Derived } & Record<Flag, Derived> {
  return {
    vision: deriveVision(ev.inputModalities),
    reasoning: deriveFlag('reasoning', ev),
    function_calling: deriveFlag('function_calling', ev),
    structured_outputs: deriveFlag('structured_outputs', ev),
  };
}

const bool = (v: unknown) => (typeof v === 'boolean' ? v : undefined);
const stated = (s: Record<Flag, boolean | undefined>): FlagStatement =>
  Object.fromEntries(Object.entries(s).filter(([, v]) => v !== undefined)) as FlagStatement;

/** Flags a models.dev record (lab file or route, after base_model inheritance) states. */
export function modelsDevFlags(d: Obj | undefined): FlagStatement {
  if (!d) return {};
  return stated({ reasoning: bool(d.reasoning), function_calling: bool(d.tool_call), structured_outputs: bool(d.structured_output) });
}

/** Flags a LiteLLM entry states (absent = unknown). */
export function litellmFlags(e: Obj | undefined): FlagStatement {
  if (!e) return {};
  return stated({ reasoning: bool(e.supports_reasoning), function_calling: bool(e.supports_function_calling), structured_outputs: bool(e.supports_response_schema) });
}

/** Input modalities a LiteLLM entry states: its list, else image when it says it supports vision. */
export function litellmInputModalities(e: Obj | undefined): string[] | undefined {
  if (!e) return undefined;
  if (Array.isArray(e.supported_modalities) && e.supported_modalities.length) return [...new Set(e.supported_modalities.map(String))].sort();
  if (typeof e.supports_vision === 'boolean') return e.supports_vision ? ['image', 'text'] : ['text'];
  return undefined;
}

