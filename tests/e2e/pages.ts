/** Paths and figures the e2e tests share (fixture catalog in data/, DOM contract of the pages). */
export const HOME = '/';
export const MODEL = '/models/phi-4/';
export const PAIR = '/compare/phi-4-vs-qwen3.5-flash/';
/** A pair whose two models are both on the price-vs-benchmark chart (in the seed and in data/). */
export const CHART_PAIR = '/compare/gpt-4.1-vs-phi-4/';
/** The pages every cross-cutting check (axe, CSP) covers: one per template, plus a pair page that draws the chart. */
export const MAIN_PAGES = [HOME, MODEL, PAIR, CHART_PAIR] as const;

/** Monthly estimates at the site workload (800M input + 250M output tokens) on the cheapest route. */
export const COSTS = {
  'phi-4': { name: 'Phi-4', monthly: '$87.00' }, // 800 × 0.065 + 250 × 0.14
  'qwen3.5-flash': { name: 'Qwen3.5-Flash', monthly: '$121.00' }, // 800 × 0.07 + 250 × 0.26
} as const;
