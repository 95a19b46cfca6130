/** The shipped catalogue passes the data lint: every finding is fixed or explained by a person. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../data/load';
import { formatLint, lintWithCurated } from './index';

const ROOT = join(import.meta.dirname, '..', '..', '..');

describe('data/ against the data lint', () => {
  it('has no finding that no curated explanation covers', () => {
    const cat = loadCatalog(join(ROOT, 'data'));
    const result = lintWithCurated(cat, join(ROOT, 'scripts', 'import', 'curated'));
    expect(formatLint(result)).toBe('');
  });
});
