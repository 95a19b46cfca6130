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

const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype)
  .use(rehypeSanitize, { ...defaultSchema, clobberPrefix: 'md-' })
  .use(rehypeStringify);

export function renderMarkdown(md: string): string {
  return String(processor.processSync(md));
}
