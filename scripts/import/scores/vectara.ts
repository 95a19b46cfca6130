/**
 * Vectara hallucination leaderboard: the Markdown table in its README between the LEADERBOARD
 * markers. Hallucination rate in percent, lower is better; run by Vectara, so independent.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { scaleScore } from '../benchmarks.ts';
import { newResult, skip, track, type NameResolver, type ParseResult } from './types.ts';

export const VECTARA_COMMIT = '2e0985929addf7fd52451854fd899161edea0aa4';
export const VECTARA_DATASET = 'vectara-hhem';
export const VECTARA_BENCHMARK = 'vectara-hallucination-rate';

export interface VectaraRow {
  model: string;
  hallucinationRate: number;
}
export interface VectaraTable {
  /** "Last updated on ..." as YYYY-MM-DD */
  updated: string;
  rows: VectaraRow[];
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

export function readVectaraReadme(root: string): string {
  const f = join(root, 'vectara-hhem', 'README.md');
  if (!existsSync(f)) throw new Error(`${f}: Vectara leaderboard README missing`);
  return readFileSync(f, 'utf8');
}

/** The leaderboard table and its date; throws when the markers, date or columns are missing. */
export function parseVectaraTable(readme: string): VectaraTable {
  const m = readme.match(/<!-- LEADERBOARD_START -->([\s\S]*?)<!-- LEADERBOARD_END -->/);
  if (!m) throw new Error('Vectara README: LEADERBOARD_START/END markers not found');
  const block = m[1]!;
  const dm = block.match(/Last updated on ([A-Za-z]+) (\d{1,2}), (\d{4})/);
  const month = dm ? MONTHS.indexOf(dm[1]!.toLowerCase()) + 1 : 0;
  if (!dm || month === 0) throw new Error('Vectara README: "Last updated on <Month> <day>, <year>" not found');
  const updated = `${dm[3]}-${String(month).padStart(2, '0')}-${dm[2]!.padStart(2, '0')}`;
  const lines = block.split('\n').filter((l) => l.trim().startsWith('|'));
  const cells = (l: string) => l.trim().replace(/^\||\|$/g, '').split('|').map((c) => c.trim());
  const header = cells(lines[0] ?? '');
  const mi = header.indexOf('Model');
  const hi = header.indexOf('Hallucination Rate');
  if (mi < 0 || hi < 0) throw new Error('Vectara README: table lacks Model / Hallucination Rate columns');
  const rows: VectaraRow[] = [];
  for (const l of lines.slice(1)) {
    const c = cells(l);
    if (c.every((x) => /^:?-+:?$/.test(x))) continue;
    const rate = Number((c[hi] ?? '').replace(/%$/, '').trim());
    rows.push({ model: c[mi] ?? '', hallucinationRate: rate });
  }
  return { updated, rows };
}

/**
 * Vectara names OpenAI reasoning runs "<model>-<effort>-<date>" ("openai/gpt-5.2-high-2025-12-11"):
 * the effort is a setting of that model, so it becomes the variant and the name loses it.
 */
export function splitVectaraEffort(name: string): { name: string; variant?: string } {
  const m = name.match(/^(.*)-(minimal|low|medium|high|xhigh)-(\d{4}-\d{2}-\d{2})$/);
  return m ? { name: `${m[1]}-${m[3]}`, variant: `reasoning effort ${m[2]}` } : { name };
}

export function parseVectara(table: VectaraTable, resolve: NameResolver, commit = VECTARA_COMMIT): ParseResult {
  const r = newResult();
  const seen = new Map<string, string | undefined>();
  for (const row of table.rows) {
    if (!row.model) {
      skip(r, 'vectara: row without model');
      continue;
    }
    const score = scaleScore(row.hallucinationRate, 1, VECTARA_BENCHMARK);
    if (score === undefined) {
      skip(r, 'vectara: rate missing or out of range');
      continue;
    }
    const { name, variant } = splitVectaraEffort(row.model);
    const model = track(r, seen, name, resolve, 1);
    if (!model) continue;
    r.scores.push({
      model,
      id: VECTARA_BENCHMARK,
      score,
      self_reported: false,
      variant,
      source: `https://github.com/vectara/hallucination-leaderboard/blob/${commit}/README.md`,
      as_of: table.updated,
      dataset: VECTARA_DATASET,
    });
  }
  return r;
}
