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
