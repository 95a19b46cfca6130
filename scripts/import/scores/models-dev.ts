/**
 * One models.dev `[[benchmarks]]` entry -> benchmark id and variant (pure). The release and task
 * subset choose the id (benchmarks.ts); effort and harness stay as the variant, in words.
 */
import { mapModelsDevBenchmark, type Mapped } from '../benchmarks.ts';

const EFFORT = /^(none|minimal|low|medium|high|xhigh|max)$/i;
const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

export function modelsDevBenchmark(bm: Record<string, unknown>): Mapped | undefined {
  const version = str(bm.version);
  const dataset = str(bm.dataset);
  const mapped = mapModelsDevBenchmark(String(bm.name ?? ''), version, dataset);
  if (!mapped) return undefined;
  const v = str(bm.variant);
  const parts = [
    mapped.variant,
    v && EFFORT.test(v) ? `reasoning effort ${v.toLowerCase()}` : v,
    str(bm.harness),
    // a dataset or version that chose the id is not repeated in the variant
    dataset && !mapped.id.startsWith('swe-bench-pro') ? dataset : undefined,
    version && !mapped.id.startsWith('terminal-bench') ? version : undefined,
  ].filter((x): x is string => !!x);
  return { id: mapped.id, variant: parts.length ? [...new Set(parts)].join(', ') : undefined };
}
