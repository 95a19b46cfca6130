/**
 * Whole-catalogue checks over every pair view-model of the real data/ (75,078 pairs): the faults
 * issue 7 names must not occur on any pair, whether or not it gets a page today.
 *  - no lead across bases, versions or conditions, and differing settings always named;
 *  - no contradiction between sections: the cheaper model, the capability states, the image
 *    input and the lead counts read the same in every section that states them;
 *  - the saving phrase at most twice (the verdict and the cost section, its home);
 *  - no internal token (rule ids, raw tags) in any text a page shows.
 */
import { describe, expect, it } from 'vitest';
import { INTERNAL_TOKENS, SAVING_PHRASE, SAVING_PHRASE_MAX } from '../../../tests/built/words';
import { getCatalog } from '../data/load';
import { capabilityLabel } from '../format';
import { buildComparison } from './index';
import { getPairPlan } from './pairs';
import type { Comparison } from './types';

const cat = getCatalog('data');
const plan = getPairPlan(cat);
const ids = cat.models.map((m) => m.id);

/** Every sentence a pair page shows in its body, section by section. */
export function sectionTexts(c: Comparison): Record<string, string[]> {
  return {
    verdict: [c.verdict.headline, ...c.verdict.why, c.verdict.ruleLabel],
    scorecard: c.scorecard.flatMap((r) => [r.label, r.a.text ?? '', r.b.text ?? '']),
    tradeoffs: [...c.tradeoffs.a, ...c.tradeoffs.b].map((l) => l.text),
    cost: [c.cost.summary, c.cost.gapText ?? ''],
    switching: [...c.friction.common, ...c.friction.aToB, ...c.friction.bToA].map((l) => l.text),
    specs: c.specs.flatMap((r) => [r.a ?? '', r.b ?? '']),
    benchmarks: [...c.benchmarks.unlike.map((r) => r.unlike ?? ''), ...c.benchmarks.shared.flatMap((r) => [r.settings.a ?? '', r.settings.b ?? ''])],
    deepDive: c.deepDive.map((p) => p.text),
    faq: c.faq.flatMap((f) => [f.question, f.answer]),
  };
}

