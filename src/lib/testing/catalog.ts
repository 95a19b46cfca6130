/**
 * Builds small in-memory catalogs for rule tests: each test states only the facts its rule reads,
 * and everything else gets a neutral default. Records go through the real schemas, so defaults
 * and validation match what the build does.
 */
import type { Catalog, Model, WithId } from '../data/load';
import { benchmarkSchema, DEFAULT_MATERIALITY, type Benchmark } from '../schema/benchmark';
import type { Lab } from '../schema/lab';
import { modelSchema } from '../schema/model';
import { providerSchema, type Provider } from '../schema/provider';
import { siteSchema, type SiteInput } from '../schema/site';

export type ModelInput = Record<string, unknown> & { id: string };

export function testModel(input: ModelInput): Model {
  const { id, ...rest } = input;
  const fm = modelSchema.parse({
    name: id.toUpperCase(),
    lab: 'lab-x',
    released: '2025-01-01',
    status: 'active',
    modalities: { input: ['text'], output: ['text'] },
    data_as_of: '2026-07-01',
    ...rest,
  });
  return { ...fm, id, file: `models/${id}.md`, body: '' };
}

/** A route with both prices, priced as given. */
export const route = (provider: string, input: number, output: number, extra: Record<string, unknown> = {}) => ({
  provider,
  model_id: `${provider}/model`,
  input,
  output,
  source: `https://example.com/${provider}`,
  as_of: '2026-06-01',
  ...extra,
});

export const score = (id: string, value: number, extra: Record<string, unknown> = {}) => ({
  id,
  score: value,
  self_reported: true,
  source: 'https://example.com/paper',
  as_of: '2025-01-01',
  ...extra,
});

export function testCatalog(models: ModelInput[], site: Partial<SiteInput> = {}): Catalog {
  const providers = new Map<string, WithId<Provider>>();
  for (const m of models)
    for (const r of (m['routes'] as { provider: string }[] | undefined) ?? [])
      providers.set(r.provider, { ...providerSchema.parse({ name: `Provider ${r.provider}`, url: 'https://example.com', kind: 'host' }), id: r.provider, file: '' });
  const benchmarks = new Map<string, WithId<Benchmark>>();
  for (const id of ['bench-pct', 'bench-pct-2', 'bench-elo']) {
    const b = benchmarkSchema.parse({
      name: id,
      description: 'A test benchmark.',
      url: 'https://example.com/bench',
      unit: id === 'bench-elo' ? 'elo' : 'percent',
      category: 'reasoning',
    });
    benchmarks.set(id, { ...b, materiality: b.materiality ?? DEFAULT_MATERIALITY[b.unit], id, file: '' });
  }
  const labs = new Map<string, WithId<Lab>>([
    ['lab-x', { name: 'Lab X', url: 'https://example.com/x', id: 'lab-x', file: '' }],
    ['lab-y', { name: 'Lab Y', url: 'https://example.com/y', id: 'lab-y', file: '' }],
  ]);
  const built = models.map(testModel).sort((a, b) => a.id.localeCompare(b.id));
  return {
    dir: '(memory)',
    site: siteSchema.parse({ title: 'Test', url: 'https://example.com', pairs: { strategy: 'all' }, ...site }),
    labs,
    providers,
    benchmarks,
    models: built,
    modelsById: new Map(built.map((m) => [m.id, m])),
    sources: [],
    aliases: {},
  };
}
