import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const packageRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const tsx = join(packageRoot, '..', '..', 'node_modules', '.bin', 'tsx');
const temp = mkdtempSync(join(tmpdir(), 'c5-size-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const size = (dist: string) =>
  execFileSync(tsx, ['scripts/size.ts'], {
    cwd: packageRoot,
    env: { ...process.env, C5PLUS_DIST: dist },
    encoding: 'utf8',
    stdio: 'pipe',
  });

describe('npm run size', () => {
  it('prints raw and gzip sizes of the bundles and dataset.json', () => {
    writeFileSync(join(temp, 'index.js'), 'export const a = 1;\n'.repeat(100));
    writeFileSync(join(temp, 'index.cjs'), 'exports.a = 1;\n');
    writeFileSync(join(temp, 'dataset.json'), '{}\n');
    const out = size(temp);
    expect(out).toMatch(/^dist\/index\.js\s+2\.0 kB\s+0\.\d kB$/m);
    expect(out).toMatch(/^dist\/index\.cjs\s/m);
    expect(out).toMatch(/^dist\/dataset\.json\s/m);
  }, 30_000);

  it('says to build first when dist is missing', () => {
    expect(() => size(join(temp, 'nowhere'))).toThrow(/run npm run build first/i);
  }, 30_000);
});
