/**
 * For tests only (not exported): the package as built in `dist/`. Tests of the
 * worker threads and of `dist/cli.js` run the built code, as users do; turbo's
 * `test` task depends on `build`, so `npx turbo run test` builds first. Typed
 * from the sources, imported from `dist/` at run time.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The package folder. */
export const packageRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
/** The built files the tests use. */
export const builtFiles = {
  index: join(packageRoot, 'dist', 'index.js'),
  node: join(packageRoot, 'dist', 'node', 'index.js'),
  worker: join(packageRoot, 'dist', 'node', 'batch-worker.js'),
  cli: join(packageRoot, 'dist', 'cli.js'),
} as const;

/** Throws a clear error if the package has not been built. */
export function requireBuild(): void {
  const missing = Object.values(builtFiles).filter((file) => !existsSync(file));
  if (missing.length > 0)
    throw new Error(
      `These tests run the built package, but ${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} missing: run \`npm run build -w @c5plus/sim\` (or \`npx turbo run test\`, which builds first).`,
    );
}

/** The built main entry, `dist/index.js`. */
export async function builtIndex(): Promise<typeof import('../src/index')> {
  requireBuild();
  return (await import(pathToFileURL(builtFiles.index).href)) as typeof import('../src/index');
}

/** The built node entry, `dist/node/index.js`. */
export async function builtNode(): Promise<typeof import('./index')> {
  requireBuild();
  return (await import(pathToFileURL(builtFiles.node).href)) as typeof import('./index');
}
