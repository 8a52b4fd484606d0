/**
 * `npm run docs:model`: rewrites the generated tables of docs/model.md (the
 * calibration values and the passages behind each mechanic) from the code.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { withTables } from './model-tables';

const doc = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'docs', 'model.md');
const before = readFileSync(doc, 'utf8');
const after = withTables(before);
if (after === before) console.log('docs/model.md: tables already up to date');
else {
  writeFileSync(doc, after);
  console.log('docs/model.md: tables rewritten');
}
