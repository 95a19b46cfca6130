import { describe, expect, test } from 'vitest';
import { CSP, SECURITY_HEADERS, cspValue, headersFile } from './headers';

describe('site headers', () => {
  test('the CSP stays strict: same-origin scripts and styles, nothing inline, no plugins, no framing', () => {
    expect(CSP['script-src']).toContain("'self'");
    expect(CSP['object-src']).toEqual(["'none'"]);
    expect(CSP['frame-ancestors']).toEqual(["'none'"]);
    expect(cspValue()).not.toMatch(/unsafe-inline|(?<!wasm-)unsafe-eval|\*/);
    expect(SECURITY_HEADERS['Content-Security-Policy']).toBe(cspValue());
  });

  test('one directive is one list: adding a source is a one-line change', () => {
    const added = cspValue({ ...CSP, 'script-src': [...CSP['script-src']!, 'https://cdn.example'] });
    expect(added).toContain(`script-src ${[...CSP['script-src']!, 'https://cdn.example'].join(' ')};`);
    // Today's list: same-origin scripts and WebAssembly compilation for Pagefind, nothing else.
    expect(CSP['script-src']).toEqual(["'self'", "'wasm-unsafe-eval'"]);
  });

  test('_headers has one rule for every path of the site, under its base path', () => {
    const root = headersFile('/').split('\n');
    expect(root).toContain('/*');
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(root).toContain(`  ${name}: ${value}`);
    expect(headersFile('/sub/').split('\n')).toContain('/sub/*');
    expect(headersFile('/sub').split('\n')).toContain('/sub/*');
  });
});
