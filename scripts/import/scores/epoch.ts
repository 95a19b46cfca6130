/**
 * One Epoch AI row -> one score (pure): the benchmark id (by release where the file names one), the
 * basis (evaluators.ts), and the variant in words (effort, thinking budget, agent, shots, source).
 */
import { scaleScore, type EpochFile } from '../benchmarks.ts';
import { epochSelfReported } from './evaluators.ts';
import type { ScoreRow } from './types.ts';

/** An Epoch row's score before the scores stage adds the data set it came from. */
export type EpochScore = Omit<ScoreRow, 'model' | 'dataset' | 'cost_per_task'>;

/** The setting suffix of an Epoch model version ("_high", "_32K", "_thinking") in words. */
export function epochSettingText(setting: string | undefined): string | undefined {
  if (!setting || setting === 'unknown') return undefined;
  if (/^(none|minimal|low|medium|high|xhigh|max)$/i.test(setting)) return `reasoning effort ${setting.toLowerCase()}`;
  if (/^\d+k$/i.test(setting)) return `thinking budget ${setting.toUpperCase()} tokens`;
  if (setting === 'thinking') return 'reasoning enabled';
  return setting;
}

const COLUMN_TEXT: Record<string, (v: string) => string> = {
  Shots: (v) => `${v}-shot`,
  Agent: (v) => `agent ${v}`,
  'Edit format': (v) => `edit format ${v}`,
};

/**
 * `okDate` validates a date cell (the importer's rule, e.g. not in the future); `defaultAsOf` is the
 * bundle's date for rows without one. Returns a reason instead of a score when the row is unusable.
 */
export function epochScore(
  cfg: EpochFile,
  row: Record<string, string>,
  setting: string | undefined,
  defaultAsOf: string,
  okDate: (v: string) => string | undefined,
): EpochScore | { drop: string } {
  let id = cfg.benchmark;
  if (cfg.release) {
    const rel = (row[cfg.release.col] ?? '').trim();
    const mapped = cfg.release.ids[rel];
    if (!mapped) return { drop: `epoch: ${cfg.file} release "${rel}" not mapped` };
    id = mapped;
  }
  const score = scaleScore(row[cfg.scoreCol], cfg.scale, id);
  if (score === undefined) return { drop: 'benchmark score out of range or not numeric' };
  const parts: string[] = [];
  if (cfg.kind === 'epoch-run') parts.push('Epoch AI run');
  const s = epochSettingText(setting);
  if (s) parts.push(s);
  for (const c of cfg.variantCols ?? []) {
    const v = (row[c] ?? '').trim().replace(/\s+/g, ' ');
    if (v) parts.push(COLUMN_TEXT[c]?.(v) ?? v);
  }
  const link = cfg.sourceCol ? (row[cfg.sourceCol] ?? '').trim() : '';
  const cleanLink = /^https?:\/\/[^\s/$.?#][^\s]*$/i.test(link) ? link : undefined;
  const dateCell = cfg.dateCol ? okDate((row[cfg.dateCol] ?? '').trim().slice(0, 10)) : undefined;
  return {
    id,
    score,
    self_reported: epochSelfReported(cfg.kind, cleanLink, cfg.defaultSource),
    variant: parts.join(', ') || undefined,
    source: cleanLink ?? cfg.defaultSource,
    as_of: dateCell ?? defaultAsOf,
  };
}
