/**
 * `npm run export [-- <outDir>]`: writes `dataset.json` and `dataset.schema.json`
 * into `dist/` (or `outDir`, or $C5PLUS_EXPORT_DIR). Runs after tsup in
 * `npm run build`, so an invalid dataset fails the build with its problems named.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dataset } from '../src/data';
import { exportDataset } from './export-dataset';

const packageRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
// npm runs the script in packages/core; a folder given on the command line is
// relative to where the user typed it (npm's INIT_CWD), e.g. the repository root.
const from = process.env.INIT_CWD ?? process.cwd();
const outDir = resolve(
  from,
  process.argv[2] ?? process.env.C5PLUS_EXPORT_DIR ?? join(packageRoot, 'dist'),
);
const { version } = JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as {
  version: string;
};

const { problems, files } = exportDataset(outDir, dataset, version);
if (problems.length > 0) {
  console.error(`The dataset is invalid (${problems.length} problems); nothing was exported:`);
  for (const problem of problems) console.error(`  - ${problem}`);
  process.exitCode = 1;
} else {
  for (const file of files) console.log(`wrote ${relative(from, file) || file}`);
}
