/**
 * The skeleton shortcut of html-validate.test.ts must not hide a fault. Faults are planted in one
 * built pair page that comes after other pair pages of the same build, so that most of its blocks
 * are already known and stand in the skeleton only as residues; each fault must still be reported,
 * on that page, by the rule that catches it in the real page.
 */
import { describe, expect, test } from 'vitest';
import { htmlFiles, readDist } from './dist';
import { siteValidator, validateSite } from './skeleton';

const validator = siteValidator();
/** Earlier pages whose blocks the planted page will mostly share. */
const SAMPLE = 24;

function pairPages(): { sample: string[]; target: string } {
  const pairs = htmlFiles().filter((f) => /^compare\/[^/]+-vs-[^/]+\/index\.html$/.test(f));
  expect(pairs.length, 'pair pages in dist/').toBeGreaterThan(2);
  const sample = pairs.slice(0, Math.min(SAMPLE, pairs.length - 1));
  return { sample, target: pairs[sample.length]! };
}

/** [what, rule, mutation]: each mutation must change the page. */
const FAULTS: [string, string, (html: string) => string][] = [
  // The h1 gets the id of a heading inside a later, already-known section: only its residue holds it.
  ['an id that a known section already uses', 'no-dup-id', (h) => h.replace(/<h1\b/, '<h1 id="faq-title"')],
  ['a second landmark named like the main navigation', 'unique-landmark', (h) => h.replace(/<nav aria-label="Breadcrumb"/, '<nav aria-label="Main"')],
  ['a raw ampersand in a table cell', 'no-raw-characters', (h) => h.replace(/<td>([^<]+)<\/td>/, '<td>$1 & co</td>')],
  ['a block element inside a phrasing element', 'element-permitted-content', (h) => h.replace(/<td>([^<]+)<\/td>/, '<td><span><div>$1</div></span></td>')],
  // Cells are blocks too (a cell already seen under the same table stands as its residue): ids in them still count.
  ['the same id on two table cells', 'no-dup-id', (h) => h.replace(/<td>/, '<td id="dup-cell">').replace(/<td>/, '<td id="dup-cell">')],
  ['an id in a table cell that the h1 also has', 'no-dup-id', (h) => h.replace(/<h1\b/, '<h1 id="cell-id"').replace(/<td>/, '<td id="cell-id">')],
  ['an inline style', 'no-inline-style', (h) => h.replace(/<td>/, '<td style="color:red">')],
  ['an empty heading', 'empty-heading', (h) => h.replace(/<\/h2>/, '</h2><h3></h3>')],
  ['a second main', 'no-multiple-main', (h) => h.replace(/<\/main>/, '</main><main>x</main>')],
];

describe('the skeleton shortcut reports what html-validate reports on the real page', () => {
  test('the unchanged pages pass both ways', async () => {
    const { sample, target } = pairPages();
    const pages = [...sample, target];
    expect((await validateSite(pages, readDist, validator)).problems).toEqual([]);
    for (const p of pages) expect((await validator.validateString(readDist(p), p)).valid, p).toBe(true);
  });

  test.each(FAULTS)('%s (%s)', async (_what, rule, mutate) => {
    const { sample, target } = pairPages();
    const original = readDist(target);
    const planted = mutate(original);
    expect(planted, 'the mutation applies to this page').not.toBe(original);
    const direct = await validator.validateString(planted, target);
    expect(direct.results.flatMap((r) => r.messages.map((m) => m.ruleId)), 'html-validate itself flags the planted page').toContain(rule);
    const r = await validateSite([...sample, target], (p) => (p === target ? planted : readDist(p)), validator);
    expect(r.problems.filter((p) => p.startsWith(`${target}:`) && p.includes(` ${rule}: `)), r.problems.join('\n')).not.toEqual([]);
  });
});
