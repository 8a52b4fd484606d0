#!/usr/bin/env node
/** `c5sim`: the command-line tool of `@c5plus/sim`. Built to `dist/cli.js`. */
import { runCli } from './program';

const code = await runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  ...(process.stderr.isTTY ? { tty: process.stderr } : {}),
});
process.exitCode = code;
