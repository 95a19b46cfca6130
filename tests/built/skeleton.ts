/**
 * The "skeleton" of a built page: the same HTML token stream with the page's own words taken out,
 * so that the ~7,700 pages of the real catalogue fall into a few hundred distinct structures and
 * html-validate (≈50–100 ms a page here) runs once per structure instead of once per page.
 *
 * Why this rather than worker threads: workers divide the time by the cores, and CI has two cores
 * shared with everything else, so 410 s would at best become ~200 s; the structures are ~30× fewer
 * than the pages, and the per-page, value-dependent facts (NaN/undefined in text, one canonical,
 * unique titles, links that resolve) are checked on every page by pages.test.ts and seo.test.ts.
 *
 * The skeleton must give html-validate the same verdict as the page. It is a rewrite of the tokens,
 * never a re-serialisation, so everything syntactic (quoting, case, spacing, `/>`, comments with
 * `html-validate-disable` directives, doctype, BOM) is the page's own. What is rewritten, and why
 * each rule of `html-validate:recommended` still sees what decides it:
 * - Text: runs of ordinary characters become `x`, words separated by spaces collapse to one `x`.
 *   Kept verbatim: every `&…` sequence and `< > " ' \` =` (no-raw-characters, unrecognized-char-ref),
 *   whitespace and newlines (no-trailing-whitespace), and whether a text is empty (empty-heading,
 *   empty-title, text-content, wcag/h30). A `<title>` longer than LONG_TITLE raw characters is kept
 *   whole (long-title judges its length).
 * - Free-text attribute values (FREE_TEXT: href, src, alt, title, content, data-*, …) get the same
 *   text rewrite, so emptiness and raw characters survive (wcag/h37, area-alt, no-raw-characters).
 *   A URL keeps its scheme, `//`, `/` or `#` prefix; `javascript:` and `tel:` URLs stay whole.
 *   `<meta http-equiv>` keeps its content (meta-refresh).
 * - Ids and the attributes that refer to ids (for, aria-labelledby, headers, list, `#fragment`, …)
 *   are renamed `i1, i2, …` in order of first appearance on the page: equal stays equal, a missing
 *   target stays missing (no-dup-id, valid-for, input-missing-label, multiple-labeled-controls,
 *   no-redundant-for). Only ids that are plainly valid are renamed (valid-id sees the odd ones).
 *   `name` (form-dup-name, map-dup-name) and `aria-label` (unique-landmark) get their own renaming;
 *   aria-label on form controls stays whole (no-redundant-aria-label compares it with the label).
 * - Every other attribute value stays whole (class: no-dup-class; type, rel, role, tabindex:
 *   attribute-allowed-values and the role rules; style: no-inline-style).
 * - Raw text of `<script>`/`<style>` becomes `x` (kept whole if it holds `<!--` or `<script`).
 * - Runs of identical sibling subtrees (table rows, list items) are cut to two copies: two still
 *   trip every rule about duplicates (permitted occurrences, no-dup-id, unique-landmark,
 *   no-multiple-main), and no recommended rule counts to three. Only done when the page's tags nest
 *   cleanly (every element closed by its own end tag); otherwise the page keeps all its siblings.
 *
 * A structure that fails is re-checked on its real pages, and only real pages' messages are
 * reported (with their true lines), so a rewrite can never invent an error; skeleton.test.ts shows
 * on planted faults that it does not hide one.
 */
import { readFileSync } from 'node:fs';
import { HtmlValidate, StaticConfigLoader, type ConfigData, type ResolvedConfig } from 'html-validate';

/** html-validate's long-title default (characters); a longer raw `<title>` is kept whole. */
export const LONG_TITLE = 70;

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title']);
/** Attributes whose values are words or URLs from the data, not a fixed vocabulary. */
const FREE_TEXT = new Set(['href', 'src', 'srcset', 'action', 'poster', 'cite', 'title', 'alt', 'content', 'value', 'placeholder', 'datetime', 'label', 'summary']);
/** Attributes that hold one or more id references. */
const ID_REFS = new Set(['for', 'aria-labelledby', 'aria-describedby', 'aria-controls', 'aria-owns', 'aria-activedescendant', 'aria-details', 'aria-errormessage', 'aria-flowto', 'headers', 'list', 'form', 'popovertarget', 'commandfor', 'usemap']);
const FORM_CONTROLS = new Set(['input', 'select', 'textarea', 'button']);
const PLAIN_ID = /^[A-Za-z][A-Za-z0-9_-]*$/;

