/**
 * The import pipeline: identity -> routes -> prices -> facts -> scores -> emit. Pure: the same
 * sources and curated decisions give the same files. scripts/import.ts does the file IO around it.
 */
import type { SourceData } from './sources.ts';
import type { Curated } from './curated/schema.ts';
import { Drops, type Summary } from './stages/context.ts';
import { aliasRules, attachSecondary, buildIdentity, registerIncluded } from './stages/identity.ts';
import { attachToKnown, collectRoutes, selectModels } from './stages/routes.ts';
import { annotatePrices } from './stages/prices.ts';
import { TEXT_KINDS, modelFacts } from './stages/facts.ts';
import { buildScores } from './stages/scores.ts';
import { emit, providerTable } from './stages/emit.ts';
import { findDuplicateCandidates } from './stages/duplicates.ts';
import { buildReview, type FactAnomaly, type Review } from './stages/review.ts';

export interface PipelineResult {
  /** data/-relative path -> file text */
  files: Map<string, string>;
  summary: Summary;
  /** Routes left out, routes attached by rule, candidate duplicates (reports/import-review.md). */
  review: Review;
}

export function runPipeline(src: SourceData, curated: Curated): PipelineResult {
  const drops = new Drops();
  const identity = buildIdentity(src, aliasRules(curated.aliases), drops);
  collectRoutes(src, identity, drops);
  const attached = attachToKnown(identity, drops);
  attachSecondary(src, identity, drops);
  const included = annotatePrices(selectModels(identity, drops), src, drops);
  const nonText: Record<string, number> = {};
  const anomalies: FactAnomaly[] = [];
  const withFacts = included.flatMap((m) => {
    const overrides = curated.facts.filter((f) => f.model === m.id);
    const facts = modelFacts(m, src, drops, overrides);
    if (!facts) {
      identity.outcome.set(m.g.gid, { reason: 'model without a release date in any source' });
      return [];
    }
    if (!TEXT_KINDS.includes(facts.kind)) {
      // Speech, embedding, rerank and image models are priced per token too, but comparing their
      // token cost with a chat model's is meaningless: they leave the catalogue.
      drops.add(`not a text model (${facts.kind})`);
      identity.outcome.set(m.g.gid, { reason: `not a text model (${facts.kind})` });
      nonText[facts.kind] = (nonText[facts.kind] ?? 0) + 1;
      return [];
    }
    const curatedName = curated.names.find((n) => n.model === m.id);
    if (curatedName) facts.name = curatedName.name;
    for (const o of overrides) if (!facts.sources.includes(o.source)) facts.sources.push(o.source);
    for (const a of facts.anomalies) {
      const settledBy = curated.facts.find((f) => f.model === m.id && f.field === a.field);
      anomalies.push({ model: m.id, ...a, settled: settledBy ? `${String(settledBy.value)}: ${settledBy.note}` : undefined });
    }
    return [{ m, facts }];
  });
  registerIncluded(identity, withFacts.map((x) => x.m));
  const scores = buildScores(src, identity, drops);
  const duplicates = findDuplicateCandidates(
    withFacts.map(({ m, facts }) => ({ id: m.id, lab: m.lab, name: facts.name, parameters: facts.parameters })),
    curated.keptApart,
  );
  const review = buildReview(identity, attached, duplicates, anomalies);
  // A curated entry naming no record is stale (a merge or rename moved it): list it for a person.
  const ids = new Set(withFacts.map((x) => x.m.id));
  review.staleCurated = [
    ...curated.names.filter((n) => !ids.has(n.model)).map((n) => `names.yaml: ${n.model}`),
    ...curated.facts.filter((f) => !ids.has(f.model)).map((f) => `facts.yaml: ${f.model} ${f.field}`),
    ...curated.keptApart.flatMap((k) => k.ids.filter((id) => !ids.has(id)).map((id) => `kept-apart.yaml: ${id}`)),
  ];
  const out = emit({ models: withFacts, scores, providers: providerTable(src) });
  if (out.disambiguated) drops.add('display name shared with another model, told apart by date (add a curated/names.yaml entry)', out.disambiguated);
  return { files: out.files, summary: { ...out.summary, dropped: drops.sorted() }, review };
}
