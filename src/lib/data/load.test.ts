import { cpSync, mkdtempSync, copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { DataError, formatIssue } from './errors';
import { loadCatalog } from './load';

const SEED = 'tests/fixtures/seed';
const INVALID = 'tests/fixtures/invalid';

/** A copy of the seed fixture with one bad file dropped in. */
function withBadFile(fixture: string, dest: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'llmv-'));
  cpSync(SEED, dir, { recursive: true });
  copyFileSync(join(INVALID, fixture), join(dir, dest));
  return dir;
}

function issuesOf(dir: string) {
  try {
    loadCatalog(dir);
  } catch (e) {
    if (e instanceof DataError) return e.issues;
    throw e;
  }
  throw new Error('expected the data to be rejected');
}

describe('the seed fixture', () => {
  it('is valid', () => {
    const cat = loadCatalog(SEED);
    expect(cat.models.map((m) => m.id)).toEqual(['gpt-4.1', 'phi-2', 'phi-4', 'phi-4-mini', 'qwen2-vl-72b-instruct', 'qwen3.5-4b', 'qwen3.5-flash']);
  });
});

/** A fresh copy of load.ts, as the pages' bundle has beside the config process's copy. */
async function freshLoader(): Promise<typeof import('./load')> {
  vi.resetModules();
  return import('./load');
}

describe('the catalogue shared between module copies', () => {
  it('is loaded once while the folder is unchanged, and again after a file changes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'llmv-'));
    try {
      cpSync(SEED, dir, { recursive: true });
      const first = (await freshLoader()).getCatalog(dir);
      expect((await freshLoader()).getCatalog(dir)).toBe(first);
      const file = join(dir, 'models', 'phi-4.md');
      writeFileSync(file, readFileSync(file, 'utf8').replace(/^name: .*$/m, 'name: Phi-4 renamed'));
      const after = (await freshLoader()).getCatalog(dir);
      expect(after).not.toBe(first);
      expect(after.modelsById.get('phi-4')?.name).toBe('Phi-4 renamed');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is read again under another SITE_URL', async () => {
    const first = (await freshLoader()).getCatalog(SEED);
    vi.stubEnv('SITE_URL', 'https://example.org/sub/');
    try {
      const other = (await freshLoader()).getCatalog(SEED);
      expect(other).not.toBe(first);
      expect(other.site.url).toBe('https://example.org/sub');
    } finally {
      vi.unstubAllEnvs();
    }
  });
});

describe('currency rates', () => {
  it('loads the rate of every currency a provider bills in', () => {
    const cat = loadCatalog(SEED);
    expect(cat.currencies?.get('CNY')).toMatchObject({ code: 'CNY', usd_per_unit: 0.1435, as_of: '2026-07-01' });
  });
  it('rejects a provider billing in a currency without a rate, naming the provider file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'llmv-'));
    cpSync(SEED, dir, { recursive: true });
    rmSync(join(dir, 'currencies.yaml'));
    const hit = issuesOf(dir).find((i) => i.file.endsWith('providers/siliconflow-cn.yaml'));
    expect(hit).toMatchObject({ field: 'currency', found: '"CNY"' });
    expect(hit!.expected).toMatch(/a currency with a rate in .*currencies\.yaml/);
  });
  it('rejects a malformed rate and a currency listed twice', () => {
    const dir = mkdtempSync(join(tmpdir(), 'llmv-'));
    cpSync(SEED, dir, { recursive: true });
    const rate = "- code: CNY\n  usd_per_unit: 0.14\n  source: https://example.com/rate\n  as_of: '2026-07-01'\n";
    writeFileSync(join(dir, 'currencies.yaml'), `${rate}${rate}`);
    expect(issuesOf(dir).filter((i) => i.file.endsWith('currencies.yaml')).map((i) => i.field)).toEqual(['[1].code']);
    writeFileSync(join(dir, 'currencies.yaml'), `${rate}- code: yen\n  usd_per_unit: -1\n  source: https://example.com\n  as_of: '2026-07-01'\n`);
    const issues = issuesOf(dir).filter((i) => i.file.endsWith('currencies.yaml'));
    expect(issues.map((i) => i.field).sort()).toEqual(['[1].code', '[1].usd_per_unit']);
  });
});

describe('each bad-data case is rejected with its file and field', () => {
  it.each([
    ['unknown-key.md', 'models/bad.md', 'contxt_window', /no such key/],
    ['missing-field.md', 'models/bad.md', 'released', /a date/],
    ['negative-price.md', 'models/bad.md', 'routes[0].input', /0 or more/],
    ['dangling-provider.md', 'models/bad.md', 'routes[0].provider', /providers/],
    ['bad-date.md', 'models/bad.md', 'released', /real date/],
    ['future-date.md', 'models/bad.md', 'released', /on or before data_as_of/],
    ['score-out-of-range.md', 'models/bad.md', 'benchmarks[0].score', /between 0 and 100/],
    ['duplicate-id.yml', 'labs/microsoft.yml', '(file name)', /unique id/],
    ['duplicate-name.md', 'models/bad.md', 'name', /no other model uses/],
  ])('%s', (fixture, dest, field, expected) => {
    const issues = issuesOf(withBadFile(fixture, dest));
    // A clash between two files is reported on whichever is read second; either names both.
    const hit = issues.find((i) => (i.file.endsWith(dest) || i.expected.includes(dest)) && i.field === field);
    expect(hit, issues.map(formatIssue).join('\n')).toBeDefined();
    expect(hit!.expected).toMatch(expected);
    expect(formatIssue(hit!)).toMatch(new RegExp(`: ${field.replace(/[.[\]()]/g, '\\$&')} — expected .+, found .+`));
  });

  it('lists every offender at once', () => {
    const dir = withBadFile('negative-price.md', 'models/bad1.md');
    copyFileSync(join(INVALID, 'dangling-provider.md'), join(dir, 'models/bad2.md'));
    copyFileSync(join(INVALID, 'unknown-key.md'), join(dir, 'models/bad3.md'));
    const files = new Set(issuesOf(dir).map((i) => i.file.replace(/.*models\//, '')));
    expect([...files].sort()).toEqual(['bad1.md', 'bad2.md', 'bad3.md']);
  });

  it('says what was found', () => {
    const [issue] = issuesOf(withBadFile('negative-price.md', 'models/bad.md'));
    expect(issue!.found).toBe('-0.5');
  });

  it('asks for quotes around a YAML date in site settings', () => {
    const dir = withBadFile('unknown-key.md', 'models/bad.md');
    writeFileSync(join(dir, 'site.yaml'), 'title: T\nurl: https://example.com/\n');
    expect(issuesOf(dir).some((i) => i.file.endsWith('site.yaml') && i.field === 'url')).toBe(true);
  });
});