/** Words → `x`; keeps `&…` sequences, HTML-significant characters and whitespace. */
export function maskText(s: string): string {
  return s
    .replace(SAFE_REF, 'x')
    .replace(/&[#A-Za-z0-9]*;?|[^&<>"'`=\s]+/g, (m) => (m.startsWith('&') ? m : 'x'))
    .replace(/x(?:[ \t]*x)+/g, 'x');
}

/** Character references that every rule accepts: they read as ordinary characters. */
const SAFE_REF = /&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|amp|lt|gt|quot|apos|nbsp);/g;

function maskUrl(v: string): string {
  if (/^\s*(javascript|tel|data|vbscript):/i.test(v)) return v;
  const prefix = /^(?:[A-Za-z][A-Za-z0-9+.-]*:)?(?:\/\/)?\/?/.exec(v)?.[0] ?? '';
  // Inside a quoted URL only an ambiguous `&` is ever flagged (no-raw-characters).
  return prefix + maskText(v.slice(prefix.length).replace(/[=]/g, 'x'));
}

class Renamer {
  private map = new Map<string, string>();
  constructor(private readonly prefix: string) {}
  get(v: string): string {
    let r = this.map.get(v);
    if (!r) this.map.set(v, (r = `${this.prefix}${this.map.size + 1}`));
    return r;
  }
}

interface Node {
  tag: string;
  plain?: string;
  open: string;
  children: (Node | string)[];
  close: string;
}

/** Parents whose children's order no rule reads (rows of a table body, items of a list). */
const UNORDERED = new Set(['tbody', 'ul', 'ol']);

/**
 * Serialises with repeated things cut: whitespace-only text without a newline goes (no rule reads
 * it), only the first masked text `x` of an element stays (the rules ask whether an element has
 * text, not how much), consecutive identical siblings are cut to two, and under an UNORDERED parent
 * the distinct children are sorted and each kept at most twice.
 * With `blocks`, each child of `<main>` whose markup (ids renumbered from 1) already appeared under
 * the same ancestors in an earlier page becomes its residue (see residue()).
 */
function emit(children: (Node | string)[], parentTag: string, path: string, blocks: Set<string> | undefined, depth: number): string {
  let sawText = false;
  const parts: string[] = [];
  for (const c of children) {
    if (typeof c !== 'string') {
      // depth counts levels below <main>: 0 outside it, 1 for its children.
      const d = depth > 0 ? depth + 1 : parentTag === 'main' ? 1 : 0;
      if (blocks && d > 0 && d <= BLOCK_DEPTH && FLOW_BLOCK.has(c.tag)) {
        const key = path + localize(plain(c));
        if (blocks.has(key)) {
          parts.push(c.open + residue(c.children) + c.close);
          continue;
        }
        blocks.add(key);
      }
      parts.push(c.open + emit(c.children, c.tag, path + c.open, blocks, d) + c.close);
      continue;
    }
    if (!c.includes('\n') && !c.trim()) continue;
    if (c.trim() === 'x') {
      if (sawText) continue;
      sawText = true;
    }
    parts.push(c);
  }
  if (UNORDERED.has(parentTag) && !parts.some((p) => /<h[1-6]\b/i.test(p))) {
    const counts = new Map<string, number>();
    for (const p of parts) counts.set(p, Math.min(2, (counts.get(p) ?? 0) + 1));
    return [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([p, n]) => p.repeat(n)).join('');
  }
  let out = '';
  let run = 0;
  for (let i = 0; i < parts.length; i++) {
    run = i > 0 && parts[i] === parts[i - 1] ? run + 1 : 1;
    if (run <= 2) out += parts[i];
  }
  return out;
}

/**
 * Elements whose content model takes the residue (spans, headings, landmarks) of a known block.
 * Table cells, list items and figures count: a pricing or benchmark table is new on almost every
 * page as a whole (its mix of rows is the pair's), while each of its cells has been seen before, so
 * with cells as blocks the real catalogue's 7,267 pages validate as 1,833 documents instead of 3,177
 * (86 → 55 s here). A row (`tr`) cannot be a block: a residue's spans are not allowed in it.
 */
const FLOW_BLOCK = new Set(['section', 'div', 'article', 'aside', 'nav', 'header', 'footer', 'td', 'th', 'li', 'dd', 'figure']);
/** How deep under <main> blocks are looked for: 3 reaches the sections inside a page's wrapper, 9 the cells of their tables. */
const BLOCK_DEPTH = 9;

/** A node's skeleton without any block replaced (memoised: it is the block's key). */
function plain(n: Node): string {
  return (n.plain ??= n.open + emit(n.children, n.tag, '', undefined, 0) + n.close);
}

/** Renumbers the renamed ids, names and labels of a block from 1, so equal blocks of two pages compare equal. */
function localize(block: string): string {
  const maps = new Map<string, Map<string, number>>();
  return block.replace(/(?<=["'\s#>])([inl])(\d+)(?=["'\s<])/g, (_, k: string, n: string) => {
    const m = maps.get(k) ?? maps.set(k, new Map()).get(k)!;
    if (!m.has(n)) m.set(n, m.size + 1);
    return `${k}${m.get(n)}`;
  });
}

const LANDMARK = new Set(['main', 'nav', 'aside', 'section', 'form', 'search', 'header', 'footer']);
const HEADING = /^h[1-6]$/;

/**
 * What a block already validated elsewhere still contributes to the rules that look across the whole
 * page: every id (no-dup-id, references), with the text that may name a landmark; every heading in
 * order (heading-level, should the config enable it); every landmark with its name (unique-landmark, no-multiple-main). The
 * block's own markup passed html-validate under the same ancestors in the page where it first
 * appeared.
 */
function residue(children: (Node | string)[]): string {
  let out = '';
  const walk = (nodes: (Node | string)[]) => {
    for (const c of nodes) {
      if (typeof c === 'string') continue;
      const id = /\sid\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/i.exec(c.open)?.[0] ?? '';
      const text = c.children.filter((t): t is string => typeof t === 'string' && !!t.trim() && t.trim() !== 'x').join('').trim();
      if (HEADING.test(c.tag)) out += `<${c.tag}${id}>${text || 'x'}</${c.tag}>`;
      else if (LANDMARK.has(c.tag) && /\saria-label(ledby)?\s*=/i.test(c.open)) {
        out += `${c.open}${id && !/\sid\s*=/i.test(c.open) ? '' : ''}${c.tag === 'form' ? '' : 'x'}</${c.tag}>`;
        walk(c.children);
        continue;
      } else if (id) out += `<span${id}>${text}</span>`;
      walk(c.children);
    }
  };
  walk(children);
  return out;
}

export const TOKEN = /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<![^>]*>?|<\/?[A-Za-z][^\s/>]*(?:\s*(?:[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]*))?|\/(?!>)))*\s*\/?>|[^<]+|</;
const ATTR = /([^\s"'>/=]+)(\s*=\s*)?("[^"]*"|'[^']*'|[^\s>]*)?/g;

/** The page's skeleton (see above). */
export function skeleton(html: string, blocks?: Set<string>): string {
  const ids = new Renamer('i');
  const names = new Renamer('n');
  const labels = new Renamer('l');
  const mapId = (v: string) => (PLAIN_ID.test(v) ? ids.get(v) : v);

  const maskValue = (tag: string, name: string, value: string, attrs: string): string => {
    const n = name.toLowerCase();
    if (n === 'id') return mapId(value);
    if (ID_REFS.has(n)) return value.replace(/\S+/g, (t) => (n === 'usemap' && t.startsWith('#') ? `#${mapId(t.slice(1))}` : mapId(t)));
    if (n === 'name') return PLAIN_ID.test(value) && tag !== 'meta' ? names.get(value) : value;
    if (n === 'aria-label') return FORM_CONTROLS.has(tag) || !value.trim() ? value : labels.get(value);
    if (n === 'content' && tag === 'meta' && /\bhttp-equiv\s*=/i.test(attrs)) return value;
    if (n === 'href' && value.startsWith('#') && PLAIN_ID.test(value.slice(1))) return `#${mapId(value.slice(1))}`;
    if (n === 'href' || n === 'src' || n === 'action' || n === 'poster' || n === 'cite') return maskUrl(value);
    if (FREE_TEXT.has(n) || n.startsWith('data-')) return maskText(value);
    // no-dup-class is the only rule that reads class names, and only their repetition.
    if (n === 'class') return new Set(value.split(/\s+/).filter(Boolean)).size === value.split(/\s+/).filter(Boolean).length && value.trim() ? 'x' : value;
    return value;
  };

  const rewriteTag = (tag: string, raw: string): string => {
    const nameEnd = /^<\/?[^\s/>]*/.exec(raw)![0].length;
    const rest = raw.slice(nameEnd);
    return (
      raw.slice(0, nameEnd) +
      rest.replace(ATTR, (m, name: string, eq: string | undefined, val: string | undefined) => {
        if (!eq || val === undefined) return m;
        const q = val[0] === '"' || val[0] === "'" ? val[0] : '';
        const inner = q ? val.slice(1, -1) : val;
        return `${name}${eq}${q}${maskValue(tag, name, inner, rest)}${q}`;
      })
    );
  };

  const root: Node = { tag: '', open: '', children: [], close: '' };
  const stack: Node[] = [root];
  const names_: string[] = [''];
  const hasId: boolean[] = [false];
  let clean = true;
  const flat: string[] = [];
  const push = (s: string) => {
    flat.push(s);
    stack[stack.length - 1]!.children.push(s);
  };

  let i = 0;
  TOKEN.lastIndex = 0;
  const re = new RegExp(TOKEN.source, 'y');
  while (i < html.length) {
    re.lastIndex = i;
    const m = re.exec(html);
    const tok = m ? m[0] : html.slice(i);
    i += tok.length || 1;
    if (!tok.startsWith('<') || tok === '<' || tok.startsWith('<!')) {
      // Text directly in an element with an id may name a landmark (aria-labelledby): unique-landmark
      // compares those names, so equal texts get equal tokens and different ones different tokens.
      const labelled = hasId[hasId.length - 1] && tok.trim() && !/[&<>"'`=]/.test(tok);
      push(tok.startsWith('<') ? tok : labelled ? tok.replace(/\S(?:.*\S)?/s, (t) => labels.get(t)) : maskText(tok));
      continue;
    }
    const end = tok.startsWith('</');
    const tag = /^<\/?([^\s/>]*)/.exec(tok)![1]!.toLowerCase();
    const out = rewriteTag(tag, tok);
    if (end) {
      flat.push(out);
      if (names_[names_.length - 1] === tag && stack.length > 1) {
        stack.pop()!.close = out;
        names_.pop();
        hasId.pop();
      } else {
        clean = false;
        stack[stack.length - 1]!.children.push(out);
      }
      continue;
    }
    const foreign = names_.includes('svg') || names_.includes('math') || tag === 'svg' || tag === 'math';
    const selfClosed = tok.endsWith('/>');
    if (VOID.has(tag) || (selfClosed && foreign)) {
      push(out);
      continue;
    }
    if (selfClosed) clean = false;
    if (RAW_TEXT.has(tag)) {
      const close = new RegExp(`</${tag}\\s*>`, 'ig');
      close.lastIndex = i;
      const c = close.exec(html);
      const body = html.slice(i, c ? c.index : html.length);
      i = c ? c.index + c[0].length : html.length;
      let masked: string;
      if (tag === 'title') masked = body.length > LONG_TITLE ? body : maskText(body);
      else if (tag === 'textarea') masked = maskText(body);
      else masked = /<!--|<script/i.test(body) || !body.trim() ? body : 'x';
      const closeTok = c ? c[0] : '';
      flat.push(out, masked, closeTok);
      stack[stack.length - 1]!.children.push({ tag, open: out, children: [masked], close: closeTok });
      continue;
    }
    const node: Node = { tag, open: out, children: [], close: '' };
    flat.push(out);
    stack[stack.length - 1]!.children.push(node);
    stack.push(node);
    names_.push(tag);
    hasId.push(/\sid\s*=/i.test(tok));
  }
  if (stack.length > 1) clean = false;
  return clean ? emit(root.children, '', '', blocks, 0) : flat.join('');
}

/** The repo's .htmlvalidate.json, resolved once (resolving it per page cost ~10 ms a call). */
class OnceConfigLoader extends StaticConfigLoader {
  private resolved?: ResolvedConfig | Promise<ResolvedConfig>;
  override getConfigFor(handle: string, override?: ConfigData): ResolvedConfig | Promise<ResolvedConfig> {
    return override ? super.getConfigFor(handle, override) : (this.resolved ??= super.getConfigFor(handle));
  }
}

export function siteValidator(configFile = '.htmlvalidate.json'): HtmlValidate {
  const { $schema: _, ...config } = JSON.parse(readFileSync(configFile, 'utf8')) as ConfigData & { $schema?: string };
  return new HtmlValidate(new OnceConfigLoader(config));
}

export interface SiteValidation {
  /** `page:line:column rule: message`, from the real pages only. */
  problems: string[];
  pages: number;
  documents: number;
  blocks: number;
}

/**
 * html-validate over every page through skeletons: each distinct skeleton is validated once; one
 * that fails sends its real pages (up to MAX_RECHECK) through html-validate, and only their
 * messages count, with the pages' true lines.
 */
export async function validateSite(pages: string[], read: (page: string) => string, validator = siteValidator()): Promise<SiteValidation> {
  const blocks = new Set<string>();
  const docs = new Map<string, string[]>();
  for (const page of pages) {
    const doc = skeleton(read(page), blocks);
    const group = docs.get(doc);
    if (group) group.push(page);
    else docs.set(doc, [page]);
  }
  const problems: string[] = [];
  for (const [doc, group] of docs) {
    const result = await validator.validateString(doc, group[0]!);
    if (result.valid) continue;
    for (const page of group.slice(0, MAX_RECHECK)) {
      const real = await validator.validateString(read(page), page);
      for (const r of real.results) for (const m of r.messages) problems.push(`${page}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
  }
  return { problems, pages: pages.length, documents: docs.size, blocks: blocks.size };
}

/** Real pages re-validated per failing skeleton (a fault shared by thousands of pages needs only a few named). */
const MAX_RECHECK = 20;
