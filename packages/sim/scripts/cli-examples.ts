/**
 * The example outputs of docs/cli.md, from real runs: every ```text block
 * that starts with `$ c5sim …` is re-run, command by command, in one scratch
 * folder (so that a file one example writes is there for the next), through
 * `sh` with `c5sim` on the PATH as the built CLI, stdout and stderr together
 * as a terminal shows them. `npm run docs:cli` writes the outputs into the
 * page; a test fails when they drift.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { builtFiles, requireBuild } from '../node/built';
import { sandbox } from '../src/scenarios/sandbox';

/** Files the examples read, written into the scratch folder first. */
function writeFixtures(dir: string): void {
  // A teacher's scenario with two mistakes: no summary, and a cohesion over 100.
  const { summary: _summary, ...rest } = sandbox;
  const broken = { ...rest, id: 'my-scenario', initial: { ...sandbox.initial, cohesion: 150 } };
  writeFileSync(join(dir, 'my-scenario.json'), `${JSON.stringify(broken, null, 2)}\n`);
}

/** Progress lines (`batch 40% (400/1,000 games)`) depend on the machine's speed. */
const PROGRESS = /^\S+ \d+% \([\d,]+\/[\d,]+ games\)$/;

/** Runs one shell command line of an example; its output as a terminal shows it. */
function run(dir: string, bin: string, command: string): string {
  const result = spawnSync('sh', ['-c', `exec 2>&1; ${command}`], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, PATH: `${bin}:${process.env.PATH ?? ''}`, C5SIM_DEBUG: '' },
  });
  return result.stdout
    .split('\n')
    .filter((line) => !PROGRESS.test(line))
    .join('\n')
    .trimEnd();
}

/** The page with the output of every `$ c5sim` example regenerated. */
export function withExamples(page: string): string {
  requireBuild();
  const dir = mkdtempSync(join(tmpdir(), 'c5sim-doc-'));
  const bin = join(dir, '.bin');
  try {
    spawnSync('mkdir', [bin]);
    const shim = join(bin, 'c5sim');
    writeFileSync(shim, `#!/bin/sh\nexec "${process.execPath}" "${builtFiles.cli}" "$@"\n`);
    chmodSync(shim, 0o755);
    writeFixtures(dir);
    const lines = page.split('\n');
    const out: string[] = [];
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i] ?? '';
      out.push(line);
      if (line !== '```text' || !(lines[i + 1] ?? '').startsWith('$ c5sim ')) continue;
      let j = i + 1;
      while (j < lines.length && lines[j] !== '```') {
        const command = lines[j] ?? '';
        if (command.startsWith('$ ')) {
          out.push(command);
          const output = run(dir, bin, command.slice(2));
          if (output !== '') out.push(output);
        }
        j++;
      }
      i = j - 1;
    }
    return out.join('\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The page with what varies between runs (elapsed time, speed) masked, for comparing. */
export function masked(page: string): string {
  return page.replace(/^Elapsed: .*$/gm, 'Elapsed: …');
}
