/**
 * <site-search>'s behaviour once a reader turns to the field. SiteSearch.astro swaps the directory
 * link for the field on load and imports this module on first use: it is bundled after the build by
 * src/integrations/search-index.ts into `pagefind/site-search.js` (not by Vite, whose preload helper
 * for a lazy chunk would cost every page about 1 KB). It imports Pagefind (pagefind/pagefind.js under the
 * base path) on the first focus or keystroke, never on page load. Result URLs come back base-free
 * (Pagefind's baseUrl is set to "/") and go through href() like every other link.
 */
import { href } from '../href';

/** Results shown at once: enough to see models and comparisons for a name, short enough to scan. */
export const SHOWN_RESULTS = 8;
/** Milliseconds Pagefind waits after the last keystroke before searching. */
const DEBOUNCE_MS = 120;

interface PagefindResultData {
  url: string;
  meta: Record<string, string | undefined>;
}
interface PagefindSearch {
  results: { id: string; data(): Promise<PagefindResultData> }[];
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  debouncedSearch(term: string, options?: object, ms?: number): Promise<PagefindSearch | null>;
}

let loading: Promise<Pagefind> | undefined;
/** Loads Pagefind once per page, whichever search field asks first. */
function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const pf = (await import(/* @vite-ignore */ href('/pagefind/pagefind.js'))) as Pagefind;
    // termFrequency 0: rank by where a word appears (title, headings) rather than how densely; else a
    // pair page's two-line summary outranks the model's own page for the model's name.
    await pf.options({ baseUrl: '/', ranking: { termFrequency: 0 } });
    return pf;
  })();
  return loading;
}

const countText = (n: number, term: string) =>
  n === 0 ? `No results for “${term}”.` : `${n} ${n === 1 ? 'result' : 'results'} for “${term}”${n > SHOWN_RESULTS ? `, showing the first ${SHOWN_RESULTS}` : ''}.`;

/**
 * Wires the search field that <site-search> put in place of its link (SiteSearch.astro), on the
 * field's first focus or keystroke: starts loading Pagefind, and searches at once for anything typed
 * before this module arrived.
 */
export function wireSearch(widget: HTMLElement, input: HTMLInputElement): void {
  const status = widget.querySelector<HTMLElement>('[data-search-status]');
  const list = widget.querySelector<HTMLUListElement>('[data-search-results]');
  if (!status || !list) return;

  let latest = '';
  const links = () => [...list.querySelectorAll<HTMLAnchorElement>('a')];
  const close = () => {
    list.hidden = true;
  };

  const show = async (term: string) => {
    latest = term;
    if (!term.trim()) {
      list.replaceChildren();
      close();
      status.textContent = '';
      return;
    }
    let pf: Pagefind;
    try {
      pf = await loadPagefind();
    } catch {
      status.textContent = 'Search is unavailable right now; the model directory lists every model.';
      return;
    }
    const search = await pf.debouncedSearch(term, {}, DEBOUNCE_MS);
    if (search === null || term !== latest) return; // a newer keystroke superseded this one
    const data = await Promise.all(search.results.slice(0, SHOWN_RESULTS).map((r) => r.data()));
    if (term !== latest) return;
    list.replaceChildren(
      ...data.map((d) => {
        const li = document.createElement('li');
        const a = document.createElement('a');
        a.href = href(d.url);
        a.className = 'search-result';
        a.append(d.meta['title'] ?? d.url);
        if (d.meta['kind']) {
          const kind = document.createElement('span');
          kind.className = 'search-kind';
          kind.textContent = d.meta['kind'];
          a.append(' ', kind);
        }
        li.append(a);
        return li;
      }),
    );
    if (search.results.length === 0) {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = href('/models/');
      a.className = 'search-result';
      a.textContent = 'Browse the model directory';
      li.append(a);
      list.append(li);
    }
    list.hidden = false;
    status.textContent = countText(search.results.length, term);
  };

  // Loading starts on intent (this module is imported on focus or typing), so the index is usually
  // ready by the first result.
  void loadPagefind().catch(() => undefined);
  input.addEventListener('input', () => void show(input.value));
  if (input.value) void show(input.value);
  widget.addEventListener('keydown', (e) => {
    const all = links();
    const at = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (e.key === 'Enter' && e.target === input && all[0]) {
      // Enter in the field opens the first result (on a link, Enter follows that link as usual).
      e.preventDefault();
      all[0].click();
    } else if (e.key === 'ArrowDown' && all.length) {
      e.preventDefault();
      list.hidden = false;
      all[Math.min(at + 1, all.length - 1)]!.focus();
    } else if (e.key === 'ArrowUp' && at >= 0) {
      e.preventDefault();
      if (at === 0) input.focus();
      else all[at - 1]!.focus();
    } else if (e.key === 'Escape') {
      if (list.hidden && input.value) input.value = '';
      close();
      input.focus();
    }
  });
  // Clicking or tabbing away from the whole widget hides the list; coming back shows it again.
  widget.addEventListener('focusout', (e) => {
    if (!widget.contains(e.relatedTarget as Node | null)) close();
  });
  // A click on the field brings back the list that Escape or leaving the widget closed.
  input.addEventListener('click', () => {
    if (list.childElementCount) list.hidden = false;
  });
}
