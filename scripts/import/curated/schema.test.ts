import { mkdtempSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { aliasesFileSchema, factEntrySchema, keptApartEntrySchema, nameEntrySchema } from './schema.ts';
import { loadCurated } from './load.ts';

const here = import.meta.dirname;

describe('curated schemas', () => {
  it('accept the committed curated files', () => {
    const c = loadCurated(here);
    expect(c.aliases.merge.length).toBeGreaterThan(40);
    expect(c.aliases.merge.every((m) => m.source)).toBe(true);
  });

  it('require a source URL or a reason on every entry', () => {
    const r = aliasesFileSchema.safeParse({ merge: [{ into: 'gpt-4.1', same: ['gpt-4.1-2025-04-14'] }] });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]).toMatchObject({ path: ['merge', 0, 'source'], message: 'a `source` URL (or, for a judgement call, a `reason`) on every entry' });
    expect(keptApartEntrySchema.safeParse({ ids: ['a', 'b'], reason: 'different sizes' }).success).toBe(true);
    expect(nameEntrySchema.safeParse({ model: 'x', name: 'X', source: 'not a url' }).error?.issues[0]?.message).toBe('an absolute http(s) URL');
  });

  it('reject typos, single-id kept-apart entries and fact overrides without a source', () => {
    expect(aliasesFileSchema.safeParse({ merges: [] }).error?.issues[0]?.code).toBe('unrecognized_keys');
    expect(keptApartEntrySchema.safeParse({ ids: ['a'], reason: 'x' }).error?.issues[0]?.message).toBe('at least two record ids');
    expect(factEntrySchema.safeParse({ model: 'x', field: 'released', value: '2025-12-02', note: 'id says 2512' }).success).toBe(false);
    expect(factEntrySchema.safeParse({ model: 'x', field: 'kind', value: 'tts', source: 'https://a.b', note: 'n' }).error?.issues[0]?.message).toBe('kind: one of chat, guard');
  });

  it('stop the import with the file and field of a bad entry', () => {
    const dir = mkdtempSync(join(tmpdir(), 'curated-'));
    cpSync(here, dir, { recursive: true, filter: (p) => !p.endsWith('.ts') });
    writeFileSync(join(dir, 'names.yaml'), '- model: x\n  name: X\n');
    expect(() => loadCurated(dir)).toThrow(/names\.yaml: \[0\]\.source — expected a `source` URL/);
  });
});
