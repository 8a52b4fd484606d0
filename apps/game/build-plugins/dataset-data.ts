/**
 * Ships the dataset as data, not code. In a build, `@c5plus/core` resolves to
 * its sources, and its data module (`src/data/index.ts`, nothing but records)
 * is replaced by a module that fetches `dataset.json` (core's own export of
 * the same records) with a top-level await. Everything that imports the
 * dataset, the sim and its worker included, waits for it and reads it
 * synchronously as before.
 *
 * Why: the records with their bilingual quotes are a third of the game's
 * script. As JSON they are parsed several times faster than the same object
 * literals compiled as JavaScript, they are cached apart from the code (a
 * code change does not download the dataset again), and the page preloads
 * them beside its first script.
 */
import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import type { Plugin, ResolvedConfig } from 'vite';
import { DATASET_LOAD_ERROR } from './dataset-load-error';

/** The dataset's collections, as `src/data/index.ts` exports them, and their key in the file. */
const COLLECTIONS = {
  states: 'states',
  partners: 'partners',
  events: 'events',
  figures: 'figures',
  phases: 'phases',
  principles: 'principles',
  priorities: 'priorities',
  initiatives: 'initiatives',
  instruments: 'instruments',
  people: 'people',
  routes: 'routes',
  themes: 'themes',
  documentArguments: 'arguments',
  sources: 'sources',
} as const;

export interface DatasetDataOptions {
  /** `packages/core/src/index.ts`: what `@c5plus/core` resolves to. */
  readonly coreEntry: string;
  /** `packages/core/src/data/index.ts`: the module the fetch replaces. */
  readonly dataModule: string;
  /** `packages/core/dist/dataset.json`, written by core's build. */
  readonly datasetFile: string;
}

/** The file's records, without its `version`; the build stops if they are not the data module's collections. */
function readDataset(file: string): Record<string, unknown> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new Error(`${file} is missing: build @c5plus/core first (npx turbo run build).`);
  }
  const { version: _version, ...records } = JSON.parse(text) as Record<string, unknown>;
  const expected = Object.values(COLLECTIONS).sort();
  if (!isDeepStrictEqual(Object.keys(records).sort(), expected))
    throw new Error(
      `${file} holds ${Object.keys(records).join(', ')}; the game expects ${expected.join(', ')}.`,
    );
  return records;
}

/** The module that stands for `src/data/index.ts`: the same exports, read from the fetched file. */
function fetchingModule(fileUrl: string): string {
  const exports = Object.entries(COLLECTIONS)
    .map(([name, key]) => `export const ${name} = dataset[${JSON.stringify(key)}];`)
    .join('\n');
  return `const url = ${fileUrl};
const response = await fetch(url).catch(() => undefined);
if (!response?.ok) {
  const error = new Error(\`The dataset (\${url}) could not be loaded: \${response ? \`HTTP \${response.status}\` : 'no response'}.\`);
  error.name = ${JSON.stringify(DATASET_LOAD_ERROR)};
  throw error;
}
export const dataset = await response.json();
${exports}
`;
}

export function datasetData(options: DatasetDataOptions): Plugin {
  const normalize = (path: string) => path.split('\\').join('/');
  const dataModule = normalize(options.dataModule);
  let base = '/';
  return {
    name: 'c5plus:dataset-data',
    apply: 'build',
    enforce: 'pre',
    configResolved(config: ResolvedConfig) {
      base = config.base;
    },
    resolveId(source) {
      return source === '@c5plus/core' ? options.coreEntry : undefined;
    },
    load(id) {
      if (normalize(id.split('?')[0] ?? id) !== dataModule) return undefined;
      const records = readDataset(options.datasetFile);
      const reference = this.emitFile({
        type: 'asset',
        name: 'dataset.json',
        source: JSON.stringify(records),
      });
      // Vite renders the asset's URL as a path from the base: resolve it against this module.
      return fetchingModule(`new URL(import.meta.ROLLUP_FILE_URL_${reference}, import.meta.url)`);
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        if (!context.bundle) return undefined;
        const asset = Object.values(context.bundle).find(
          (output) => output.type === 'asset' && output.names.includes('dataset.json'),
        );
        if (!asset) return undefined;
        // Fetched beside the first script instead of after it; `crossorigin` matches fetch's defaults.
        return [
          {
            tag: 'link',
            attrs: {
              rel: 'preload',
              as: 'fetch',
              crossorigin: '',
              href: `${base}${asset.fileName}`,
            },
            injectTo: 'head',
          },
        ];
      },
    },
  };
}
