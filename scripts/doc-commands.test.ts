/**
 * Every `c5sim` and `npm run` command the READMEs and docs show names a real
 * command or script: a renamed script or subcommand fails here, not in class.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { c5simCommands, documentedCommands } from './doc-commands';

const root = fileURLToPath(new URL('..', import.meta.url));
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const scriptsOf = (folder: string): string[] =>
  Object.keys(
    (JSON.parse(read(join(folder, 'package.json'))) as { scripts?: object }).scripts ?? {},
  );

/** Workspace folders by package name and by folder. */
const workspaces = new Map<string, string>();
for (const group of ['packages', 'apps'])
  for (const name of readdirSync(join(root, group))) {
    const folder = `${group}/${name}`;
    const pkg = JSON.parse(read(`${folder}/package.json`)) as { name: string };
    workspaces.set(pkg.name, folder);
    workspaces.set(folder, folder);
  }

const pages = [
  'README.md',
  ...readdirSync(join(root, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
  ...readdirSync(join(root, 'docs', 'teachers'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/teachers/${f}`),
  ...[...new Set(workspaces.values())].map((folder) => `${folder}/README.md`),
].filter((page) => {
  try {
    read(page);
    return true;
  } catch {
    return false;
  }
});

describe('the commands the docs show', () => {
  const subcommands = c5simCommands();

  it('finds the c5sim subcommands in the built CLI', () => {
    expect(subcommands).toEqual(
      expect.arrayContaining(['play', 'batch', 'merge', 'class', 'validate']),
    );
  });

  it.each(pages)('%s names only real c5sim commands and npm scripts', (page) => {
    const own =
      page.includes('/') && !page.startsWith('docs/')
        ? page.slice(0, page.lastIndexOf('/'))
        : undefined;
    const wrong: string[] = [];
    for (const c of documentedCommands(read(page))) {
      if (c.kind === 'c5sim') {
        if (!subcommands.includes(c.command)) wrong.push(`${c.text}: no such c5sim command`);
        continue;
      }
      if (c.workspace !== undefined) {
        const folder = workspaces.get(c.workspace);
        if (!folder) wrong.push(`${c.text}: no workspace ${c.workspace}`);
        else if (!scriptsOf(folder).includes(c.script))
          wrong.push(`${c.text}: ${folder} has no script ${c.script}`);
        continue;
      }
      const known = [...scriptsOf('.'), ...(own ? scriptsOf(own) : [])];
      if (!known.includes(c.script))
        wrong.push(`${c.text}: no script ${c.script} at the root${own ? ` or in ${own}` : ''}`);
    }
    expect(wrong).toEqual([]);
  });

  it('recognises commands in code blocks and inline code only', () => {
    const page =
      'Run `npm run build -w @c5plus/sim`, then\n\n```sh\n$ npx c5sim play --seed x\n```\n\nc5sim plays.';
    expect(documentedCommands(page).map((c) => c.text)).toEqual([
      'c5sim play',
      'npm run build -w @c5plus/sim',
    ]);
  });
});
