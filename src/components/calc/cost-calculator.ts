/**
 * <cost-calculator>'s behaviour: reads the page's pricing slice, recomputes the estimates with the
 * engine's own code at the chosen workload, rewrites the figures marked data-calc-* / data-stat, and
 * keeps the workload in the URL (history.replaceState) so a reload or a shared link restores it.
 * Imports single engine modules (not the barrels) so the bundle holds only the cost model.
 */
import { costSectionAt } from '../../lib/compare/cost-section';
import { workloadText } from '../../lib/cost/compare';
import { assessmentOf, estimateCost, type CostEstimate } from '../../lib/cost/estimate';
import { sliceCatalog, type PricingSlice } from '../../lib/cost/slice';
import { customWorkload, millionsText, presetWorkload, WORKLOAD_PRESETS, workloadFromQuery, workloadQuery, type PresetId, type WorkloadState } from '../../lib/cost/workloads';
import { formatMoney } from '../../lib/format';
import { modelCostTexts } from '../../lib/pages/model-cost';
import type { Workload } from '../../lib/schema/site';

interface CalcData {
  kind: 'pair' | 'model';
  ids: string[];
  names: string[];
  slice: PricingSlice;
  workload: Workload;
}

const all = <T extends Element = HTMLElement>(sel: string, root: ParentNode = document) => [...root.querySelectorAll<T>(sel)];

function el(tag: string, className: string, ...children: (string | Node)[]): HTMLElement {
  const e = document.createElement(tag);
  if (className) e.className = className;
  e.append(...children);
  return e;
}

