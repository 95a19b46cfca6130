/**
 * The import pipeline: identity -> routes -> prices -> facts -> scores -> emit. Pure: the same
 * sources and curated decisions give the same files. scripts/import.ts does the file IO around it.
 */
import type { SourceData } from './sources.ts';
import type { Curated } from './curated/schema.ts';
import { Drops, type Summary } from './stages/context.ts';
import { aliasRules, attachSecondary, buildIdentity, registerIncluded } from './stages/identity.ts';
import { attachToKnown, collectRoutes, selectModels } from './stages/routes.ts';
import { annotatePrices, currenciesFile, NO_PRICE_CURATED, type PriceCurated } from './stages/prices.ts';
import { TEXT_KINDS, modelFacts } from './stages/facts.ts';
import { buildScores } from './stages/scores.ts';
import { emit, providerTable } from './stages/emit.ts';
import { checkFacts, type FactsReport } from './stages/facts-check.ts';
import { findDuplicateCandidates, requireSettled } from './stages/duplicates.ts';
import { buildReview, type FactAnomaly, type Review } from './stages/review.ts';

export interface PipelineResult {
  /** data/-relative path -> file text */
  files: Map<string, string>;
  summary: Summary;
  /** What the facts stage settled and how: anomalies, curated names, data dates. */
  facts: FactsReport;
  /** Routes left out, routes attached by rule, candidate duplicates (reports/import-review.md). */
  review: Review;
}

export function runPipeline(src: SourceData, curated: Curated, prices: PriceCurated = NO_PRICE_CURATED): PipelineResult {
  const drops = new Drops();
  const identity = buildIdentity(src, aliasRules(curated.aliases), drops);
  collectRoutes(src, identity, drops);
  const attached = attachToKnown(identity, drops);
  attachSecondary(src, identity, drops);
  const included = annotatePrices(selectModels(identity, drops), src, drops, prices);
  const withFacts = included.flatMap((m) => {
    const facts = modelFacts(m, src, drops, curated);
    if (!facts) {
      identity.outcome.set(m.g.gid, { reason: 'model without a release date in any source' });
      return [];
    }
    if (!TEXT_KINDS.includes(facts.kind)) {
      // Speech, embedding, rerank and image models are priced per token too, but comparing their
      // token cost with a chat model's is meaningless: they leave the catalogue.
      drops.add(`not a text model (${facts.kind})`);
      identity.outcome.set(m.g.gid, { reason: `not a text model (${facts.kind})` });
      return [];
    }
    return [{ m, facts }];
  });
  registerIncluded(identity, withFacts.map((x) => x.m));
  const scores = buildScores(src, identity, drops, curated.benchmarkAliases ?? []);
  // Stops the import on an unsettled anomaly or a name two records share; adds the scores' snapshots to each data date.
  const facts = checkFacts(withFacts, scores, curated);
  const duplicates = findDuplicateCandidates(
    withFacts.map(({ m, facts: f }) => ({ id: m.id, lab: m.lab, name: f.name, parameters: f.parameters })),
    curated.keptApart,
  );
  requireSettled(duplicates);
  // checkFacts has stopped the import on any unsettled anomaly, so each of these is settled.
  const anomalies: FactAnomaly[] = facts.anomalies.map((a) => {
    const o = curated.facts.find((f) => f.model === a.model && f.field === a.field);
    return { model: a.model, field: a.field, kept: a.found, other: a.expected, why: a.kind, settled: o ? `${String(o.value)}: ${o.note}` : undefined };
  });
  const review = buildReview(identity, attached, duplicates, anomalies);
  // A curated entry naming no record is stale (a merge or rename moved it): list it for a person.
  const ids = new Set(withFacts.map((x) => x.m.id));
  review.staleCurated = [...facts.stale, ...curated.keptApart.flatMap((k) => k.ids.filter((id) => !ids.has(id)).map((id) => `kept-apart.yaml: ${id}`))];
  const out = emit({ models: withFacts, scores, providers: providerTable(src) });
  if (prices.currencies.length > 0) out.files.set('currencies.yaml', currenciesFile(prices.currencies));
  return { files: out.files, summary: { ...out.summary, dropped: drops.sorted(), benchmarkSources: scores.review ?? [] }, facts, review };
}
