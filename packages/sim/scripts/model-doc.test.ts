import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CALIBRATION } from '../src/model/calibration';
import { withTables } from './model-tables';

const doc = readFileSync(
  join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'docs', 'model.md'),
  'utf8',
);

describe('docs/model.md', () => {
  it('lists the current calibration values and mechanic passages (run `npm run docs:model -w @c5plus/sim` if not)', () => {
    expect(doc).toBe(withTables(doc));
  });

  it('names every calibration value', () => {
    for (const key of Object.keys(CALIBRATION)) expect(doc).toContain(`\`${key}\``);
  });
});
