/**
 * What the teacher's guide quotes and cites: the “curly-quoted” passages
 * (outside code and generated blocks), which must be verbatim in a source
 * document, and the `collection/id` dataset references, which must resolve.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { SOURCE_FILES } from '@c5plus/core';

/** The page without fenced code and without generated blocks. */
function quotable(markdown: string): string {
  return (
    markdown
      .replace(/<!-- (\w+):start -->[\s\S]*?<!-- \1:end -->/g, '')
      .replace(/^\s*```[\s\S]*?^\s*```/gm, '')
      // A quotation set as a block quote keeps its words, not its `>` markers.
      .replace(/^\s*>\s?/gm, '')
  );
}

/** The passages a page quotes between “ and ”. */
export function quotesOf(markdown: string): string[] {
  return [...quotable(markdown).matchAll(/“([^”]+)”/g)].map((m) => m[1] ?? '');
}

/** The dataset references a page names in backticks, such as `events/cajad-summit-2025`. */
export function referencesOf(markdown: string): string[] {
  return [...markdown.matchAll(/`([a-z]+)\/([a-z0-9-]+)`/g)].map((m) => `${m[1]}/${m[2]}`);
}

/** Runs of white space as one space, so a quote may wrap across lines of Markdown. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * The source documents: in $C5PLUS_SOURCES, or in a `shared/seeds` folder
 * beside an ancestor of `from` (the layout of the project's workspace).
 */
export function findSourceFolder(from: string): string | undefined {
  const fromEnv = process.env.C5PLUS_SOURCES;
  if (fromEnv) return resolve(fromEnv);
  let dir = from;
  for (;;) {
    const candidate = join(dir, 'shared', 'seeds');
    if (existsSync(join(candidate, SOURCE_FILES[0]))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}
