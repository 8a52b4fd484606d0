import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { dataset } from '../src/data';
import { fixture } from '../src/test-fixture';
import { countsTable, END, START, withCounts } from './dataset-counts';

const doc = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'docs', 'dataset.md');

describe('the counts table in docs/dataset.md', () => {
  it('matches the dataset', () => {
    const markdown = readFileSync(doc, 'utf8');
    const current = withCounts(markdown, dataset);
    if (current !== markdown) {
      expect.fail(
        'docs/dataset.md: the table of record counts is out of date. ' +
          'Run `npm run docs:dataset -w @c5plus/core` and commit the result. ' +
          `The table should read:\n${countsTable(dataset)}`,
      );
    }
  });
});

describe('countsTable', () => {
  it('counts records and citations per collection, with a total', () => {
    const table = countsTable(fixture);
    const lines = table.split('\n');
    expect(lines).toHaveLength(2 + Object.keys(fixture).length + 1);
    expect(lines).toContain(`| \`events\`      |       ${fixture.events.length} |         9 |`);
    expect(lines).toContain('| `partners`    |       3 |         3 |');
    expect(lines).toContain('| `states`      |       0 |         0 |');
    expect(lines).toContain('| `arguments`   |       3 |         3 |');
    expect(lines.at(-1)).toBe('| **total**     |      16 |        17 |');
  });

  it('lays out the columns as Biome formats Markdown: padded, numbers right-aligned', () => {
    const [header, rule] = countsTable(fixture).split('\n');
    expect(header).toBe('| collection    | records | citations |');
    expect(rule).toBe('| ------------- | ------: | --------: |');
  });

  it('replaces only the text between the markers', () => {
    const markdown = `# Title\n\n${START}\nold table\n${END}\n\nAfter.\n`;
    const updated = withCounts(markdown, fixture);
    expect(updated.startsWith(`# Title\n\n${START}\n| collection `)).toBe(true);
    expect(updated.endsWith(`|\n${END}\n\nAfter.\n`)).toBe(true);
    expect(withCounts(updated, fixture)).toBe(updated);
  });

  it('refuses a document without the markers', () => {
    expect(() => withCounts('# No table here\n', fixture)).toThrow(/counts:start/);
  });
});
