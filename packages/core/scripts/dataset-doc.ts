/**
 * `npm run docs:dataset`: rewrites the table of record counts in
 * docs/dataset.md from the dataset. Run it after adding or removing records.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dataset } from '../src/data';
import { withCounts } from './dataset-counts';

const doc = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'docs', 'dataset.md');
const before = readFileSync(doc, 'utf8');
const after = withCounts(before, dataset);
if (after === before) console.log('docs/dataset.md: counts already up to date');
else {
  writeFileSync(doc, after);
  console.log('docs/dataset.md: counts table rewritten');
}
