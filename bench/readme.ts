/** `npm run bench:readme`: writes the table of bench/results.json into README.md between the bench markers. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatTable, writeReadme, type Results } from './table';

const root = fileURLToPath(new URL('..', import.meta.url));
const results = JSON.parse(readFileSync(join(root, 'bench', 'results.json'), 'utf8')) as Results;
writeReadme(join(root, 'README.md'), results);
console.log(formatTable(results));