export function enhance(root: HTMLElement): void {
  const form = root.querySelector('form');
  const dataEl = root.querySelector('script[data-calc-data]');
  const inEl = root.querySelector<HTMLInputElement>('#calc-in');
  const outEl = root.querySelector<HTMLInputElement>('#calc-out');
  const status = root.querySelector<HTMLElement>('[data-calc-status]');
  if (!form || !dataEl || !inEl || !outEl || !status) return;
  const data = JSON.parse(dataEl.textContent ?? '{}') as CalcData;
  const cat = sliceCatalog(data.slice);
  const models = data.ids.map((id) => cat.modelsById.get(id));
  if (models.some((m) => !m)) return;
  const site = data.workload;
  const radios = form.elements.namedItem('workload') as RadioNodeList;
  for (const e of all('[data-calc-nojs]', root)) e.hidden = true;
  for (const e of all('[data-calc-scope]', root)) e.hidden = false;

  const fieldError = (input: HTMLInputElement, message: string | null) => {
    const p = root.querySelector<HTMLElement>(`#${input.id}-error`);
    if (p) {
      p.textContent = message ?? '';
      p.hidden = message === null;
    }
    if (message) input.setAttribute('aria-invalid', 'true');
    else input.removeAttribute('aria-invalid');
  };

  const label = (s: WorkloadState) => WORKLOAD_PRESETS.find((p) => p.id === s.choice)?.label ?? 'Custom';

  function apply(state: WorkloadState, writeUrl: boolean): void {
    fieldError(inEl!, state.errors.in);
    fieldError(outEl!, state.errors.out);
    const totalEl = root.querySelector<HTMLElement>('[data-calc-total-error]');
    if (totalEl) {
      totalEl.textContent = state.errors.total ?? '';
      totalEl.hidden = state.errors.total === null;
    }
    const problem = state.errors.in ?? state.errors.out ?? state.errors.total;
    if (problem !== null) {
      status!.textContent = `Figures not updated: ${problem}`;
      return;
    }
    const w = state.workload;
    const est = models.map((m) => estimateCost(m!, cat, w));
    for (const e of all('[data-calc-workload]')) e.textContent = workloadText(w);
    for (const td of all('td[data-calc-provider]')) {
      const a = assessmentOf(est[td.dataset['calcSide'] === 'b' ? 1 : 0]!, td.dataset['calcProvider'] ?? '', td.dataset['calcModel'] ?? '');
      if (a?.usd != null) (td.firstElementChild ?? td).textContent = formatMoney(a.usd);
    }
    let said: string;
    if (data.kind === 'pair') said = updatePair(est as [CostEstimate, CostEstimate], w);
    else said = updateModel(est[0]!, models[0]!.routes.length, w);
    status!.textContent = `${label(state)}, ${workloadText(w)}: ${said}`;
    if (writeUrl) history.replaceState(history.state, '', `${location.pathname}${workloadQuery(state)}${location.hash}`);
  }

  function updatePair([a, b]: [CostEstimate, CostEstimate], w: Workload): string {
    const sec = costSectionAt({ a, b }, { a: data.names[0]!, b: data.names[1]! }, w);
    (['a', 'b'] as const).forEach((side, i) => {
      const panel = document.querySelector<HTMLElement>(`#cost [data-cost="${CSS.escape(data.ids[i]!)}"]`);
      if (!panel) return;
      const e = sec.estimates[side];
      const figure = panel.querySelector<HTMLElement>('[data-calc-figure]');
      if (figure) {
        figure.className = e.text !== null ? 'text-3xl font-semibold tabular-nums' : 'text-xl font-semibold';
        if (e.text !== null) figure.replaceChildren(e.text, el('span', 'text-base font-normal text-muted', ' a month'));
        else figure.replaceChildren('No estimate');
      }
      const via = panel.querySelector<HTMLElement>('[data-calc-via]');
      if (via) via.replaceChildren(...(e.route ? ['via ', e.route.providerName, ' (', el('code', '', e.route.modelId), ')'] : [`Because ${e.reason}.`]));
      panel.querySelector('[data-calc-lower]')?.remove();
      if (sec.comparison.cheaper === side) {
        const badge = el('p', 'mt-2', el('span', 'badge badge-good', 'lower estimate'));
        badge.dataset['calcLower'] = '';
        panel.append(badge);
      }
    });
    const gap = sec.gapText && sec.comparison.cheaper !== 'tie' ? ` The gap is ${sec.gapText}.` : '';
    for (const p of all('#cost [data-calc-summary]')) p.textContent = `${sec.summary}${gap}`;
    return sec.summary;
  }

  function updateModel(e: CostEstimate, routeCount: number, w: Workload): string {
    const t = modelCostTexts(e, routeCount, w);
    const value = document.querySelector<HTMLElement>('[data-stat="cost"] [data-stat-value]');
    if (value) value.replaceChildren(t.value ?? el('span', 'font-normal text-muted', 'Not sourced'));
    const detail = document.querySelector<HTMLElement>('[data-stat="cost"] [data-stat-detail]');
    if (detail) detail.textContent = t.detail ?? '';
    for (const p of all('#pricing [data-calc-summary]')) p.textContent = t.summary;
    return t.summary;
  }

  const fill = (w: Workload) => {
    inEl.value = millionsText(w.input_tokens_per_month);
    outEl.value = millionsText(w.output_tokens_per_month);
  };
  const fromForm = (): WorkloadState => {
    const choice = radios.value;
    if (choice === 'custom') return customWorkload(inEl.value, outEl.value, site);
    const id = (WORKLOAD_PRESETS.some((p) => p.id === choice) ? choice : 'default') as PresetId;
    return { choice: id, workload: presetWorkload(id, site), errors: { in: null, out: null, total: null } };
  };

  form.addEventListener('change', (event) => {
    const t = event.target as HTMLInputElement;
    if (t.name === 'workload' && t.value !== 'custom') fill(presetWorkload(t.value as PresetId, site));
    apply(fromForm(), true);
  });
  // Typing a volume makes the workload custom; it is applied on change (blur) or Enter.
  form.addEventListener('input', (event) => {
    if ((event.target as HTMLInputElement).name !== 'workload') radios.value = 'custom';
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    apply(fromForm(), true);
  });

  // A URL with a workload restores it; without one the static figures already are the default's.
  const params = new URLSearchParams(location.search);
  const initial = workloadFromQuery((n) => params.get(n), site);
  radios.value = initial.choice;
  if (initial.choice === 'custom') {
    inEl.value = params.get('in') ?? '';
    outEl.value = params.get('out') ?? '';
  } else fill(initial.workload);
  if (initial.choice !== 'default' || params.has('workload')) apply(initial, false);
}