function problemsOf(c: Comparison): string[] {
  const out: string[] = [];
  const slug = `${c.ids[0]} vs ${c.ids[1]}`;
  const texts = sectionTexts(c);
  const all = Object.values(texts).flat().join('\n');

  // Leads: like for like only, settings named when they differ.
  for (const r of [...c.benchmarks.leads.a, ...c.benchmarks.leads.b]) {
    const a = r.compared.a!;
    const b = r.compared.b!;
    if (a.selfReported !== b.selfReported || a.selfReported === null) out.push(`${slug}: ${r.id} lead across bases`);
    if (a.reading.version !== b.reading.version) out.push(`${slug}: ${r.id} lead across versions`);
    if (a.reading.conditions.join() !== b.reading.conditions.join()) out.push(`${slug}: ${r.id} lead across conditions`);
    const differ = (a.reading.effort ?? '').toLowerCase() !== (b.reading.effort ?? '').toLowerCase() || (a.reading.agent ?? '') !== (b.reading.agent ?? '');
    if (differ && (r.settings.a === null || r.settings.b === null)) out.push(`${slug}: ${r.id} settings differ but are not named`);
  }

  // The saving phrase: verdict and cost section only.
  const savings = (all.match(SAVING_PHRASE) ?? []).length;
  if (savings > SAVING_PHRASE_MAX) out.push(`${slug}: saving phrase ${savings} times`);
  for (const t of INTERNAL_TOKENS) if (t.re.test(all)) out.push(`${slug}: ${t.name}`);

  // One cheaper model everywhere.
  const cheap = c.cost.comparison.cheaper;
  const cheapSide = cheap === 'a' || cheap === 'b' ? cheap : null;
  for (const s of ['a', 'b'] as const) {
    const saysCheaper = c.tradeoffs[s].some((l) => l.rule === 'cheaper');
    if (saysCheaper !== (cheapSide === s)) out.push(`${slug}: tradeoffs and cost disagree on whether ${c.models[s].name} is cheaper`);
    if (c.scorecard.find((r) => r.key === 'cost')![s].better !== (cheapSide === s)) out.push(`${slug}: scorecard and cost disagree on the cheaper model`);
  }
  const faqCheaper = c.faq.find((f) => f.id === 'cheaper');
  if (cheapSide && faqCheaper && !faqCheaper.answer.startsWith(`${c.models[cheapSide].name}:`)) out.push(`${slug}: FAQ names another cheaper model`);
  if (cheapSide && c.verdict.pick !== null && c.verdict.rule.startsWith('cheaper') && c.verdict.pick !== cheapSide) out.push(`${slug}: verdict picks the dearer model as cheaper`);

  // Capabilities: every section agrees with the capabilities table.
  for (const row of c.capabilities) {
    const label = capabilityLabel(row.key);
    for (const s of ['a', 'b'] as const) {
      const name = c.models[s].name;
      const state = row[s];
      const notSupport = [`: ${name} does not support it`, `: ${name} does not support them`];
      const faq = c.faq.find((f) => f.id === `capability-${row.key}`)?.answer ?? '';
      // FAQ answers read "<has it> does; <other> does not support it" (names can contain each other: GPT-4o, ChatGPT-4o).
      if (state !== 'no' && faq.includes(`; ${name} does not support it`)) out.push(`${slug}: FAQ says ${name} lacks ${label}, table says ${state}`);
      if (state !== 'unknown' && faq.includes(`; ${name} does not document it`)) out.push(`${slug}: FAQ says ${label} undocumented for ${name}, table says ${state}`);
      const lost = [...c.friction.aToB, ...c.friction.bToA].filter((l) => l.rule === 'capabilities-lost' && l.text.includes(label));
      if (state !== 'no' && lost.some((l) => notSupport.some((p) => l.text.includes(p)))) out.push(`${slug}: switching says ${name} lacks ${label}, table says ${state}`);
      const unverified = [...c.friction.aToB, ...c.friction.bToA].filter((l) => l.rule === 'capabilities-unverified' && l.text.toLowerCase().includes(label.toLowerCase()) && l.text.includes(`not documented for ${name};`));
      if (state !== 'unknown' && unverified.length) out.push(`${slug}: switching says ${label} undocumented for ${name}, table says ${state}`);
    }
  }
  // Image input: specs, capabilities and switching tell one story.
  const vision = c.capabilities.find((r) => r.key === 'vision')!;
  const input = c.specs.find((r) => r.key === 'input_modalities')!;
  for (const s of ['a', 'b'] as const) {
    const text = (input[s] ?? '').toLowerCase();
    const listsImage = /\bimage\b/.test(text.replace(' (image input not documented)', ''));
    if (vision[s] === 'yes' && !listsImage) out.push(`${slug}: vision yes but specs input has no image for ${c.models[s].name}`);
    if (vision[s] === 'no' && listsImage) out.push(`${slug}: vision no but specs input lists image for ${c.models[s].name}`);
    if (vision[s] === 'unknown' && !text.includes('image input not documented')) out.push(`${slug}: vision unknown but specs input does not say so for ${c.models[s].name}`);
  }
  if (/input is not accepted/.test(all)) out.push(`${slug}: "not accepted" where sources only fail to list an input`);

  // Lead counts: scorecard, verdict and tradeoffs count the same leads.
  const n = c.benchmarks.shared.length;
  for (const s of ['a', 'b'] as const) {
    const cell = c.scorecard.find((r) => r.key === 'benchmarks')![s].text;
    const k = c.benchmarks.leads[s].length;
    if (n && cell !== `${k} of ${n}`) out.push(`${slug}: scorecard says ${cell}, section has ${k} of ${n}`);
    const line = c.tradeoffs[s].find((l) => l.rule === 'benchmark-leads');
    if ((line !== undefined) !== k > 0 || (line && !line.text.startsWith(`Leads ${k} of ${n} shared`))) out.push(`${slug}: tradeoffs lead count disagrees`);
  }
  if (!n) {
    for (const s of ['a', 'b'] as const) {
      const cell = c.scorecard.find((r) => r.key === 'benchmarks')![s].text;
      const scored = c.benchmarks.unlike.length + c.benchmarks.only[s].length > 0;
      if (scored && cell !== 'none shared') out.push(`${slug}: ${c.models[s].name} has scores but the scorecard says ${cell ?? 'not sourced'}`);
      if (!scored && cell !== null) out.push(`${slug}: ${c.models[s].name} has no scores but the scorecard says ${cell}`);
    }
  }
  return out;
}

describe('every pair of the real catalogue', () => {
  it(`${(ids.length * (ids.length - 1)) / 2} pairs: like-for-like leads, no contradiction, the saving phrase at most twice, no internal token`, { timeout: 600_000 }, () => {
    const problems: string[] = [];
    let pairs = 0;
    for (let i = 0; i < ids.length; i++)
      for (let j = i + 1; j < ids.length; j++) {
        pairs++;
        for (const p of problemsOf(buildComparison(cat, ids[i]!, ids[j]!, plan))) if (problems.length < 200) problems.push(p);
      }
    expect(pairs).toBeGreaterThan(0);
    expect(problems, problems.slice(0, 40).join('\n')).toEqual([]);
  });
});
