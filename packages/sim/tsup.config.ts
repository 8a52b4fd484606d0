import { defineConfig } from 'tsup';

/**
 * Three builds, run side by side by tsup:
 * - the library (`.` browser-safe, `./node` Node-only), ESM and CJS with types;
 * - the batch worker, ESM only: `dist/node/batch-worker.js`, loaded by path by
 *   `runBatchParallel` (from the ESM and the CJS build alike);
 * - the `c5sim` CLI, ESM only: `dist/cli.js` (its source starts with a hashbang,
 *   which esbuild keeps and tsup marks executable).
 * Only the first build cleans `dist/`, sparing the files the others write, since
 * the three run concurrently, and `scenario.schema.json`, which `npm run build`
 * writes after tsup (`scripts/scenario-schema.ts`), so that a bare `tsup` does
 * not leave the package's `./scenario.schema.json` export dangling.
 */
export default defineConfig([
  {
    entry: { index: 'src/index.ts', 'node/index': 'node/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    clean: ['!cli.js*', '!node/batch-worker.js*', '!scenario.schema.json'],
    sourcemap: true,
    target: 'es2022',
    // `import.meta.url` in the CJS build of the node entry (to find the worker).
    shims: true,
  },
  {
    entry: { 'node/batch-worker': 'node/batch-worker.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'es2022',
  },
  {
    entry: { cli: 'cli/index.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'es2022',
  },
]);
