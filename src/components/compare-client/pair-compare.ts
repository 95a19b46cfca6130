/**
 * <pair-compare>'s behaviour on /compare/?a=<id>&b=<id>: fetches the catalogue export
 * (/data/catalog.json) only when a pair is asked for, unpacks it, builds the comparison with the
 * build's own engine (buildComparison, imported, not copied) and renders its main sections: verdict,
 * scorecard, tradeoffs, monthly cost at the site workload, specs, capabilities, benchmarks and prices.
 *
 * Safety: the query is data from anyone. Ids are only ever looked up in the catalogue and written
 * with textContent; every element is made with createElement; links come from the view-model's
 * base-free paths through href(). Nothing is parsed as HTML.
 */
import { leaderText, scoreOrigin } from '../../lib/compare/benchmark-text';
import { buildComparison } from '../../lib/compare/index';
import type { Comparison, PerSide, RuleLine } from '../../lib/compare/types';
import { ruleAnchor } from '../../lib/compare/verdict';
import { comparable } from '../../lib/compare/pairs';
import { pricingNote, pricingRows } from '../../lib/cost/table';
import { unpack, unpackPlan, type PackedCatalog } from '../../lib/export/pack';
import { formatDate, TRI_STATE_TEXT } from '../../lib/format';
import { href } from '../href';

/** Longest id shown back in a message; longer query values are cut (they are never valid ids). */
const SHOWN_ID_MAX = 60;
/** Shown for a value no source states, as in the static tables ("—" with the legend under each table). */
const MISSING = '—';
const SEE_ALSO: Record<string, string> = { '#cost': 'See Monthly cost.', '#benchmarks': 'See Benchmarks.' };

type Child = string | Node;
function el(tag: string, attrs: Record<string, string> = {}, ...children: Child[]): HTMLElement {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  e.append(...children);
  return e;
}
const link = (path: string, text: string, attrs: Record<string, string> = {}) => el('a', { href: href(path), ...attrs }, text);
const shown = (id: string) => (id.length > SHOWN_ID_MAX ? `${id.slice(0, SHOWN_ID_MAX)}…` : id);

function section(id: string, title: string, ...children: Child[]): HTMLElement {
  return el('section', { class: 'mb-8', 'aria-labelledby': `cc-${id}` }, el('h3', { id: `cc-${id}`, class: 'section-title' }, title), ...children);
}

/** A two-model table: a caption for screen readers, the row label column, one column per model. */
function pairTable(caption: string, first: string, names: PerSide<string>, rows: [string, Child, Child][], data = ''): HTMLElement {
  const head = el('tr', {}, el('th', { scope: 'col' }, first), el('th', { scope: 'col' }, names.a), el('th', { scope: 'col' }, names.b));
  const body = rows.map(([label, a, b]) => el('tr', data ? { [`data-${data}`]: label } : {}, el('th', { scope: 'row' }, label), el('td', {}, a), el('td', {}, b)));
  return el('div', { class: 'table-wrap' }, el('table', { class: 'data-table' }, el('caption', { class: 'sr-only' }, caption), el('thead', {}, head), el('tbody', {}, ...body)));
}

function ruleList(lines: RuleLine[]): HTMLElement {
  return el(
    'ul',
    { class: 'list-disc space-y-1.5 pl-5' },
    ...lines.map((l) => el('li', { 'data-rule': l.rule }, l.text, ...(l.seeAlso ? [' ', el('a', { href: l.seeAlso }, SEE_ALSO[l.seeAlso] ?? 'See above')] : []))),
  );
}

