/** Markdown profile written from the record's own data only (pure). */
import type { Obj } from './merge.ts';
import type { BenchmarkDef } from './benchmarks.ts';

interface Ctx {
  labName: string;
  providerNames: Map<string, { name: string; url: string }>;
  benchmarkNames: Record<string, BenchmarkDef>;
}

export function fmtTokens(n: number): string {
  return n.toLocaleString('en-US');
}

export function fmtUsd(n: number): string {
  if (n === 0) return '$0';
  if (n < 0.01) return `$${Number(n.toPrecision(2))}`;
  return `$${n.toFixed(2)}`;
}

function fmtParams(n: number): string {
  if (n >= 1e9) return `${Number((n / 1e9).toFixed(1))}B`;
  return `${Number((n / 1e6).toFixed(0))}M`;
}

export function renderProfile(fm: Obj, ctx: Ctx): string {
  const name = String(fm.name);
  const routes = (fm.routes as Obj[]) ?? [];
  const caps = (fm.capabilities as Record<string, boolean>) ?? {};
  const tags = (fm.tags as string[]) ?? [];
  const out: string[] = [];

  const s1: string[] = [];
  s1.push(`**${name}** is a model from ${ctx.labName}, released ${fm.released}${fm.status === 'preview' ? ' as a preview' : ''}.`);
  if (fm.context_window) s1.push(`It has a context window of ${fmtTokens(Number(fm.context_window))} tokens${fm.max_output_tokens ? ` and can produce up to ${fmtTokens(Number(fm.max_output_tokens))} output tokens` : ''}.`);
  const mods = fm.modalities as { input: string[]; output: string[] };
  s1.push(`Input: ${mods.input.join(', ')}; output: ${mods.output.join(', ')}.`);
  if (fm.parameters) s1.push(`Parameters: ${fmtParams(Number(fm.parameters))}${fm.active_parameters ? ` (${fmtParams(Number(fm.active_parameters))} active)` : ''}.`);
  if (fm.open_weights === true) s1.push(`The weights are published${fm.license ? ` (licence: ${fm.license})` : ''}.`);
  else if (fm.open_weights === false) s1.push(`The weights are not published${fm.license && fm.license !== 'proprietary' ? ` (licence: ${fm.license})` : ''}.`);
  else if (fm.license) s1.push(`Licence: ${fm.license}.`);
  if (fm.knowledge_cutoff) s1.push(`Training data cutoff: ${fm.knowledge_cutoff}.`);
  out.push(s1.join(' '));

  const providers = new Set(routes.map((r) => String(r.provider)));
  const priced = routes.filter((r) => typeof r.input === 'number' && typeof r.output === 'number' && !(r.input === 0 && r.output === 0));
  const free = routes.filter((r) => r.free === true);
  const s2: string[] = [];
  s2.push(`It is offered by ${providers.size} provider${providers.size === 1 ? '' : 's'} in this catalogue.`);
  if (priced.length) {
    const ins = priced.map((r) => Number(r.input));
    const outs = priced.map((r) => Number(r.output));
    const pp = new Set(priced.map((r) => String(r.provider))).size;
    const range = (xs: number[]) => {
      const lo = Math.min(...xs);
      const hi = Math.max(...xs);
      return lo === hi ? fmtUsd(lo) : `${fmtUsd(lo)}–${fmtUsd(hi)}`;
    };
    s2.push(`List prices across ${pp} priced provider${pp === 1 ? '' : 's'}: ${range(ins)} per 1M input tokens and ${range(outs)} per 1M output tokens.`);
  }
  if (free.length) s2.push(`${free.length} route${free.length === 1 ? ' is a' : 's are'} free or rate-limited tier${free.length === 1 ? '' : 's'}.`);
  out.push(s2.join(' '));

  const bms = ((fm.benchmarks as Obj[]) ?? []).slice();
  if (bms.length) {
    // one line per benchmark: prefer independent results, then the highest score
    const byId = new Map<string, Obj>();
    for (const b of bms.sort((a, c) => Number(a.self_reported) - Number(c.self_reported) || Number(c.score) - Number(a.score))) {
      if (!byId.has(String(b.id))) byId.set(String(b.id), b);
    }
    const picked = [...byId.values()].slice(0, 5);
    const items = picked.map((b) => {
      const def = ctx.benchmarkNames[String(b.id)];
      const unit = def?.unit === 'percent' ? '%' : def?.unit === 'elo' ? ' Elo' : '';
      return `${def?.name ?? b.id} ${b.score}${unit} (${b.self_reported ? 'vendor-reported' : b.dataset === 'epoch-ai' ? 'Epoch AI' : 'independent'})`;
    });
    out.push(`Benchmark results on file: ${items.join('; ')}.`);
  }

  const best: string[] = [];
  if (tags.includes('coding')) best.push('Code generation and software-engineering work (a code-specialised model).');
  if (tags.includes('reasoning')) best.push('Multi-step problems that benefit from a reasoning (thinking) mode.');
  if (tags.includes('vision')) best.push('Tasks that combine text with images (image input is supported).');
  if (tags.includes('tool-use')) best.push('Agents and integrations that call functions or tools.');
  if (tags.includes('long-context')) best.push(`Very long documents or codebases (${fmtTokens(Number(fm.context_window))}-token context).`);
  if (tags.includes('open-weights')) best.push('Self-hosting or fine-tuning, since the weights are published.');
  if (priced.length) {
    const minIn = Math.min(...priced.map((r) => Number(r.input)));
    if (minIn <= 0.2) best.push(`High-volume, cost-sensitive workloads (from ${fmtUsd(minIn)} per 1M input tokens).`);
  }
  if (best.length) out.push(`## Best for\n\n${best.map((b) => `- ${b}`).join('\n')}`);

  const lim: string[] = [];
  if (mods.input.length === 1 && mods.input[0] === 'text') lim.push('Text input only.');
  if (fm.context_window && Number(fm.context_window) < 32768) lim.push(`Short context window (${fmtTokens(Number(fm.context_window))} tokens).`);
  if (caps.function_calling === false) lim.push('No function/tool calling according to the lab record.');
  if (fm.status === 'preview') lim.push('Preview release: behaviour and prices may change.');
  if (fm.status === 'deprecated') lim.push('Marked deprecated by its lab; some providers still serve it.');
  if (providers.size === 1) lim.push('Available from a single provider in this catalogue.');
  if (lim.length) out.push(`## Known limitations\n\n${lim.map((b) => `- ${b}`).join('\n')}`);

  return out.join('\n\n');
}
