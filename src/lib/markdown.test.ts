import { describe, expect, it } from 'vitest';
import { jsonLdScript } from './jsonld';
import { renderMarkdown } from './markdown';

describe('renderMarkdown', () => {
  const hostile = 'Hi <script>alert(1)</script> **bold** <a href="javascript:alert(2)">x</a> [y](javascript:alert(3)) <img src=x onerror=alert(4)>';
  const html = renderMarkdown(hostile);
  it('drops scripts, handlers and javascript: URLs', () => {
    expect(html).not.toMatch(/<script|onerror|javascript:/i);
  });
  it('keeps ordinary Markdown', () => {
    expect(html).toContain('<strong>bold</strong>');
    expect(renderMarkdown('## Best for\n\n- JSON output')).toBe('<h2>Best for</h2>\n<ul>\n<li>JSON output</li>\n</ul>');
  });
  it('puts root-relative links and images under the base path, leaving other URLs alone', () => {
    const out = renderMarkdown('[a](/models/x/) [b](https://x.dev/y) [c](#z) ![d](/img.png) [e](//host/p)', '/sub');
    expect(out).toContain('href="/sub/models/x/"');
    expect(out).toContain('href="https://x.dev/y"');
    expect(out).toContain('href="#z"');
    expect(out).toContain('src="/sub/img.png"');
    expect(out).toContain('href="//host/p"');
    expect(renderMarkdown('[a](/models/x/)')).toContain('href="/models/x/"');
  });
  it('prefixes ids so data cannot clobber page ids', () => {
    expect(renderMarkdown('[^1]\n\n[^1]: note')).not.toMatch(/id="fn-1"/);
  });
});

describe('jsonLdScript', () => {
  it('cannot close its script element and parses back to the same value', () => {
    const data = { name: 'Mallory </script><script>window.__pwned=1</script> & co', x: '\u2028' };
    const out = jsonLdScript(data);
    expect(out).not.toMatch(/<|>/);
    expect(JSON.parse(out)).toEqual(data);
  });
});
