/**
 * Candidate duplicates among catalogue records (issue 6, "one record per real model"): two records
 * of the same lab whose ids or display names are the same once organisation prefixes, "Instruct"/
 * "it", quantisation tags and snapshot dates are removed, or where one only adds size words
 * ("17b", "128e", "a3b"), and whose parameter counts agree when both are known. Each candidate must
 * be settled by a person: merged (curated/aliases.yaml) or kept apart (curated/kept-apart.yaml).
 */
import { matchKey } from '../ids.ts';
import type { KeptApartEntry } from '../curated/schema.ts';
import { DataError } from '../../../src/lib/data/errors';
import { cmp } from './context.ts';

export interface DuplicateRecord { id: string; lab: string; name: string; parameters?: number | undefined }

export interface DuplicateCandidate {
  a: string;
  b: string;
  why: string;
  /** The curated entry that settles it (kept apart), if any. */
  settled?: string | undefined;
}

const QUANT = /-(fp8|fp16|bf16|int8|int4|w4a16|w8a8|awq|gptq|gguf|mxfp4|nvfp4|quantized)(?=-|$)/g;
const INSTRUCT = /-(instruct|it)(?=-|$)/g;
const DATE = /-(20\d{2}-?[01]\d-?[0-3]\d|[01]\d-[0-3]\d|2[3-6][01]\d|[01]\d[0-3]\d)(?=-|$)/g;
/** Words that only state a size or expert layout, never a different model line. */
const SIZE_WORD = /^(\d+(\.\d+)?[bmk]|\d+e|a\d+(\.\d+)?b|\d+x\d+b)$/;

/** Name key: lower case, no organisation prefix, no Instruct/it, no quantisation tag, no date. */
export function nameKey(s: string): string {
  let k = s.trim().toLowerCase();
  k = k.replace(/^[^:]{1,40}:\s+/, ''); // "Meta: Llama 4 Maverick"
  k = k.replace(/\s*\([^)]*\)\s*/g, ' '); // "(latest)", "(llama-3.2-11b-...)"
  k = k.split('/').pop() ?? k;
  k = k.replace(/[\s_]+/g, '-');
  k = matchKey(k);
  for (let i = 0; i < 2; i++) k = k.replace(QUANT, '').replace(INSTRUCT, '').replace(DATE, '');
  return k.replace(/-+/g, '-').replace(/^-|-$/g, '');
}

/** True when the longer key is the shorter one plus size words only ("llama-4-maverick-17b-128e"). */
function onlySizeWordsApart(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short === long || !long.startsWith(`${short}-`)) return false;
  return long.slice(short.length + 1).split('-').every((w) => SIZE_WORD.test(w));
}

export function findDuplicateCandidates(records: DuplicateRecord[], keptApart: KeptApartEntry[]): DuplicateCandidate[] {
  const out: DuplicateCandidate[] = [];
  const byLab = new Map<string, DuplicateRecord[]>();
  for (const r of records) byLab.set(r.lab, [...(byLab.get(r.lab) ?? []), r]);
  for (const list of byLab.values()) {
    const sorted = [...list].sort((x, y) => cmp(x.id, y.id));
    const keys = sorted.map((r) => [...new Set([nameKey(r.id), nameKey(r.name)])]);
    for (let i = 0; i < sorted.length; i++) {
      for (let j = i + 1; j < sorted.length; j++) {
        const a = sorted[i]!;
        const b = sorted[j]!;
        if (a.parameters && b.parameters && a.parameters !== b.parameters) continue;
        let why: string | undefined;
        for (const ka of keys[i]!) {
          for (const kb of keys[j]!) {
            if (ka === kb) why ??= `same name key "${ka}"`;
            else if (onlySizeWordsApart(ka, kb)) why ??= `"${ka}" and "${kb}" differ only by size words`;
          }
        }
        if (!why) continue;
        const kept = keptApart.find((e) => e.ids.includes(a.id) && e.ids.includes(b.id));
        out.push({ a: a.id, b: b.id, why, settled: kept ? `kept apart: ${kept.reason ?? kept.note ?? kept.source}` : undefined });
      }
    }
  }
  return out.sort((x, y) => cmp(x.a, y.a) || cmp(x.b, y.b));
}

/**
 * Stops the import on a candidate no person has settled: one model must not reach the site as two
 * records again just because a new source spelled it differently. Merged candidates are one record
 * already; the rest must be in curated/kept-apart.yaml.
 */
export function requireSettled(candidates: DuplicateCandidate[]): void {
  const open = candidates.filter((c) => !c.settled);
  if (open.length === 0) return;
  throw new DataError(
    open.map((c) => ({
      file: 'scripts/import/curated/kept-apart.yaml',
      field: `${c.a}, ${c.b}`,
      expected: 'a decision: merge them in curated/aliases.yaml, or keep them apart here with a source',
      found: `an unreviewed candidate duplicate (${c.why})`,
    })),
  );
}