/** The comparison's main sections, in the static page's order and words. */
export function renderComparison(c: Comparison, staticPath: string | null): HTMLElement {
  const names = { a: c.models.a.name, b: c.models.b.name };
  const out = el('div', { 'data-compare-result': `${c.ids[0]} ${c.ids[1]}` });
  const h2 = el('h2', { class: 'text-2xl', tabindex: '-1', 'data-compare-title': '' }, `${names.a} vs ${names.b}`);
  out.append(h2);
  out.append(
    el(
      'p',
      { class: 'mt-1 mb-6 text-sm text-muted' },
      'Built in your browser from the downloadable catalogue, with the same engine as the static pages. Models: ',
      link(c.models.a.url, names.a),
      ', ',
      link(c.models.b.url, names.b),
      '.',
    ),
  );
  if (staticPath)
    out.append(el('p', { class: 'panel mb-6', 'data-static-link': '' }, 'This comparison has its own page: ', link(staticPath, `${names.a} vs ${names.b}`), '.'));

  const v = c.verdict;
  out.append(
    el(
      'section',
      { class: 'panel mb-6 border-accent-solid', 'aria-labelledby': 'cc-verdict' },
      el('h3', { id: 'cc-verdict', class: 'section-title' }, 'Verdict'),
      el('p', { class: 'text-lg', 'data-verdict': '' }, v.headline),
      ...(v.why.length ? [el('ul', { class: 'mt-3 list-disc space-y-1 pl-5 text-sm text-muted' }, ...v.why.map((w) => el('li', {}, w)))] : []),
      el('p', { class: 'mt-3 text-xs text-muted' }, 'How this was decided: ', link(ruleAnchor(v.rule), v.ruleLabel), '.'),
    ),
  );

  out.append(section('scorecard', 'Scorecard', pairTable(`Scorecard of ${names.a} and ${names.b}`, 'Measure', names, c.scorecard.map((r) => [r.label, r.a.text ?? MISSING, r.b.text ?? MISSING]), 'score-row')));

  out.append(
    section(
      'tradeoffs',
      'Tradeoffs',
      el(
        'div',
        { class: 'grid gap-4 md:grid-cols-2' },
        ...(['a', 'b'] as const).map((s) =>
          el('div', { class: 'panel' }, el('h4', { class: 'mb-2 font-semibold' }, `Where ${names[s]} is ahead`), c.tradeoffs[s].length ? ruleList(c.tradeoffs[s]) : el('p', { class: 'text-muted' }, 'No advantage shows in the sourced data.')),
        ),
      ),
    ),
  );

  const cost = c.cost;
  const costSection = section(
    'cost',
    'Monthly cost',
    el('p', { class: 'section-lede' }, `At ${cost.workloadText}, on each model's cheapest paid route. Cache, batch and negotiated discounts are not included.`),
    el(
      'div',
      { class: 'grid gap-4 sm:grid-cols-2' },
      ...(['a', 'b'] as const).map((s) => {
        const e = cost.estimates[s];
        return el(
          'div',
          { class: 'panel', 'data-cost': c.ids[s === 'a' ? 0 : 1] },
          el('p', { class: 'text-sm text-muted' }, names[s]),
          e.text !== null ? el('p', { class: 'text-3xl font-semibold tabular-nums', 'data-figure': '' }, e.text, el('span', { class: 'text-base font-normal text-muted' }, ' a month')) : el('p', { class: 'text-xl font-semibold', 'data-figure': '' }, 'No estimate'),
          e.route ? el('p', { class: 'text-sm text-muted' }, `via ${e.route.providerName} (`, el('code', {}, e.route.modelId), ')') : el('p', { class: 'text-sm text-muted' }, `Because ${e.reason}.`),
          ...(cost.comparison.cheaper === s ? [el('p', { class: 'mt-2' }, el('span', { class: 'badge badge-good' }, 'lower estimate'))] : []),
        );
      }),
    ),
    el('p', { class: 'mt-3', 'data-cost-summary': '' }, cost.summary, cost.gapText && cost.comparison.cheaper !== 'tie' ? ` The gap is ${cost.gapText}.` : ''),
  );
  costSection.id = 'cost';
  out.append(costSection);

  out.append(section('specs', 'Specs', pairTable(`Specifications of ${names.a} and ${names.b}`, 'Specification', names, c.specs.map((r) => [r.label, r.a ?? MISSING, r.b ?? MISSING]), 'spec'), el('p', { class: 'table-note' }, `${MISSING} not sourced.`)));

  const badge = { yes: 'badge badge-good', no: 'badge badge-bad', unknown: 'badge' } as const;
  out.append(
    section(
      'capabilities',
      'Capabilities',
      pairTable(`Documented capabilities of ${names.a} and ${names.b}`, 'Capability', names, c.capabilities.map((r) => [r.label, el('span', { class: badge[r.a] }, TRI_STATE_TEXT[r.a]), el('span', { class: badge[r.b] }, TRI_STATE_TEXT[r.b])]), 'capability'),
      el('p', { class: 'table-note' }, '“Not documented” means no source states it either way; it is not a “no”.'),
    ),
  );

  const rows = [...c.benchmarks.shared, ...c.benchmarks.unlike, ...c.benchmarks.only.a, ...c.benchmarks.only.b];
  const scores = (list: Comparison['benchmarks']['shared'][number]['scores']['a']) =>
    list.length === 0
      ? MISSING
      : el('ul', { class: 'space-y-1' }, ...list.map((s) => el('li', {}, el('span', { class: 'font-semibold tabular-nums' }, s.scoreText), ' ', el('span', { class: 'badge' }, scoreOrigin(s)), el('span', { class: 'block text-xs text-muted' }, ...(s.variant ? [`${s.variant} · `] : []), link(s.source, 'source', { rel: 'nofollow noopener' }), `, ${formatDate(s.asOf)}`))));
  const benchSection = section(
    'benchmarks',
    'Benchmarks',
    rows.length === 0
      ? el('p', { class: 'panel text-muted' }, 'Neither model has a sourced benchmark score.')
      : el(
          'div',
          { class: 'table-wrap' },
          el(
            'table',
            { class: 'data-table' },
            el('caption', { class: 'sr-only' }, `Benchmark scores of ${names.a} and ${names.b}`),
            el('thead', {}, el('tr', {}, ...['Benchmark', names.a, names.b, 'Lead'].map((h) => el('th', { scope: 'col' }, h)))),
            el('tbody', {}, ...rows.map((r) => el('tr', { 'data-benchmark': r.id }, el('th', { scope: 'row' }, link(r.url, r.name, { rel: 'nofollow noopener' })), el('td', {}, scores(r.scores.a)), el('td', {}, scores(r.scores.b)), el('td', { 'data-lead': '' }, leaderText(r, names) ?? MISSING, ...(r.unlike ? [el('span', { class: 'block text-xs text-muted' }, r.unlike)] : []))))),
          ),
        ),
    el('p', { class: 'table-note' }, `${MISSING} no score sourced.`),
  );
  benchSection.id = 'benchmarks';
  out.append(benchSection);

  out.append(
    section(
      'pricing',
      'Pricing by provider',
      el('p', { class: 'section-lede' }, `USD per 1M tokens; monthly at ${cost.workloadText}. Routes that count towards the estimate first, cheapest first.`),
      ...(['a', 'b'] as const).map((s) => {
        const note = pricingNote(cost.estimates[s]);
        const list = pricingRows(c.pricing[s], cost.estimates[s]);
        return el(
          'div',
          { class: 'table-wrap mb-6' },
          el(
            'table',
            { class: 'data-table', 'data-pricing': c.ids[s === 'a' ? 0 : 1] },
            el('caption', {}, names[s], ...(note ? [el('span', { class: 'block text-xs font-normal text-muted' }, note)] : [])),
            el('thead', {}, el('tr', {}, ...['Provider', 'Input', 'Output', 'Monthly', 'Source'].map((h) => el('th', { scope: 'col' }, h)))),
            el(
              'tbody',
              {},
              ...(list.length === 0
                ? [el('tr', {}, el('th', { scope: 'row' }, 'No provider route is sourced'), ...[1, 2, 3, 4].map(() => el('td', {}, MISSING)))]
                : list.map((r) =>
                    el(
                      'tr',
                      {},
                      el('th', { scope: 'row' }, r.providerName, ...(r.cheapest ? [' ', el('span', { class: 'badge badge-good' }, 'sets the estimate')] : []), ...(r.free ? [' ', el('span', { class: 'badge' }, 'free tier')] : []), ...r.badges.map((b) => el('span', { class: 'badge ml-1' }, b.label.charAt(0).toLowerCase() + b.label.slice(1))), el('code', { class: 'block text-xs font-normal text-muted url-text' }, r.modelId)),
                      el('td', { class: 'num' }, r.inputText ?? MISSING),
                      el('td', { class: 'num' }, r.outputText ?? MISSING),
                      el('td', { class: 'num' }, r.monthlyText ?? (r.free ? 'free tier' : MISSING)),
                      el('td', { class: 'text-sm' }, link(r.source, 'source', { rel: 'nofollow noopener' }), `, ${formatDate(r.asOf)}`),
                    ),
                  )),
            ),
          ),
        );
      }),
    ),
  );
  return out;
}

