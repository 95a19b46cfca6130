#!/usr/bin/env node
/**
 * Serves a built site folder the way a static host (Cloudflare Pages, Netlify) would, including
 * the response headers declared in its `_headers` file. Used by Playwright's webServer, because
 * `astro preview` ignores `_headers` and so cannot test the CSP.
 *
 * usage: node scripts/serve-dist.mjs [dir=dist] [port=4321] [--no-headers]
 *   --no-headers  ignore `_headers` (the hostile-data site is served without CSP, so the XSS test
 *                 checks the HTML escaping itself rather than the CSP that would hide a hole)
 * env: HOST (default 127.0.0.1)
 *
 * Dependency-free on purpose: it must start before anything else is known to work.
 */
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';

const args = process.argv.slice(2);
const flags = new Set(args.filter((a) => a.startsWith('--')));
const [dirArg = 'dist', portArg] = args.filter((a) => !a.startsWith('--'));
const root = resolve(dirArg);
const port = Number(portArg ?? process.env.PORT ?? 4321);
const host = process.env.HOST ?? '127.0.0.1';

if (!existsSync(root) || !statSync(root).isDirectory()) {
  console.error(`serve-dist: ${root} is not a folder. Build the site first (npm run build, or npm run build:hostile).`);
  process.exit(1);
}
if (!Number.isInteger(port) || port <= 0 || port > 65535) {
  console.error(`serve-dist: "${portArg}" is not a port number`);
  process.exit(1);
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
  '.pf_meta': 'application/octet-stream',
  '.wasm': 'application/wasm',
};

/**
 * Parses the `_headers` format: a URL pattern at column 0, then indented `Name: value` lines.
 * In patterns `*` matches anything (including `/`) and `:name` one path segment.
 * @returns {{ pattern: string, re: RegExp, headers: [string, string][] }[]}
 */
function parseHeadersFile(text) {
  const rules = [];
  let current = null;
  for (const line of text.split(/\r?\n/)) {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const src = trimmed
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*')
        .replace(/:[A-Za-z]\w*/g, '[^/]+');
      current = { pattern: trimmed, re: new RegExp(`^${src}$`), headers: [] };
      rules.push(current);
    } else if (current) {
      const colon = trimmed.indexOf(':');
      if (colon > 0) current.headers.push([trimmed.slice(0, colon).trim(), trimmed.slice(colon + 1).trim()]);
    }
  }
  return rules;
}

const headersFile = join(root, '_headers');
const rules = !flags.has('--no-headers') && existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];

/** Maps a URL path to a file inside root: `/a/` → a/index.html, `/a` → a, a.html or a/ (redirect). */
async function resolvePath(pathname) {
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return { kind: 'missing' };
  }
  if (decoded.includes('\0')) return { kind: 'missing' };
  const file = resolve(root, '.' + decoded);
  if (file !== root && !file.startsWith(root + sep)) return { kind: 'missing' }; // path traversal
  const info = await stat(file).catch(() => null);
  if (info?.isDirectory()) {
    if (!pathname.endsWith('/')) return { kind: 'redirect', location: pathname + '/' };
    const index = join(file, 'index.html');
    return existsSync(index) ? { kind: 'file', file: index } : { kind: 'missing' };
  }
  if (info?.isFile()) return { kind: 'file', file };
  if (!extname(file) && existsSync(file + '.html')) return { kind: 'file', file: file + '.html' };
  return { kind: 'missing' };
}

function applyHeaders(res, pathname) {
  for (const rule of rules) if (rule.re.test(pathname)) for (const [name, value] of rule.headers) res.setHeader(name, value);
}

const server = createServer(async (req, res) => {
  try {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' }).end('method not allowed');
      return;
    }
    const url = new URL(req.url ?? '/', 'http://localhost');
    const pathname = url.pathname;
    applyHeaders(res, pathname);
    // The host config file itself is never served.
    const found = pathname === '/_headers' || pathname === '/_redirects' ? { kind: 'missing' } : await resolvePath(pathname);
    if (found.kind === 'redirect') {
      res.writeHead(308, { location: found.location + url.search }).end();
      return;
    }
    let status = 200;
    let file = found.kind === 'file' ? found.file : null;
    if (!file) {
      status = 404;
      const page404 = join(root, '404.html');
      file = existsSync(page404) ? page404 : null;
    }
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    const body = await readFile(file);
    res.writeHead(status, {
      'content-type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'content-length': body.length,
      'cache-control': 'no-store',
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  } catch (e) {
    console.error(`serve-dist: ${req.method} ${req.url}:`, e);
    if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('internal error');
  }
});

server.on('error', (e) => {
  console.error(`serve-dist: cannot listen on ${host}:${port}: ${e.message}`);
  process.exit(1);
});
server.listen(port, host, () => {
  console.log(`serve-dist: ${root} on http://${host}:${port}/${rules.length ? '' : ' (no _headers applied)'}`);
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(0));
