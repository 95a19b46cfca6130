/**
 * Markdown from data files to HTML that is safe to inject: raw HTML in the source is dropped by
 * remark-rehype, and rehype-sanitize (GitHub's schema) strips scripts, event handlers and
 * javascript: URLs from what is left.
 */
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';

/** A hast node, as far as the link rewrite reads it. */
interface HastNode {
  type: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

/**
 * Prefixes root-relative link and image URLs ("/models/x/") with the site's base path, so a data
 * file's internal link works when the site lives under a sub-path. Absolute, protocol-relative
 * ("//host") and fragment URLs are left alone.
 */
function withBase(base: string) {
  const fix = (v: unknown) => (typeof v === 'string' && v.startsWith('/') && !v.startsWith('//') ? `${base}${v}` : v);
  const walk = (node: HastNode) => {
    if (node.type === 'element' && node.properties) {
      if ('href' in node.properties) node.properties['href'] = fix(node.properties['href']);
      if ('src' in node.properties) node.properties['src'] = fix(node.properties['src']);
    }
    node.children?.forEach(walk);
  };
  return () => (tree: HastNode) => walk(tree);
}

const processors = new Map<string, ReturnType<typeof makeProcessor>>();
function makeProcessor(base: string) {
  return unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkRehype)
    .use(rehypeSanitize, { ...defaultSchema, clobberPrefix: 'md-' })
    .use(withBase(base))
    .use(rehypeStringify);
}

/** Safe HTML from Markdown; `base` is the site's base path without a trailing slash ("" at a domain's root). */
export function renderMarkdown(md: string, base = ''): string {
  let p = processors.get(base);
  if (!p) processors.set(base, (p = makeProcessor(base)));
  return String(p.processSync(md));
}
