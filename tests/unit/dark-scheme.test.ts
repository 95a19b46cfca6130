/**
 * The dark colour scheme changes colours and nothing else: tests/e2e/a11y.spec.ts checks the dark
 * scheme with axe's colour rules only (COLOUR_RULES in tests/e2e/axe.ts), which is sound only while
 * that holds. A dark-only layout, display or content change must fail here first.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';

const CSS = 'src/styles/global.css';

test('the dark scheme only redefines colour custom properties', () => {
  const css = readFileSync(CSS, 'utf8');
  const blocks = [...css.matchAll(/@media\s*\(prefers-color-scheme:\s*dark\)\s*\{\s*:root\s*\{([^}]*)\}\s*\}/g)];
  expect(blocks, `${CSS}: one @media (prefers-color-scheme: dark) { :root { … } } block`).toHaveLength(1);
  const declarations = blocks[0]![1]!.replace(/\/\*[\s\S]*?\*\//g, '').split(';').map((d) => d.trim()).filter(Boolean);
  expect(declarations.length).toBeGreaterThan(0);
  for (const d of declarations) expect(d, 'a colour custom property').toMatch(/^--c-[a-z-]+:\s*#[0-9a-f]{3,8}$/i);
  expect(css.match(/prefers-color-scheme/g), `${CSS}: no other dark-scheme rule`).toHaveLength(1);
});

test('no other source styles by colour scheme', () => {
  const offenders: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(astro|css|ts|js)$/.test(e.name) && p !== CSS && !p.endsWith('.test.ts')) {
        const text = readFileSync(p, 'utf8');
        if (/prefers-color-scheme|\bdark:/.test(text)) offenders.push(p);
      }
    }
  };
  walk('src');
  expect(offenders).toEqual([]);
});