/** Why a query of two ids cannot be compared, in words for the reader; null when it names two known, different models. */
export function queryProblem(a: string, b: string, known: (id: string) => boolean): string | null {
  if (a === b) return `Both sides name the same model (“${shown(a)}”). Pick two different models.`;
  const unknown = [a, b].filter((id) => !known(id));
  if (unknown.length) return `No model in the catalogue has the id ${unknown.map((id) => `“${shown(id)}”`).join(' or ')}. Pick two models with the form above.`;
  return null;
}

class PairCompare extends HTMLElement {
  connectedCallback() {
    const params = new URLSearchParams(window.location.search);
    const a = params.get('a');
    const b = params.get('b');
    if (a === null && b === null) return;
    void this.run(a?.trim() ?? '', b?.trim() ?? '');
  }

  private status(message: string, isError: boolean) {
    const p = this.querySelector<HTMLElement>('[data-compare-status]');
    if (!p) return;
    p.textContent = message;
    p.hidden = message === '';
    p.classList.toggle('text-bad-ink', isError);
    p.setAttribute('role', isError ? 'alert' : 'status');
  }

  /** The picker's select for `a` or `b`, on this page. */
  private picker(name: 'a' | 'b'): HTMLSelectElement | null {
    const sel = document.querySelector<HTMLFormElement>('#pair-picker')?.elements.namedItem(name);
    return sel instanceof HTMLSelectElement ? sel : null;
  }

