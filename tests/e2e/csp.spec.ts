/** (e) The CSP of src/headers.ts is served, nothing on the main pages violates it, and it bites. */
import { expect, test, type Page } from '@playwright/test';
import { MAIN_PAGES, TEMPLATES } from './pages';

/** Collects CSP violations from both the console and the DOM `securitypolicyviolation` event. */
async function watchCsp(page: Page): Promise<string[]> {
  const seen: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) seen.push(`console: ${m.text()}`);
  });
  await page.exposeFunction('__reportCsp', (s: string) => seen.push(`event: ${s}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __reportCsp(s: string): void }).__reportCsp(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`);
    });
  });
  return seen;
}

/** The script-src directive exactly: same-origin scripts, and WebAssembly compilation for the site search (Pagefind); no eval, no inline. */
const SCRIPT_SRC = "script-src 'self' 'wasm-unsafe-eval'";

/**
 * The 404 template is loaded as /404.html: `astro preview` sends `server.headers` with the files it
 * finds but not with its 404 answer (its preview plugin writes that response itself, and user Vite
 * plugins are not loaded in preview), whereas static hosts apply _headers (`/*`) to every response.
 * The page's markup under the policy is what this checks; a11y.spec.ts checks the 404 status.
 */
const underHeaders = (path: string, status: number) => (status === 404 ? { path: '/404.html', status: 200 } : { path, status });

for (const template of TEMPLATES) {
  const { path, status } = underHeaders(template.path, template.status);
  test(`CSP: ${path} is served with the security headers and violates nothing`, async ({ page }) => {
    const violations = await watchCsp(page);
    const res = await page.goto(path, { waitUntil: 'networkidle' });
    expect(res?.status()).toBe(status);
    const h = res!.headers();
    expect(h['content-security-policy']!.split(/;\s*/)).toContain(SCRIPT_SRC);
    expect(h['content-security-policy']).toContain("default-src 'self'");
    expect(h['content-security-policy']).toContain("object-src 'none'");
    expect(h['x-content-type-options']).toBe('nosniff');
    expect(h['x-frame-options']).toBe('DENY');
    expect(h['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(violations).toEqual([]);
  });
}

test('CSP: an injected inline script is blocked (the policy is in force)', async ({ page }) => {
  const violations = await watchCsp(page);
  await page.goto(MAIN_PAGES[0]);
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__inline = 1';
    document.body.append(s);
  });
  await expect.poll(() => violations.length).toBeGreaterThan(0);
  expect(await page.evaluate(() => (window as unknown as { __inline?: number }).__inline)).toBeUndefined();
});

test('CSP: the site search (Pagefind, its worker and WASM) runs without a violation', async ({ page }) => {
  const violations = await watchCsp(page);
  await page.goto(MAIN_PAGES[1]);
  await page.getByRole('searchbox').first().fill('phi');
  await expect(page.locator('#header-search-results a').first()).toBeVisible();
  expect(violations).toEqual([]);
});
