/**
 * Ships the game's data as data, not code. In a build, each data module is
 * replaced by one that fetches the same records as a JSON file with a
 * top-level await; everything that imports it (the sim and its worker
 * included) waits for it and then reads it synchronously as before.
 *
 * - The dataset: `@c5plus/core` resolves to its sources, and its data module
 *   (`src/data/index.ts`, nothing but records) is read from `dataset.json`,
 *   core's own export of the same records.
 * - Plain JSON imports named in `json` (the map's region): the file itself.
 *
 * Why: the dataset with its bilingual quotes and the map's outlines are a
 * third of the game's script. As JSON they are parsed several times faster
 * than the same object literals compiled as JavaScript, they are cached apart
 * from the code (a code change does not download them again), and the page
 * preloads them beside its first script.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { Plugin, ResolvedConfig } from 'vite';
import { DATA_LOAD_ERROR } from './data-load-error.ts';

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

export interface FetchedDataOptions {
  /** `packages/core/src/index.ts`: what `@c5plus/core` resolves to. */
  readonly coreEntry: string;
  /** `packages/core/src/data/index.ts`: the module the dataset's fetch replaces. */
  readonly dataModule: string;
  /** `packages/core/dist/dataset.json`, written by core's build. */
  readonly datasetFile: string;
  /** JSON files imported by the game whose default export is fetched instead. */
  readonly json: readonly string[];
}

const normalize = (path: string) => path.split('\\').join('/');

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

/** Code that fetches the file at `urlExpression` into `data`, or throws a `DataLoadError` that names it. */
function fetching(urlExpression: string): string {
  return `const url = ${urlExpression};
const response = await fetch(url).catch(() => undefined);
if (!response?.ok) {
  const error = new Error(\`The game's data (\${url}) could not be loaded: \${response ? \`HTTP \${response.status}\` : 'no response'}.\`);
  error.name = ${JSON.stringify(DATA_LOAD_ERROR)};
  throw error;
}
const data = await response.json();
`;
}

/** The module that stands for core's `src/data/index.ts`: the same exports, read from the fetched file. */
function datasetModule(urlExpression: string): string {
  const exports = Object.entries(COLLECTIONS)
    .map(([name, key]) => `export const ${name} = data[${JSON.stringify(key)}];`)
    .join('\n');
  return `${fetching(urlExpression)}export const dataset = data;\n${exports}\n`;
}

export function fetchedData(options: FetchedDataOptions): Plugin {
  const dataModule = normalize(options.dataModule);
  const jsonFiles = new Set(options.json.map(normalize));
  /** Stands for a JSON file (`<VIRTUAL><path>.js`), so that Vite's JSON plugin leaves it to this one. */
  const VIRTUAL = '\0c5plus-fetched:';
  const emitted: string[] = [];
  let base = '/';
  return {
    name: 'c5plus:fetched-data',
    apply: 'build',
    enforce: 'pre',
    configResolved(config: ResolvedConfig) {
      base = config.base;
    },
    async resolveId(source, importer) {
      if (source === '@c5plus/core') return options.coreEntry;
      if (!source.endsWith('.json')) return undefined;
      const resolved = await this.resolve(source, importer, { skipSelf: true });
      const path = resolved && normalize(resolved.id);
      return path && jsonFiles.has(path) ? `${VIRTUAL}${path}.js` : undefined;
    },
    load(id) {
      const emit = (name: string, records: unknown) => {
        emitted.push(name);
        const reference = this.emitFile({ type: 'asset', name, source: JSON.stringify(records) });
        // Vite renders the asset's URL as a path from the base: resolve it against this module.
        return `new URL(import.meta.ROLLUP_FILE_URL_${reference}, import.meta.url)`;
      };
      if (id.startsWith(VIRTUAL)) {
        const file = id.slice(VIRTUAL.length, -'.js'.length);
        const records: unknown = JSON.parse(readFileSync(file, 'utf8'));
        return `${fetching(emit(basename(file), records))}export default data;\n`;
      }
      if (normalize(id.split('?')[0] ?? id) !== dataModule) return undefined;
      return datasetModule(emit('dataset.json', readDataset(options.datasetFile)));
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        if (!context.bundle) return undefined;
        // Fetched beside the first script instead of after it; `crossorigin` matches fetch's defaults.
        return Object.values(context.bundle)
          .filter(
            (output) =>
              output.type === 'asset' && output.names.some((name) => emitted.includes(name)),
          )
          .map((asset) => ({
            tag: 'link',
            attrs: {
              rel: 'preload',
              as: 'fetch',
              crossorigin: '',
              href: `${base}${asset.fileName}`,
            },
            injectTo: 'head' as const,
          }));
      },
    },
  };
}