  /** The model's name as the picker lists it, or null when the picker has no such model. */
  private listed(id: string): string | null {
    return [...(this.picker('a')?.options ?? [])].find((o) => o.value === id)?.textContent ?? null;
  }

  private select(a: string, b: string) {
    for (const [name, id] of [['a', a], ['b', b]] as const) {
      const sel = this.picker(name);
      if (sel && id && [...sel.options].some((o) => o.value === id)) sel.value = id;
    }
  }

  private async run(a: string, b: string) {
    if (!a || !b) {
      // One model named (a model page's "compare with" link): choose it in the picker and ask for the other.
      const id = a || b;
      const name = id ? this.listed(id) : null;
      if (!name) return this.status(id ? `No model in the catalogue has the id “${shown(id)}”. Pick two models with the form above.` : 'Pick two models with the form above.', true);
      this.select(id, '');
      this.status(`Pick a model to compare with ${name}.`, false);
      this.picker('b')?.focus();
      return;
    }
    // The picker lists every model, so unknown ids are turned away before the catalogue is fetched.
    const early = queryProblem(a, b, (id) => this.listed(id) !== null);
    if (early) return this.status(early, true);
    this.status('Loading the catalogue…', false);
    let packed: PackedCatalog;
    try {
      const res = await fetch(this.dataset['catalog'] ?? href('/data/catalog.json'));
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      packed = (await res.json()) as PackedCatalog;
    } catch (e) {
      return this.status(`The catalogue could not be loaded (${(e as Error).message}). The comparisons listed below still work.`, true);
    }
    const cat = unpack(packed);
    const problem = queryProblem(a, b, (id) => cat.modelsById.has(id));
    if (problem) return this.status(problem, true);
    const ma = cat.modelsById.get(a)!;
    const mb = cat.modelsById.get(b)!;
    if (!comparable(cat, a, b)) return this.status(`${ma.name} and ${mb.name} are not compared: one is a safety classifier, the other a chat model. Pick two models of the same kind.`, true);
    this.select(a, b);
    const plan = unpackPlan(packed, cat);
    const planned = plan.get(a, b);
    const c = buildComparison(cat, a, b, plan);
    const staticPath = planned ? planned.path : null;
    if (staticPath) {
      // The page is noindex; pointing its canonical at the pair's own page still tells crawlers which URL is the real one.
      document.querySelector('link[rel="canonical"]')?.setAttribute('href', new URL(href(staticPath), window.location.href).href);
    }
    document.title = `${c.models.a.name} vs ${c.models.b.name} (compared in your browser)`;
    const target = this.querySelector<HTMLElement>('[data-compare-output]');
    if (!target) return;
    target.replaceChildren(renderComparison(c, staticPath));
    target.hidden = false;
    this.status('', false);
    target.querySelector<HTMLElement>('[data-compare-title]')?.focus();
  }
}

if (!customElements.get('pair-compare')) customElements.define('pair-compare', PairCompare);
