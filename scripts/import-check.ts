/**
 * Re-runs the importer into a temporary folder and compares it with the committed data/, file by
 * file: the committed catalog must be exactly what `npm run import` produces from the sources.
 * Exit 0: identical; 1: differences (listed); 3: the sources folder is missing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const sources = process.argv[2] ?? '../shared/data-sources';
const data = process.argv[3] ?? 'data';
if (!existsSync(sources)) {
  console.error(`import-check: ${sources} not found; cannot check that data/ is reproducible`);
  process.exit(3);
}
const out = mkdtempSync(join(tmpdir(), 'llmv-import-'));
const r = spawnSync('tsx', ['scripts/import.ts', '--sources', sources, '--out', out], { encoding: 'utf8' });
if (r.status !== 0) {
  console.error(r.stdout, r.stderr);
  process.exit(1);
}
const list = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => statSync(join(dir, f)).isFile() && f !== 'site.yaml')
    .sort();
const a = list(data);
const b = list(out);
const diffs = [
  ...a.filter((f) => !b.includes(f)).map((f) => `only in ${data}: ${f}`),
  ...b.filter((f) => !a.includes(f)).map((f) => `missing from ${data}: ${f}`),
  ...a.filter((f) => b.includes(f) && !readFileSync(join(data, f)).equals(readFileSync(join(out, f)))).map((f) => `differs: ${join(data, f)}`),
];
rmSync(out, { recursive: true, force: true });
if (diffs.length) {
  console.error(`import-check: ${relative('.', data)} is not what the importer produces (${diffs.length} files):\n${diffs.slice(0, 30).join('\n')}`);
  console.error('Run `npm run import` and commit the result.');
  process.exit(1);
}
console.log(`import-check: ${a.length} files in ${data}/ match a fresh import byte for byte`);
