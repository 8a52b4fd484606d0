import { describe, expect, it } from 'vitest';
import { version } from '../package.json';
import { EXIT_INTERNAL } from './exit-codes';
import { runCli } from './program';
import { cli } from './test-io';

describe('c5sim (commander layer)', () => {
  it('prints help listing every command, exit 0', async () => {
    const { code, stdout } = await cli('--help');
    expect(code).toBe(0);
    for (const command of [
      'scenarios',
      'strategies',
      'play',
      'batch',
      'compare',
      'replay',
      'validate',
    ])
      expect(stdout).toMatch(new RegExp(`^  ${command}\\b`, 'm'));
  });

  it('prints a command’s options', async () => {
    const { code, stdout } = await cli('help', 'batch');
    expect(code).toBe(0);
    expect(stdout).toContain('--runs <n>');
    expect(stdout).toContain('--workers <k>');
  });

  it('prints the version', async () => {
    expect(await cli('--version')).toMatchObject({ code: 0, stdout: `${version}\n` });
  });

  it.each([
    [['frobnicate'], /^c5sim: error: unknown command 'frobnicate'/],
    [['play', '--speed', '3'], /^c5sim: error: unknown option '--speed'/],
    [['replay'], /^c5sim: error: missing required argument 'file'/],
    [['play', '--seed'], /^c5sim: error: option '--seed <seed>' argument missing/],
  ])('exits 2 for %j, with a named error and no stack trace', async (args, message) => {
    const { code, stdout, stderr } = await cli(...args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/^\s+at /m);
  });

  it('exits 3 for an internal error, naming it, with the stack only under C5SIM_DEBUG', async () => {
    let stderr = '';
    const failing = {
      out: () => {
        throw new Error('stdout is closed');
      },
      err: (text: string) => {
        stderr += text;
      },
    };
    expect(await runCli(['--help'], failing)).toBe(EXIT_INTERNAL);
    expect(stderr).toBe('c5sim: internal error: stdout is closed\n');
  });
});
