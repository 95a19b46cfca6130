import { describe, expect, it } from 'vitest';
import { pagefindArgs } from './pagefind-args';

describe('pagefind arguments of the bench', () => {
  it("keeps the project's own options but points the CLI at the bench's site and output", () => {
    const scripts = { build: 'astro build', 'search:index': 'pagefind --site dist --root-selector h1 --output-subdir pagefind && echo ok' };
    expect(pagefindArgs(scripts, '/w/dist-300', '/w/pf')).toEqual(['--site', '/w/dist-300', '--output-path', '/w/pf', '--root-selector', 'h1']);
  });
  it('uses the defaults when no script runs pagefind', () => {
    expect(pagefindArgs({ build: 'astro build', bench: 'tsx bench/run.ts' }, 'd', 'o')).toEqual(['--site', 'd', '--output-path', 'o']);
  });
});
