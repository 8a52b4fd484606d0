/**
 * The `c5sim` commands a page of the guide shows in its text blocks, and a
 * way to run them, so that a test can compare what the page prints with what
 * the command prints today.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../packages/sim/dist/cli.js', import.meta.url));

/** The output a page prints after `$ npx c5sim ARGS`, once for each time it shows the command. */
export function documentedOutputs(page: string, args: string): string[] {
  const outputs: string[] = [];
  const lines = page.split('\n');
  lines.forEach((line, i) => {
    if (line !== `$ npx c5sim ${args}`) return;
    const out: string[] = [];
    for (let j = i + 1; j < lines.length; j++) {
      const next = lines[j] ?? '';
      if (next.startsWith('$ ') || next.startsWith('```')) break;
      out.push(next);
    }
    outputs.push(out.join('\n'));
  });
  return outputs;
}

/** Runs `c5sim` from the built package in a folder; stdout, then stderr, as a terminal shows them. */
export function runC5sim(
  cwd: string,
  args: readonly string[],
): { output: string; status: number | null } {
  const run = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8' });
  return { output: `${run.stdout}${run.stderr}`.trimEnd(), status: run.status };
}

/** The code a Markdown page shows: its fenced blocks and inline code spans. */
export function codeOf(page: string): string[] {
  const code: string[] = [];
  const fenced = /^```[^\n]*\n([\s\S]*?)^```/gm;
  for (const match of page.matchAll(fenced)) code.push(match[1] ?? '');
  const prose = page.replace(fenced, '');
  for (const match of prose.matchAll(/`([^`\n]+)`/g)) code.push(match[1] ?? '');
  return code;
}

/** A command a page shows: `c5sim SUBCOMMAND` or `npm run SCRIPT [-w WORKSPACE]`. */
export type DocumentedCommand =
  | { readonly kind: 'c5sim'; readonly command: string; readonly text: string }
  | {
      readonly kind: 'npm-run';
      readonly script: string;
      readonly workspace?: string;
      readonly text: string;
    };

/** Every `c5sim …` and `npm run …` command in a page's code. */
export function documentedCommands(page: string): DocumentedCommand[] {
  const found: DocumentedCommand[] = [];
  for (const code of codeOf(page)) {
    for (const m of code.matchAll(/(?:^|[\s$(;&|])c5sim (?!-)([a-z][a-z-]*)/gm))
      found.push({ kind: 'c5sim', command: m[1] ?? '', text: m[0].trim() });
    for (const m of code.matchAll(/npm run ([\w:.-]+)((?: +(?:-w|--workspace)[ =]\S+)?)/g)) {
      const workspace = /(?:-w|--workspace)[ =](\S+)/.exec(m[2] ?? '')?.[1];
      found.push({
        kind: 'npm-run',
        script: m[1] ?? '',
        ...(workspace ? { workspace } : {}),
        text: m[0].trim(),
      });
    }
  }
  return found;
}

/** The subcommands the built `c5sim --help` lists. */
export function c5simCommands(): string[] {
  const help = spawnSync(process.execPath, [cli, '--help'], { encoding: 'utf8' }).stdout;
  const section = help.slice(help.indexOf('Commands:'));
  return [...section.matchAll(/^ {2}([a-z][a-z-]*)/gm)].map((m) => m[1] ?? '');
}
