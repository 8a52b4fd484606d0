/** For the CLI tests only: runs `c5sim` in-process and collects what it writes. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './program';

/** What a run of the CLI wrote and its exit code. */
export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `c5sim ARGS` in this process (stderr is not a terminal, so no progress bar). */
export async function cli(...args: string[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    out: (text) => {
      stdout += text;
    },
    err: (text) => {
      stderr += text;
    },
  });
  return { code, stdout, stderr };
}

/** A temporary folder and a function to remove it. */
export function tempDir(prefix: string): { readonly dir: string; readonly remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * stderr without the progress lines a slow machine prints once a run passes
 * a second (`<label> 40% (n/total games)`): what is left must be empty.
 */
export function withoutProgress(stderr: string): string {
  return stderr.replace(/^\S+ \d+% \([\d,]+\/[\d,]+ games\)\n/gm, '');
}
