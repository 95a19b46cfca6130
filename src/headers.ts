/**
 * The response headers of the site, defined once. The build writes them to dist/_headers for hosts
 * that read that file (Cloudflare Pages, Netlify; src/integrations/headers.ts), and `astro preview`
 * (`npm run serve`, the Playwright servers) sends them, so the tests see what production serves.
 *
 * The CSP allows only same-origin scripts and styles: astro.config.mjs sets
 * build.inlineStylesheets: 'never' and Vite never inlines scripts, and JSON data blocks
 * (`application/json`, `application/ld+json`) are not executed, so nothing needs 'unsafe-inline'.
 * 'wasm-unsafe-eval' lets Pagefind (the site search) compile its WebAssembly; it allows no eval of
 * script text. To allow something more, add it to its directive's list below: one line.
 */
export const CSP: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'self'"],
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
  'upgrade-insecure-requests': [],
};

export const cspValue = (csp: Readonly<Record<string, readonly string[]>> = CSP): string =>
  Object.entries(csp)
    .map(([directive, sources]) => [directive, ...sources].join(' '))
    .join('; ');

/** Every header the site sends with every response. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': cspValue(),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Frame-Options': 'DENY',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
};

/**
 * dist/_headers in the format Cloudflare Pages and Netlify read: a path pattern at column 0 (`*`
 * splat), then indented `Name: value` lines. `base` is the site's base path ("/" at the root), so a
 * site under /sub/ matches its own paths.
 */
export function headersFile(base = '/'): string {
  const prefix = base.replace(/\/+$/, '');
  return (
    [
      '# Generated at build from src/headers.ts (src/integrations/headers.ts): edit that file, not this one.',
      `${prefix}/*`,
      ...Object.entries(SECURITY_HEADERS).map(([name, value]) => `  ${name}: ${value}`),
    ].join('\n') + '\n'
  );
}
