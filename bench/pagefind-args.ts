/**
 * The project's own Pagefind options when a package.json script runs the CLI (e.g. `--root-selector`),
 * pointed at the bench's dist and a separate output folder; a pagefind.yml in the root applies either way.
 */
export function pagefindArgs(scripts: Record<string, string>, distDir: string, out: string): string[] {
  const script = Object.values(scripts).find((c) => /(^|&&\s*|\s)pagefind\s/.test(c));
  const own = script ? (/pagefind\s+([^&;|]*)/.exec(script)?.[1] ?? '').trim().split(/\s+/).filter(Boolean) : [];
  const keep: string[] = [];
  for (let i = 0; i < own.length; i++) {
    const a = own[i]!;
    if (a === '--site' || a === '-s' || a === '--output-path' || a === '--output-subdir') i++;
    else if (!a.startsWith('--site=') && !a.startsWith('--output-path=') && !a.startsWith('--output-subdir=')) keep.push(a);
  }
  return ['--site', distDir, '--output-path', out, ...keep];
}
