/** Paths and figures the e2e tests share (fixture catalog in data/, DOM contract of the pages). */
export const HOME = '/';
export const MODEL = '/models/phi-4/';
export const PAIR = '/compare/phi-4-vs-qwen3.5-flash/';
/** Provider and lab listings (both exist in the seed fixture and in data/). */
export const PROVIDERS = '/providers/';
export const PROVIDER = '/providers/openrouter/';
export const LABS = '/labs/';
export const LAB = '/labs/microsoft/';
/** The model directory: every model in one filterable table. */
export const DIRECTORY = '/models/';
/**
 * The directory as the cross-cutting checks load it: filtered to the Phi models by its script. axe's
 * colour-contrast rule over every cell of the real catalogue's table (about 6,000) took 49 s here,
 * against 10 s filtered; every row has the same markup and styles, so the visible rows stand for all.
 */
export const DIRECTORY_CHECKED = `${DIRECTORY}?q=phi`;

/** The any-pair compare page with a query: the pair is rendered in the browser (both models exist in the seed and the real catalogue). */
export const COMPARE_QUERY = '/compare/?a=gpt-4.1&b=phi-4';
/** A pair whose two models are both on the price-vs-benchmark chart (in the seed and in data/). */
export const CHART_PAIR = '/compare/gpt-4.1-vs-phi-4/';
/** The page templates every cross-cutting check (axe, CSP) covers, plus a pair page that draws the chart. */
export const MAIN_PAGES = [HOME, MODEL, PAIR, CHART_PAIR, DIRECTORY_CHECKED, PROVIDERS, PROVIDER, LABS, LAB, COMPARE_QUERY] as const;
/** A path no page has: the host answers with 404.html. */
export const NOT_FOUND = '/no-such-page/';

/**
 * One page of every template, with the status the server answers it with. axe (light and dark) and
 * the CSP check run over all of them: add each new template here.
 */
export const TEMPLATES: readonly { path: string; status: number }[] = [
  ...MAIN_PAGES.map((path) => ({ path, status: 200 })),
  { path: '/compare/', status: 200 },
  { path: '/methodology/', status: 200 },
  { path: '/sources/', status: 200 },
  { path: NOT_FOUND, status: 404 },
];

/** Monthly estimates at the site workload (800M input + 250M output tokens) on the cheapest route. */
export const COSTS = {
  'phi-4': { name: 'Phi-4', monthly: '$87.00' }, // 800 × 0.065 + 250 × 0.14
  'qwen3.5-flash': { name: 'Qwen3.5-Flash', monthly: '$121.00' }, // 800 × 0.07 + 250 × 0.26
} as const;
