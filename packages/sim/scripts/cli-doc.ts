/**
 * `npm run docs:cli`: rewrites the example outputs of docs/cli.md from real
 * runs of the built CLI (`npm run build` first).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { withExamples } from './cli-examples';

const doc = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'docs', 'cli.md');
const before = readFileSync(doc, 'utf8');
const after = withExamples(before);
if (after === before) console.log('docs/cli.md: examples already up to date');
else {
  writeFileSync(doc, after);
  console.log('docs/cli.md: examples rewritten from real runs');
}
