/** Comparing two built folders file by file (the determinism and incremental-build checks). */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';

/** Every file under `dir`, by path relative to it with forward slashes, with its bytes. */
export function treeFiles(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const f of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort())
    if (statSync(join(dir, f)).isFile()) out.set(f.split(sep).join('/'), readFileSync(join(dir, f)));
  return out;
}

/** Files present in only one of the two folders or different in content, sorted. */
export function differingFiles(a: string, b: string): string[] {
  const fa = treeFiles(a);
  const fb = treeFiles(b);
  return [...new Set([...fa.keys(), ...fb.keys()])].filter((f) => !fa.get(f) || !fb.get(f) || !fa.get(f)!.equals(fb.get(f)!)).sort();
}
