import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findSourceFolder, isCI, notFoundMessage } from '../scripts/source-folder';
import { dataset } from './data';
import { type Citation, SOURCE_FILES } from './types';

/** Every citation anywhere in a record, with the path that leads to it. */
function collectCitations(
  value: unknown,
  path: string,
  out: { path: string; citation: Citation }[],
) {
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) collectCitations(item, `${path}[${i}]`, out);
  } else if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.source === 'string' && typeof record.quote === 'string') {
      out.push({
        path,
        citation: { source: record.source as Citation['source'], quote: record.quote },
      });
    }
    for (const [key, child] of Object.entries(record))
      collectCitations(child, `${path}.${key}`, out);
  }
  return out;
}

// The documents are found in $C5PLUS_SOURCES, or in a `shared/seeds` folder
// beside any ancestor of this package (the layout of the project's workspace).
const sources = findSourceFolder(
  dirname(fileURLToPath(import.meta.url)),
  process.env.C5PLUS_SOURCES,
);
const folder = sources.folder;

if (!sources.found && isCI(process.env.CI)) {
  describe('citations', () => {
    it('finds the source documents (required under CI)', () => {
      throw new Error(notFoundMessage(sources));
    });
  });
} else if (!sources.found) {
  // A skip is never silent: the reason and the folder looked at are printed.
  console.warn(`citations test skipped: ${notFoundMessage(sources)}`);
  describe('citations', () => {
    it.skip(`are verbatim in their documents — skipped: documents not found in ${folder}`, () => {});
  });
} else {
  const texts = new Map(
    SOURCE_FILES.map((file) => [file, readFileSync(join(folder, file), 'utf8')]),
  );
  const cited = Object.entries(dataset).flatMap(([collection, records]) =>
    (records as readonly { id: string }[]).flatMap((record) =>
      collectCitations(record, `${collection}/${record.id}`, []),
    ),
  );

  describe('citations', () => {
    it('cite something in every collection that has records', () => {
      expect(cited.length).toBeGreaterThan(0);
    });

    it('are verbatim in their documents and under 200 characters', () => {
      const problems: string[] = [];
      for (const { path, citation } of cited) {
        const text = texts.get(citation.source);
        if (text === undefined) problems.push(`${path}: unknown source file "${citation.source}"`);
        else if (citation.quote.length >= 200)
          problems.push(`${path}: quote is ${citation.quote.length} characters (limit 199)`);
        else if (citation.quote.trim().length < 8)
          problems.push(`${path}: quote is too short to locate ("${citation.quote}")`);
        else if (!text.includes(citation.quote))
          problems.push(`${path}: not found verbatim in ${citation.source}: "${citation.quote}"`);
      }
      expect(problems).toEqual([]);
    });
  });
}
