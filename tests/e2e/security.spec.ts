/**
 * (c) Hostile data cannot run script. Runs in the `hostile` project against dist-hostile/, built from
 * tests/fixtures/hostile (whose model name, lab, tags, notes and Markdown body carry <script>,
 * </script> break-outs, javascript: links and on* handlers) and served WITHOUT the CSP, so a pass
 * means the HTML itself is safe, not merely that the CSP blocked a hole.
 */
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';

const DIST = fileURLToPath(new URL(`../../${process.env.E2E_HOSTILE_DIST ?? 'dist-hostile'}/`, import.meta.url));
const HOSTILE = 'mallory-7b';
const MODEL = `/models/${HOSTILE}/`;
const PAIR = `/compare/${HOSTILE}-vs-plain-2b/`;

/** Every HTML page of the hostile build, as URL paths. */
function builtPages(): string[] {
  if (!existsSync(DIST)) throw new Error(`${DIST} is missing: run \`npm run build:hostile\` first`);
  const files = readdirSync(DIST, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
  return files
    .map((f) => '/' + f.split('\\').join('/'))
    .map((p) => (p.endsWith('/index.html') ? p.slice(0, -'index.html'.length) : p))
    .sort();
}
const PAGES = builtPages();

test('hostile build contains the home, model and pair pages', () => {
  expect(PAGES).toEqual(expect.arrayContaining(['/', MODEL, PAIR]));
});

// The hole must show in the HTML itself, so this server sends no CSP (PREVIEW_HEADERS=off).
test('hostile build is served without the CSP', async ({ request }) => {
  const res = await request.get('/');
  expect(res.status()).toBe(200);
  expect(res.headers()['content-security-policy']).toBeUndefined();
});

/** Findings in the live DOM that would let data run script. Runs in the page. */
function domFindings(): string[] {
  const out: string[] = [];
  const jsTypes = new Set(['', 'module', 'text/javascript', 'application/javascript', 'text/ecmascript', 'application/ecmascript']);
  for (const s of Array.from(document.scripts)) {
    const type = (s.getAttribute('type') ?? '').trim().toLowerCase();
    if (jsTypes.has(type) && /__pwned/.test(s.textContent ?? '')) out.push(`executable <script> with payload: ${s.outerHTML.slice(0, 120)}`);
    if (type === 'application/ld+json') {
      try {
        JSON.parse(s.textContent ?? '');
      } catch (e) {
        out.push(`JSON-LD does not parse (a break-out?): ${String(e)}`);
      }
    }
  }
  for (const el of Array.from(document.querySelectorAll('*'))) {
    for (const a of Array.from(el.attributes)) {
      if (/^on/i.test(a.name)) out.push(`<${el.localName} ${a.name}="${a.value.slice(0, 60)}">`);
      if (/^\s*(javascript|vbscript|data):/i.test(a.value) && /^(href|src|action|formaction|xlink:href|srcdoc|data)$/i.test(a.name))
        out.push(`<${el.localName} ${a.name}="${a.value.slice(0, 60)}">`);
    }
    if (/^(iframe|object|embed|frame)$/i.test(el.localName)) out.push(`<${el.localName}> element from data`);
  }
  return out;
}

for (const path of PAGES) {
  test(`hostile data: ${path} runs no injected script`, async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(`${d.type()}: ${d.message()}`);
      void d.dismiss();
    });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const res = await page.goto(path, { waitUntil: 'networkidle' });
    expect(res?.status(), `${path} should be served`).toBe(200);

    // Let broken <img onerror> and similar fire, then look for every payload's global.
    await page.waitForTimeout(100);
    const pwned = await page.evaluate(() => Object.keys(window).filter((k) => k.startsWith('__pwned')));
    expect(pwned, 'globals set by injected script').toEqual([]);
    expect(dialogs, 'dialogs opened').toEqual([]);
    expect(await page.evaluate(domFindings)).toEqual([]);
    expect(errors, 'uncaught page errors').toEqual([]);
  });
}

test('hostile data: the model name is shown as text (or stripped), never as markup', async ({ page }) => {
  await page.goto(MODEL);
  const h1 = page.getByRole('heading', { level: 1 });
  await expect(h1).toContainText('Mallory');
  // The payload may appear as literal text, but no element may have been created from it.
  expect(await h1.locator('script, img, iframe, svg').count()).toBe(0);
  const text = (await h1.textContent()) ?? '';
  if (text.includes('<')) expect(text).toContain('<script>window.__pwned=1</script>');
});

test('hostile data: the pair page names the hostile model as text', async ({ page }) => {
  await page.goto(PAIR);
  const h1 = page.getByRole('heading', { level: 1 });
  await expect(h1).toContainText('Mallory');
  await expect(h1).toContainText('Plain-2B');
  expect(await h1.locator('script, img, iframe, svg').count()).toBe(0);
});
