/**
 * <model-directory>'s behaviour: enables the filter form, turns the column headers into sort buttons,
 * and on every change filters (the `hidden` attribute, never style="") and reorders the table's rows
 * with the pure logic of directory-state.ts, keeps aria-sort, the caption and the live count true,
 * and writes the whole state into the URL (history.replaceState) so a reload or a shared link opens
 * the same view.
 */
import { formatScore } from '../../lib/format';
import { defaultState, firstDirection, queryFromState, stateFromQuery, unpackDirectory, visibleOrder, type DirectoryData, type DirectoryState, type SeriesInfo, type SortKey } from '../../lib/pages/directory-state';
import type { Capability } from '../../lib/schema/model';

interface Meta {
  defaultSeries: string;
  labNames: Record<string, string>;
}

const DASH = '—';

/** The series select's option text (the same words as the static default option). */
export const seriesOptionText = (s: Pick<SeriesInfo, 'label' | 'models'>) => `${s.label} (${s.models} models)`;

export function enhance(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>('form[data-dir-form]');
  const table = root.querySelector<HTMLTableElement>('table');
  const dataEl = root.querySelector('script[data-dir-data]');
  const metaEl = root.querySelector('script[data-dir-meta]');
  const tbody = table?.tBodies[0];
  if (!form || !table || !tbody || !dataEl || !metaEl) return;
  const rows = [...tbody.rows];
  const data = JSON.parse(dataEl.textContent ?? '{}') as DirectoryData;
  if (rows.length !== data.r.length) return; // the data does not describe this table: leave it static
  const dir = unpackDirectory(data, rows.map((tr) => (tr.cells[0]?.textContent ?? '').trim()));
  const meta = JSON.parse(metaEl.textContent ?? '{}') as Meta;
  const labNames = new Map(Object.entries(meta.labNames));
  const ctx = {
    capabilities: dir.capabilities,
    series: dir.series.map((s) => s.key),
    defaultSeries: meta.defaultSeries,
    labs: [...new Set(dir.records.map((r) => r.lab))],
    providers: [...new Set(dir.records.flatMap((r) => r.providers))],
    kinds: [...new Set(dir.records.map((r) => r.kind))],
  };
  const allHeaders = [...(table.tHead?.rows[0]?.cells ?? [])];
  const headers = allHeaders.filter((th) => th.dataset['sort']);
  const scoreCol = allHeaders.findIndex((th) => th.dataset['sort'] === 'score');
  const seriesName = table.querySelector<HTMLElement>('[data-dir-series-name]');
  const sortedText = table.querySelector<HTMLElement>('[data-dir-sorted]');
  const shownText = table.querySelector<HTMLElement>('[data-dir-shown]');
  const count = form.querySelector<HTMLElement>('[data-dir-count]');
  const scoreHint = form.querySelector<HTMLElement>('[data-dir-score-hint]');
  // "Monthly" → "monthly", "Input /1M" → "input /1M": the header as words inside the caption's sentence.
  const headerName = (th: HTMLElement) => {
    const t = th.dataset['sort'] === 'score' ? 'score' : (th.textContent ?? '').trim();
    return /^[A-Z][a-z]/.test(t) ? t.charAt(0).toLowerCase() + t.slice(1) : t;
  };

  // The static select holds only the default series (the form is hidden without the script): the rest come from the data.
  const seriesSelect = form.elements.namedItem('series');
  if (seriesSelect instanceof HTMLSelectElement)
    seriesSelect.replaceChildren(...dir.series.map((x) => new Option(seriesOptionText(x), x.key, x.key === meta.defaultSeries, x.key === meta.defaultSeries)));

  let state: DirectoryState = stateFromQuery(new URLSearchParams(location.search), ctx);
  let shownSeries = meta.defaultSeries;
  let shownOrder = rows.map((_, i) => i).join(',');

  // Headers become buttons: the header text stays the accessible name, the state is aria-sort.
  for (const th of headers) {
    const b = document.createElement('button');
    b.type = 'button';
    b.append(...th.childNodes);
    th.append(b);
    b.addEventListener('click', () => {
      const key = th.dataset['sort'] as SortKey;
      const first = firstDirection(key, dir.series.find((x) => x.key === state.series));
      state = { ...state, sort: key, dir: state.sort === key ? (state.dir === 'asc' ? 'desc' : 'asc') : first };
      apply(true);
    });
  }

  function writeForm(s: DirectoryState): void {
    const set = (name: string, v: string) => {
      const e = form!.elements.namedItem(name);
      if (e instanceof HTMLInputElement || e instanceof HTMLSelectElement) e.value = v;
    };
    set('q', s.q);
    set('lab', s.lab);
    set('provider', s.provider);
    set('kind', s.kind);
    set('maxprice', s.maxPrice === null ? '' : String(s.maxPrice));
    set('minctx', s.minContext === null ? '' : String(s.minContext));
    set('series', s.series);
    set('minscore', s.minScore === null ? '' : String(s.minScore));
    set('from', s.from);
    set('to', s.to);
    for (const box of form!.querySelectorAll<HTMLInputElement>('input[type=checkbox]'))
      box.checked = box.name === 'open' ? s.open : s.caps.includes(box.value as Capability);
  }

  function readForm(): DirectoryState {
    const params = new URLSearchParams();
    for (const [k, v] of new FormData(form!)) if (typeof v === 'string' && v !== '') params.append(k, v);
    const s = { ...stateFromQuery(params, ctx), sort: state.sort, dir: state.dir };
    // A minimum score belongs to its series (an index of 140 is no percentage): a new series clears it.
    if (s.series !== state.series && s.minScore !== null) {
      s.minScore = null;
      writeForm(s);
    }
    return s;
  }

  function showSeries(key: string): void {
    const si = dir.series.findIndex((x) => x.key === key);
    const info = dir.series[si];
    if (!info || scoreCol < 0) return;
    const scores = dir.scores[si]!;
    rows.forEach((tr, i) => {
      const v = scores.get(i);
      const cell = tr.cells[scoreCol];
      if (cell) cell.textContent = v === undefined ? DASH : formatScore(v, info.unit);
    });
    if (seriesName) seriesName.textContent = info.label;
    if (scoreHint) scoreHint.textContent = `On ${info.label}.`;
    shownSeries = key;
  }

  function apply(writeUrl: boolean): void {
    if (state.series !== shownSeries) showSeries(state.series);
    const order = visibleOrder(dir, state, labNames);
    const visible = new Set(order);
    rows.forEach((tr, i) => (tr.hidden = !visible.has(i)));
    const key = order.join(',');
    if (key !== shownOrder) {
      // Hidden rows go after the visible ones, in name order, so the DOM order is always a full order.
      const rest = rows.map((_, i) => i).filter((i) => !visible.has(i));
      tbody!.append(...[...order, ...rest].map((i) => rows[i]!));
      shownOrder = key;
    }
    for (const th of headers) {
      if (th.dataset['sort'] === state.sort) th.setAttribute('aria-sort', state.dir === 'asc' ? 'ascending' : 'descending');
      else th.removeAttribute('aria-sort');
    }
    const sortTh = headers.find((th) => th.dataset['sort'] === state.sort);
    if (sortedText && sortTh) sortedText.textContent = `sorted by ${headerName(sortTh)}, ${state.dir === 'asc' ? 'ascending' : 'descending'}`;
    if (count) count.textContent = `${order.length} of ${rows.length} models`;
    // The caption names what the table shows now, not the whole catalogue.
    if (shownText) shownText.textContent = order.length === rows.length ? `${rows.length} models` : `${order.length} of ${rows.length} models shown`;
    if (writeUrl) {
      const q = queryFromState(state, meta.defaultSeries);
      history.replaceState(history.state, '', `${location.pathname}${q}${location.hash}`);
    }
  }

  // Filters apply as they change; the submit button (Enter in a field) applies the same state again.
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    state = readForm();
    apply(true);
  });
  form.addEventListener('input', () => {
    state = readForm();
    apply(true);
  });
  form.addEventListener('change', () => {
    state = readForm();
    apply(true);
  });
  form.addEventListener('reset', () => {
    // After the browser has reset the fields: keep the sort and the chosen series, clear the filters.
    setTimeout(() => {
      state = { ...defaultState(meta.defaultSeries), series: state.series, sort: state.sort, dir: state.dir };
      writeForm(state);
      apply(true);
    });
  });

  writeForm(state);
  const fields = form.querySelector<HTMLFieldSetElement>('fieldset[data-dir-fields]');
  if (fields) fields.disabled = false;
  apply(false);
}
