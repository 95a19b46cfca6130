/**
 * The import pipeline: identity -> routes -> prices -> facts -> scores -> emit. Pure: the same
 * sources and curated decisions give the same files. scripts/import.ts does the file IO around it.
 */
import type { SourceData } from './sources.ts';
import type { Curated } from './curated/schema.ts';
import { Drops, type Summary } from './stages/context.ts';
import { aliasRules, attachSecondary, buildIdentity, registerIncluded } from './stages/identity.ts';
import { collectRoutes, selectModels } from './stages/routes.ts';
import { annotatePrices, currenciesFile, NO_PRICE_CURATED, type PriceCurated } from './stages/prices.ts';
import { modelFacts } from './stages/facts.ts';
import { buildScores } from './stages/scores.ts';
import { emit, providerTable } from './stages/emit.ts';
import { checkFacts, type FactsReport } from './stages/facts-check.ts';

export interface PipelineResult {
  /** data/-relative path -> file text */
  files: Map<string, string>;
  summary: Summary;
  /** What the facts stage settled and how: anomalies, curated names, data dates. */
  facts: FactsReport;
}

export function runPipeline(src: SourceData, curated: Curated, prices: PriceCurated = NO_PRICE_CURATED): PipelineResult {
  const drops = new Drops();
  const identity = buildIdentity(src, aliasRules(curated.aliases), drops);
  collectRoutes(src, identity, drops);
  attachSecondary(src, identity, drops);
  const included = annotatePrices(selectModels(identity, drops), src, drops, prices);
  const withFacts = included.flatMap((m) => {
    const facts = modelFacts(m, src, drops, curated);
    return facts ? [{ m, facts }] : [];
  });
  registerIncluded(identity, withFacts.map((x) => x.m));
  const scores = buildScores(src, identity, drops, curated.benchmarkAliases ?? []);
  // Stops the import on an unsettled anomaly or a name two records share; adds the scores' snapshots to each data date.
  const facts = checkFacts(withFacts, scores, curated);
  const out = emit({ models: withFacts, scores, providers: providerTable(src) });
  if (prices.currencies.length > 0) out.files.set('currencies.yaml', currenciesFile(prices.currencies));
  return { files: out.files, summary: { ...out.summary, dropped: drops.sorted(), benchmarkSources: scores.review ?? [] }, facts };
}
