/**
 * Summarises a V8 .cpuprofile (from `node --cpu-prof`): self time by function and by module, so the
 * bench can say where a build's time goes (Astro's renderer, the project's components, the engine,
 * GC, file writes) without opening DevTools. `tsx bench/profile.ts <file.cpuprofile> [top]`.
 */
import { readFileSync } from 'node:fs';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

export interface ProfileSummary {
  total_ms: number;
  byFunction: { name: string; ms: number; pct: number }[];
  byModule: { module: string; ms: number; pct: number }[];
}

/** A module label: the npm package, the project file, or a Node/V8 bucket. */
export function moduleOf(url: string, fn: string): string {
  if (!url) return fn.startsWith('(') ? fn : '(native)';
  const nm = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (nm) {
    const rest = url.slice(url.lastIndexOf(nm[1]!) + nm[1]!.length);
    // Astro is most of the build: split it by area (runtime/server, core/build, …).
    if (nm[1] === 'astro') return `astro${/\/dist\/([^/]+\/[^/]+)/.exec(rest)?.[1] ? `:${/\/dist\/([^/]+\/[^/]+)/.exec(rest)![1]}` : ''}`;
    return nm[1]!;
  }
  if (url.startsWith('node:')) return url.split('/').slice(0, 2).join('/');
  const src = /\/(src\/[^?]+|dist\/[^?]*chunks\/[^?/]+|\.prerender\/[^?]+)/.exec(url);
  return src ? src[1]!.replace(/\.[a-z0-9]+$/i, '') : url.replace(/^file:\/\//, '').split('/').slice(-2).join('/');
}

export function summarise(profile: CpuProfile, top = 25): ProfileSummary {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const fn = new Map<string, number>();
  const mod = new Map<string, number>();
  let total = 0;
  for (const [id, us] of self) {
    const cf = byId.get(id)!.callFrame;
    total += us;
    const where = cf.url ? `${cf.url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*?\/(src|bench|\.astro|dist)\//, '$1/')}:${cf.lineNumber + 1}` : '';
    const name = `${cf.functionName || '(anonymous)'}${where ? ` ${where}` : ''}`;
    fn.set(name, (fn.get(name) ?? 0) + us);
    const m = moduleOf(cf.url, cf.functionName);
    mod.set(m, (mod.get(m) ?? 0) + us);
  }
  const rank = (m: Map<string, number>) =>
    [...m].sort((a, b) => b[1] - a[1]).slice(0, top).map(([k, us]) => ({ k, ms: Math.round(us / 1000), pct: Number(((100 * us) / total).toFixed(1)) }));
  return {
    total_ms: Math.round(total / 1000),
    byFunction: rank(fn).map(({ k, ms, pct }) => ({ name: k, ms, pct })),
    byModule: rank(mod).map(({ k, ms, pct }) => ({ module: k, ms, pct })),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = process.argv[2];
  if (!file) throw new Error('usage: tsx bench/profile.ts <file.cpuprofile> [top]');
  const s = summarise(JSON.parse(readFileSync(file, 'utf8')) as CpuProfile, Number(process.argv[3] ?? 25));
  console.log(`total sampled: ${s.total_ms} ms\n\nself time by module:`);
  for (const m of s.byModule) console.log(`${String(m.pct).padStart(5)} %  ${String(m.ms).padStart(7)} ms  ${m.module}`);
  console.log('\nself time by function:');
  for (const f of s.byFunction) console.log(`${String(f.pct).padStart(5)} %  ${String(f.ms).padStart(7)} ms  ${f.name}`);
}
