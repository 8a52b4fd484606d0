import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { dataset } from './data';
import { type Citation, SOURCE_FILES } from './types';

/**
 * The source documents are not part of the repository; they are cited. They are
 * found in $C5PLUS_SOURCES, or in a `shared/seeds` folder beside any ancestor of
 * this package (the layout of the project's workspace).
 */
function findSourceFolder(): string | undefined {
  const fromEnv = process.env.C5PLUS_SOURCES;
  if (fromEnv) return resolve(fromEnv);
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'shared', 'seeds');
    if (existsSync(join(candidate, SOURCE_FILES[0]))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

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

const folder = findSourceFolder();
const missing = !folder || !existsSync(join(folder, SOURCE_FILES[0]));
const where =
  'Put the five source documents (000_…txt to 004_…txt) in ../shared/seeds beside the ' +
  'project, or name their folder in the C5PLUS_SOURCES environment variable.';

if (missing && process.env.CI === 'true') {
  describe('citations', () => {
    it('finds the source documents (required under CI)', () => {
      throw new Error(`The source documents were not found. ${where}`);
    });
  });
} else if (missing) {
  describe('citations', () => {
    it.skip(`are verbatim in their documents — skipped: documents not found. ${where}`, () => {});
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
