#!/usr/bin/env node
// The `c5sim` command. This small file is committed so that npm links the bin
// at install time, before `npm run build` has written dist/; it loads the
// built CLI, and says so plainly when the build is missing (exit 3).
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
if (existsSync(cli)) {
  await import(pathToFileURL(cli).href);
} else {
  process.stderr.write(
    `c5sim: the CLI is not built (${cli} is missing).\n` +
      'Run `npm run build` at the root of the c5plus clone (or in packages/sim), then try again.\n',
  );
  process.exitCode = 3;
}
