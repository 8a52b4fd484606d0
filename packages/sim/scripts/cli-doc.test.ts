import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { masked, withExamples } from './cli-examples';

const doc = readFileSync(
  join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'docs', 'cli.md'),
  'utf8',
);

describe('docs/cli.md', () => {
  it('shows what each example command prints today (run `npm run docs:cli -w @c5plus/sim` if not)', () => {
    expect(masked(doc)).toBe(masked(withExamples(doc)));
  }, 300_000);

  it('masks only what varies between runs', () => {
    expect(masked('Elapsed: 1.20 s on 2 workers (300 games/s)\nhash 1')).toBe('Elapsed: …\nhash 1');
  });
});
