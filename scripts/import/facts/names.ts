/**
 * Display names for people (pure). A record's name comes from the curated name table when a person
 * settled it there, else from the best source name made readable by `readableName` where a rule can
 * do that safely. Names are never made unique by pasting ids into them: a collision stops the import
 * and is settled in the name table (scripts/import/curated/names.yaml).
 */

/** "Microsoft: Phi 4" and "baidu/ERNIE-4.5-300B-A47B" carry the organisation, which the page shows on its own. */
export function stripOrganisation(name: string): string {
  return name
    .trim()
    .replace(/^[^\s/:]{1,40}\/(?=\S)/, '')
    .replace(/^[^:]{1,40}:\s+/, '')
    .trim();
}

/** Size words read in upper case: 70b → 70B, a22b → A22B, 128e → 128E, 8x7b → 8x7B. */
const SIZE = /^(?:\d+x)?\d+(?:\.\d+)?[bmk]$|^a\d+(?:\.\d+)?b$|^\d+e$/i;
/** Packaging of the weights, not part of the model's name (the record is the model, whatever the quantisation). */
const QUANTISATION = /^(fp8|fp16|bf16|int4|int8|awq|gptq|gguf|mlx)$/i;

/** Words that only weight repositories put in a name: a size, or the instruct/chat tuning. */
const REPOSITORY_WORD = /^(?:instruct|chat|it)$/i;

/**
 * A repository-style id ("Llama-4-Scout-17B-16E-Instruct-FP8", "Phi-4-multimodal-instruct") as a name:
 * a single word of four or more hyphen-joined parts that someone already capitalised (so the casing
 * can be trusted) and that carries a size or an instruct/chat word (so it names weights, not a
 * product). Product names a lab writes with hyphens ("MiMo-V2.5-Pro-UltraSpeed", "GLM-4.5-Air") and
 * lower-case slugs ("gpt-oss-safeguard-20b", "o3-mini") are left alone: only their lab knows how to
 * write them, so the curated name table or the lint explanations settle those.
 */
export function isRepositoryId(name: string): boolean {
  if (/\s/.test(name) || !/[A-Z]/.test(name)) return false;
  const parts = name.split('-');
  return parts.length >= 4 && parts.some((p) => SIZE.test(p) || REPOSITORY_WORD.test(p));
}

/**
 * The readable form of a source name: no organisation prefix; no "(latest)" (sources write it on
 * alias ids such as claude-opus-4-5, whose page is the model's; where an alias must stay apart from
 * the model it points at, the curated table names it); a repository-style id spelt as words.
 */
export function readableName(raw: string): string {
  const name = stripOrganisation(raw).replace(/\s*\(latest\)$/i, '');
  if (!isRepositoryId(name)) return name;
  const parts = name.split('-');
  while (parts.length > 1 && QUANTISATION.test(parts.at(-1)!)) parts.pop();
  return parts
    .map((p) => (SIZE.test(p) ? p.toUpperCase().replace(/X/, 'x') : /^[a-z]+$/.test(p) ? p[0]!.toUpperCase() + p.slice(1) : p))
    .join(' ');
}

/** What naming needs of a curated name entry (scripts/import/curated/names.yaml). */
export interface CuratedName {
  name: string;
}

/**
 * The display name of one record: the curated entry, else the first source name (in the caller's
 * order of trust) made readable, else the id.
 */
export function chooseName(id: string, sourceNames: readonly (string | undefined)[], curated?: CuratedName): { name: string; basis: 'curated' | 'source' | 'id' } {
  if (curated) return { name: curated.name, basis: 'curated' };
  const first = sourceNames.find((n): n is string => typeof n === 'string' && n.trim() !== '');
  if (first) return { name: readableName(first), basis: 'source' };
  return { name: id, basis: 'id' };
}

/** Names two or more records share, each with the ids that share it (sorted). Names compare case-insensitively, as readers do. */
export function nameCollisions(records: readonly { id: string; name: string }[]): Map<string, string[]> {
  const byName = new Map<string, string[]>();
  for (const r of records) {
    const k = r.name.trim().toLowerCase();
    byName.set(k, [...(byName.get(k) ?? []), r.id]);
  }
  const out = new Map<string, string[]>();
  for (const [k, ids] of byName) if (ids.length > 1) out.set(records.find((r) => r.name.trim().toLowerCase() === k)!.name, [...ids].sort());
  return out;
}
