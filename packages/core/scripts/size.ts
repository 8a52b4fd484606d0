/**
 * `npm run size`: the raw and gzip size of what a consumer downloads, so a change
 * that bloats the bundle shows up in review. Reads `dist/` (or $C5PLUS_DIST).
 * Gzip at zlib's default level, the level most HTTP servers use.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const packageRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = resolve(process.env.C5PLUS_DIST ?? join(packageRoot, 'dist'));
const files = ['index.js', 'index.cjs', 'dataset.json'];

const missing = files.filter((file) => !existsSync(join(dist, file)));
if (missing.length > 0) {
  console.error(
    `Missing in ${dist}: ${missing.join(', ')}. ` +
      'Run npm run build first (npm run build -w @c5plus/core from the repository root).',
  );
  process.exit(1);
}

const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const rows = files.map((file) => {
  const bytes = readFileSync(join(dist, file));
  return [`dist/${file}`, kB(bytes.length), kB(gzipSync(bytes).length)];
});
const table = [['file', 'raw', 'gzip'], ...rows];
const widths = [0, 1, 2].map((column) => Math.max(...table.map((row) => row[column]!.length)));
for (const row of table) {
  console.log(
    row
      .map((cell, column) =>
        column === 0 ? cell.padEnd(widths[0]!) : cell.padStart(widths[column]!),
      )
      .join('  '),
  );
}
