/**
 * Who ran a score: the curated list of independent evaluators (independent-evaluators.yaml) and the
 * rule that turns a source link into a basis. Pure apart from reading the list once at load.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import YAML from 'yaml';

export const evaluatorSchema = z.strictObject({
  host: z.string().regex(/^[a-z0-9.-]+\.[a-z]+$/, 'a bare host name such as aider.chat'),
  path: z.string().startsWith('/').optional(),
  name: z.string().min(1),
  source: z.url({ protocol: /^https?$/ }),
  note: z.string().min(1),
});
export type Evaluator = z.infer<typeof evaluatorSchema>;
export const evaluatorsSchema = z.array(evaluatorSchema);

export const EVALUATORS_FILE = fileURLToPath(new URL('./independent-evaluators.yaml', import.meta.url));

export function parseEvaluators(text: string, file = EVALUATORS_FILE): Evaluator[] {
  const r = evaluatorsSchema.safeParse(YAML.parse(text));
  if (!r.success) throw new Error(`${file}: ${r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return r.data;
}

const EVALUATORS = parseEvaluators(readFileSync(EVALUATORS_FILE, 'utf8'));

/** The evaluator that published `url`, if it is one of the curated independent ones. */
export function evaluatorOf(url: string, evaluators: Evaluator[] = EVALUATORS): Evaluator | undefined {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return undefined;
  }
  const host = u.hostname.toLowerCase();
  return evaluators.find((e) => (host === e.host || host.endsWith(`.${e.host}`)) && (!e.path || u.pathname.startsWith(e.path)));
}

/** Sources whose scores are run by an independent party, not by the model's vendor. */
export function isIndependentSource(url: string, evaluators: Evaluator[] = EVALUATORS): boolean {
  return evaluatorOf(url, evaluators) !== undefined;
}

/**
 * Basis of an Epoch AI row. Epoch's own runs (the files without `_external`) are independent. An
 * external row is independent only when the link it cites (else the leaderboard the file copies)
 * belongs to an independent evaluator; a row citing a lab's paper, blog or model card is that
 * lab's report.
 */
export function epochSelfReported(kind: 'epoch-run' | 'external', sourceLink: string | undefined, fileDefault: string, evaluators: Evaluator[] = EVALUATORS): boolean {
  if (kind === 'epoch-run') return false;
  return !isIndependentSource(sourceLink || fileDefault, evaluators);
}
