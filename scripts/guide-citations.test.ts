import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dataset, SOURCE_FILES } from '@c5plus/core';
import { describe, expect, it } from 'vitest';
import { markdownFiles } from './doc-links';
import { findSourceFolder, quotesOf, referencesOf, squash } from './guide-citations';

const root = fileURLToPath(new URL('..', import.meta.url));
const pages = markdownFiles(join(root, 'docs', 'teachers')).map((file) => ({
  name: file.slice(root.length),
  text: readFileSync(file, 'utf8'),
}));
const collections = dataset as unknown as Record<string, readonly { id: string }[] | undefined>;

describe('the guide’s quoting helpers', () => {
  it('take quotes outside code and generated blocks', () => {
    const page = 'a “one” b\n```\n“two”\n```\n<!-- x:start -->“three”<!-- x:end -->\n“four\nlines”';
    expect(quotesOf(page).map(squash)).toEqual(['one', 'four lines']);
    expect(referencesOf('see `events/cajad-summit-2025` and `npm run x`')).toEqual([
      'events/cajad-summit-2025',
    ]);
  });
});

describe('the guide’s dataset references', () => {
  for (const page of pages) {
    it(`${page.name} names only records that exist`, () => {
      const missing = referencesOf(page.text).filter((reference) => {
        const [collection, id] = reference.split('/');
        const records = collections[collection ?? ''];
        // Paths such as `docs/teachers` are not references; only dataset collections are checked.
        return records !== undefined && !records.some((r) => r.id === id);
      });
      expect(missing).toEqual([]);
    });
  }
});

const folder = findSourceFolder(root);
const texts = folder
  ? SOURCE_FILES.map((file) => squash(readFileSync(join(folder, file), 'utf8')))
  : undefined;

describe.skipIf(!texts && process.env.CI !== 'true')('the guide’s quotations', () => {
  it('find the source documents', () => {
    expect(
      texts,
      'put the documents in ../shared/seeds or name them in C5PLUS_SOURCES',
    ).toBeDefined();
  });
  for (const page of pages) {
    it(`${page.name} quotes the documents word for word`, () => {
      const wrong = quotesOf(page.text)
        .map(squash)
        .filter((quote) => !texts?.some((text) => text.includes(quote)));
      expect(wrong).toEqual([]);
    });
  }
});
