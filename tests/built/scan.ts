/**
 * A one-pass scan of a built page for the value-dependent checks of pages.test.ts: rendering
 * accidents in text and attributes, JSON blocks that do not parse or carry null, and internal
 * references to resolve.
 *
 * Why not a DOM: these checks read tokens (a text run, an attribute, a script's body), never the
 * tree, and html-validate's parser took ~15 ms a page (118 s of CI for the real catalogue's ~7,700
 * pages) where this scan takes well under 1 ms. The page's structure is validated by
 * html-validate.test.ts; the tokenizer is the one skeleton.ts feeds it with.
 */
import { TOKEN } from './skeleton';

export const FORBIDDEN = /\bNaN\b|\bundefined\b|\bnull\b|\[object Object\]/;
const URL_ATTRS = new Set(['href', 'src', 'action', 'formaction', 'poster', 'data', 'srcset', 'imagesrcset']);
const ATTR = /([^\s"'>/=]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]*))?/g;
/** Elements whose content is not visible text (only JSON scripts are read, as JSON). */
const RAW = new Set(['script', 'style']);

export interface Ref {
  tag: string;
  attr: string;
  url: string;
}
export interface Scan {
  /** Rendering accidents in visible text or in attribute names/values. */
  text: string[];
  /** JSON blocks that do not parse or hold forbidden values (null too, in JSON-LD). */
  json: string[];
  /** Root-relative references (`/x/`, not `//host`), to resolve against dist/. */
  refs: Ref[];
}

/** The few character references the pages use, decoded so a value reads as the browser sees it. */
const decode = (s: string): string =>
  s.includes('&')
    ? s.replace(/&(?:#(\d+)|#x([0-9a-f]+)|(amp|lt|gt|quot|apos|nbsp));/gi, (_, d, x, n: string | undefined) =>
        d ? String.fromCodePoint(Number(d)) : x ? String.fromCodePoint(parseInt(x, 16)) : ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' } as Record<string, string>)[n!.toLowerCase()]!,
      )
    : s;

function jsonProblems(value: unknown, path: string, ld: boolean, out: string[]): void {
  if (value === null) {
    if (ld) out.push(`${path} is null`);
  } else if (typeof value === 'string') {
    if (FORBIDDEN.test(value)) out.push(`${path} = ${JSON.stringify(value.slice(0, 80))}`);
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => jsonProblems(v, `${path}[${i}]`, ld, out));
  } else if (typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) jsonProblems(v, `${path}.${k}`, ld, out);
  }
}

/** Scans one page; `rel` names it in the messages. */
export function scanHtml(rel: string, html: string): Scan {
  const out: Scan = { text: [], json: [], refs: [] };
  const re = new RegExp(TOKEN.source, 'y');
  let i = 0;
  while (i < html.length) {
    re.lastIndex = i;
    const m = re.exec(html);
    const tok = m ? m[0] : html.slice(i);
    i += tok.length || 1;
    if (tok.startsWith('<!--') || tok.startsWith('<!') || tok.startsWith('</')) continue;
    if (!tok.startsWith('<') || tok === '<') {
      const f = FORBIDDEN.exec(tok);
      if (f) out.text.push(`${rel}: text "${decode(tok).trim().slice(0, 100)}" contains ${f[0]}`);
      continue;
    }
    const tag = /^<([^\s/>]*)/.exec(tok)![1]!.toLowerCase();
    const attrs = new Map<string, string>();
    const rest = tok.slice(tag.length + 1).replace(/\/?>$/, '');
    for (const a of rest.matchAll(ATTR)) {
      const key = a[1]!.toLowerCase();
      const raw = a[2] ?? '';
      const v = decode(raw[0] === '"' || raw[0] === "'" ? raw.slice(1, -1) : raw);
      attrs.set(key, v);
      const f = FORBIDDEN.exec(v) ?? FORBIDDEN.exec(key);
      if (f) out.text.push(`${rel}: <${tag} ${key}="${v.slice(0, 100)}"> contains ${f[0]}`);
      if (URL_ATTRS.has(key)) {
        const urls = key.endsWith('srcset') ? v.split(',').map((c) => c.trim().split(/\s+/)[0] ?? '') : [v.trim()];
        for (const url of urls) if (url.startsWith('/') && !url.startsWith('//')) out.refs.push({ tag, attr: key, url });
      }
    }
    if (RAW.has(tag) && !tok.endsWith('/>')) {
      const close = new RegExp(`</${tag}\\s*>`, 'ig');
      close.lastIndex = i;
      const c = close.exec(html);
      const body = html.slice(i, c ? c.index : html.length);
      i = c ? c.index + c[0].length : html.length;
      const type = (attrs.get('type') ?? '').toLowerCase();
      if (tag === 'script' && /(^|\/|\+)json$/.test(type)) {
        const ld = type === 'application/ld+json';
        try {
          jsonProblems(JSON.parse(body), `${rel} <script type="${type}">`, ld, out.json);
        } catch (e) {
          out.json.push(`${rel}: <script type="${type}"> does not parse: ${(e as Error).message}`);
        }
      }
    }
  }
  return out;
}
