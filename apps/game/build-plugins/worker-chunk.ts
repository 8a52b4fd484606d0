/**
 * A module worker built as one more chunk of the page's own build, so the
 * modules it shares with the page (the sim and the dataset) are one shared
 * chunk, loaded once and cached once, instead of a second copy inside a
 * separately built worker (what `new Worker(new URL(…))` gives in Vite).
 *
 * `import workerUrl from '<id>'` gives the worker's URL: the emitted chunk in
 * a build, the source module on the dev server.
 */
import { relative } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';

export function workerChunk(options: { id: string; entry: string; name: string }): Plugin {
  const resolved = `\0${options.id}`;
  let config: ResolvedConfig | undefined;
  return {
    name: 'c5plus:worker-chunk',
    configResolved(resolvedConfig) {
      config = resolvedConfig;
    },
    resolveId(id) {
      return id === options.id ? resolved : undefined;
    },
    load(id) {
      if (id !== resolved || !config) return undefined;
      if (config.command === 'serve') {
        const path = `${config.base}${relative(config.root, options.entry).split('\\').join('/')}`;
        return `export default new URL(${JSON.stringify(path)}, location.origin);`;
      }
      const reference = this.emitFile({ type: 'chunk', id: options.entry, name: options.name });
      // Vite renders the chunk's URL as a path from the base: resolve it against this module.
      return `export default new URL(import.meta.ROLLUP_FILE_URL_${reference}, import.meta.url);`;
    },
  };
}
