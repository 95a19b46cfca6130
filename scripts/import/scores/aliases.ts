/**
 * Curated model-name aliases for the benchmark sources (curated/benchmark-aliases.yaml) and the resolver
 * that turns a source's model name into a canonical id: a curated alias first, else the name's own
 * spellings looked up through the importer's identity rules (`lookup`). Never fuzzy.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import YAML from 'yaml';
import type { NameResolver } from './types.ts';

export const BENCHMARK_SOURCES = ['openhands-index', 'tau2-bench', 'vectara-hhem'] as const;
export type BenchmarkSource = (typeof BENCHMARK_SOURCES)[number];

export const nameAliasSchema = z.strictObject({
  /** the data set whose name this is */
  dataset: z.enum(BENCHMARK_SOURCES),
  /** the model name exactly as the source writes it */
  name: z.string().min(1),
  /** canonical model id it means */
  model: z.string().regex(/^[a-z0-9][a-z0-9._-]*$/, 'a canonical model id'),
  /** page that shows the two names are the same model */
  source: z.url({ protocol: /^https?$/ }),
  note: z.string().min(1),
});
export type NameAlias = z.infer<typeof nameAliasSchema>;

export const ALIASES_FILE = fileURLToPath(new URL('../curated/benchmark-aliases.yaml', import.meta.url));
export const benchmarkAliasesFileSchema = z.array(nameAliasSchema).superRefine((list, ctx) => {
  const seen = new Set<string>();
  list.forEach((a, i) => {
    const k = `${a.dataset}\u0000${a.name}`;
    if (seen.has(k)) ctx.addIssue({ code: 'custom', path: [i, 'name'], message: `${a.dataset} name "${a.name}" listed twice` });
    seen.add(k);
  });
});

export function parseNameAliases(text: string, file = ALIASES_FILE): NameAlias[] {
  const r = benchmarkAliasesFileSchema.safeParse(YAML.parse(text) ?? []);
  if (!r.success) throw new Error(`${file}: ${r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return r.data;
}

export function loadNameAliases(file = ALIASES_FILE): NameAlias[] {
  return parseNameAliases(readFileSync(file, 'utf8'), file);
}

/**
 * Spellings of a display name that the identity rules may know: as written, hyphenated
 * ("Claude Opus 4.5" -> "Claude-Opus-4.5"), without an organisation prefix ("qwen/qwen3-8b"), and
 * with a provider's "p" for the version dot ("glm-4p7" -> "glm-4.7", as Fireworks writes it).
 */
export function nameCandidates(name: string): string[] {
  const out: string[] = [];
  const add = (s: string) => {
    const t = s.trim();
    if (t && !out.includes(t)) out.push(t);
  };
  const bare = name.includes('/') ? name.slice(name.lastIndexOf('/') + 1) : name;
  for (const s of [name, bare]) {
    add(s);
    add(s.replace(/\s+/g, '-'));
  }
  for (const s of [...out]) add(s.replace(/(\d)p(\d)/g, '$1.$2'));
  return out;
}

/**
 * Resolver for one data set: curated aliases win; then each spelling of the name is passed to
 * `lookup` (the importer's alias/identity machinery, which answers only for catalogue models).
 * An alias pointing at a model the catalogue lacks resolves to nothing (and is reported unmatched).
 */
export function makeNameResolver(dataset: BenchmarkSource, aliases: NameAlias[], lookup: (id: string) => string | undefined, known: (id: string) => boolean): NameResolver {
  const curated = new Map(aliases.filter((a) => a.dataset === dataset).map((a) => [a.name, a.model]));
  return (name) => {
    const c = curated.get(name);
    if (c !== undefined) return known(c) ? c : undefined;
    for (const cand of nameCandidates(name)) {
      const id = lookup(cand);
      if (id) return id;
    }
    return undefined;
  };
}
