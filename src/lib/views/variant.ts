/**
 * Reads a score's free-text `variant` ("Terminal-Bench v2 Leaderboard, agent: Terminus 2",
 * "Epoch AI run, 32K effort", "python") into the three things that decide whether two scores can
 * be compared: the benchmark version (different versions are different tests), the run's
 * conditions (tools, several attempts: they change what is measured), and its settings (reasoning
 * budget, agent harness: the same test run differently, named on the page).
 *
 * The source text stays the record; this is a reading of it, so an unrecognised variant reads as
 * "no version, no conditions, settings as written".
 */

export type Condition = 'tools' | 'several attempts';

export interface VariantReading {
  /** Benchmark version or test-set edition, e.g. "v2", "2.1", "2024-11-25", "Hard"; null when not stated. */
  version: string | null;
  /** Reasoning budget as written ("32K", "high"); null when not stated. */
  effort: string | null;
  /** Agent harness ("Terminus 2", "Claude Code"); null when not stated. */
  agent: string | null;
  /** Conditions that change what the score measures; empty for a plain single-attempt run. */
  conditions: Condition[];
  /** The settings in words for a table cell ("32K effort, agent Terminus 2"), or null when none are stated. */
  settingsText: string | null;
}

const EFFORT = /\b(\d+K|minimal|none|low|medium|high|xhigh|max)\s+effort\b/i;
/** models.dev writes "medium, Claude Code, 2.1": effort first, version last. */
const LEADING_EFFORT = /^(minimal|low|medium|high|xhigh|max),\s*/i;
const AGENT = /\bagent:\s*([^,;]+)/i;
const KNOWN_AGENTS = ['Claude Code', 'Cursor CLI', 'Codex CLI', 'Codex', 'Terminus-2', 'Terminus 2', 'OpenHands', 'Mini-SWE-Agent', 'Gemini CLI'];
const VERSION_V = /\bv(\d+(?:\.\d+)?)\b/i;
const TRAILING_VERSION = /(?:^|,\s*)(\d+\.\d+)\s*$/;
const DATE_VERSION = /\b(20\d\d)[-/](\d\d)[-/](\d\d)\b/;
const HARD_SUBSET = /^hard$/i;
const TOOLS = /\b(python|with tools?|tool use|code interpreter)\b/i;
const NO_TOOLS = /\b(no tools|without tools?|w\/o tool)/i;
const SEVERAL = /\b(pass@(?:[2-9]|\d{2,})|cons@\d+|parallel test-time compute|multiple (?:parallel )?attempts)\b/i;

export function readVariant(variant: string | null | undefined): VariantReading {
  const v = (variant ?? '').trim();
  if (!v) return { version: null, effort: null, agent: null, conditions: [], settingsText: null };
  let version: string | null = null;
  const vv = VERSION_V.exec(v);
  const tv = TRAILING_VERSION.exec(v);
  const dv = DATE_VERSION.exec(v);
  if (vv) version = `v${vv[1]}`;
  else if (tv) version = `v${tv[1]}`;
  else if (dv) version = `${dv[1]}-${dv[2]}-${dv[3]}`;
  else if (HARD_SUBSET.test(v)) version = 'Hard';

  const effort = EFFORT.exec(v)?.[1] ?? LEADING_EFFORT.exec(v)?.[1] ?? null;
  let agent = AGENT.exec(v)?.[1]?.trim() ?? null;
  if (!agent) agent = KNOWN_AGENTS.find((a) => v.includes(a)) ?? null;
  if (agent) agent = agent.replace(/^Terminus-2$/, 'Terminus 2');

  const conditions: Condition[] = [];
  if (TOOLS.test(v) && !NO_TOOLS.test(v)) conditions.push('tools');
  if (SEVERAL.test(v)) conditions.push('several attempts');

  const parts: string[] = [];
  if (effort) parts.push(`${effort.toLowerCase().replace(/k$/, 'K')} effort`);
  if (agent) parts.push(`agent ${agent}`);
  if (conditions.includes('tools')) parts.push('with tools');
  if (NO_TOOLS.test(v)) parts.push('no tools');
  if (conditions.includes('several attempts')) parts.push('several attempts');
  return { version, effort, agent, conditions, settingsText: parts.length ? parts.join(', ') : null };
}

/** Two readings are run under the same conditions (both plain, or both with the same extras). */
export function sameConditions(x: VariantReading, y: VariantReading): boolean {
  return x.conditions.length === y.conditions.length && x.conditions.every((c) => y.conditions.includes(c));
}

/** Same settings as far as the sources say: effort, agent and tools read the same (or both unstated). */
export function sameSettings(x: VariantReading, y: VariantReading): boolean {
  return (x.settingsText ?? '') === (y.settingsText ?? '');
}
