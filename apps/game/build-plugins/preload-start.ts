/**
 * The page's first script (`src/boot.ts`) imports the game dynamically, so
 * that a failed start can be told in words. A dynamic import's chunks are
 * fetched only once that script runs: this plugin lists them in the page as
 * `modulepreload` links, so the browser fetches them beside the first script,
 * as it would a static import's.
 */
import type { OutputChunk } from 'rolldown';
import type { Plugin, ResolvedConfig } from 'vite';

export function preloadStart(options: { entry: string }): Plugin {
  const entry = options.entry.split('\\').join('/');
  let base = '/';
  return {
    name: 'c5plus:preload-start',
    apply: 'build',
    configResolved(config: ResolvedConfig) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        if (!context.bundle) return undefined;
        const chunks = new Map<string, OutputChunk>();
        for (const output of Object.values(context.bundle))
          if (output.type === 'chunk') chunks.set(output.fileName, output);
        const start = [...chunks.values()].find(
          (chunk) => chunk.facadeModuleId?.split('\\').join('/') === entry,
        );
        if (!start) throw new Error(`preload-start: no chunk is built from ${entry}.`);
        // The chunk and every chunk it imports statically, each once.
        const wanted = new Set<string>();
        const visit = (fileName: string) => {
          if (wanted.has(fileName)) return;
          wanted.add(fileName);
          for (const imported of chunks.get(fileName)?.imports ?? []) visit(imported);
        };
        visit(start.fileName);
        // What the page already links (the first script's own imports) is not listed twice.
        return [...wanted]
          .filter((fileName) => !html.includes(`${base}${fileName}`))
          .map((fileName) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: '', href: `${base}${fileName}` },
            injectTo: 'head' as const,
          }));
      },
    },
  };
}
