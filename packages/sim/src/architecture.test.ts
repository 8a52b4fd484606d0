/**
 * The model's rules of conduct, checked on its source: no clock and no
 * unseeded chance in the model (replays must be bit for bit), no DOM or
 * Phaser anywhere in the package, and imports that run one way through the
 * layers of `src/`. The CLI and the batch runner, outside `src/`, may read a
 * clock to report elapsed time; they never feed it to the model.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const src = dirname(fileURLToPath(import.meta.url));

function sources(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

function offending(files: readonly string[], pattern: RegExp): string[] {
  return files.flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .flatMap((line, i) =>
        pattern.test(line) ? [`${relative(src, file)}:${i + 1}: ${line.trim()}`] : [],
      ),
  );
}

/**
 * The layers of `src/`, lowest first. A layer may import the layers before it,
 * never one after it, and only through their `index.ts`, which states what the
 * layers above may use. Inside a layer, files import each other directly. The
 * public entry (`src/index.ts`) picks the package's names file by file and is
 * not checked; tests may reach any file they exercise.
 */
const LAYERS = ['model', 'kernel', 'scenarios', 'strategies', 'orchestration'] as const;

/** The `src/` files a source file imports by a relative path. */
function relativeImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/(?:from|import)\s*\(?\s*'(\.[^']*)'/g)].map(
    (m) => m[1] ?? '',
  );
  return specifiers.flatMap((specifier) => {
    const base = resolve(dirname(file), specifier);
    const target = [`${base}.ts`, join(base, 'index.ts'), base].find(existsSync);
    if (target === undefined)
      throw new Error(`${relative(src, file)}: cannot resolve '${specifier}'`);
    return target.startsWith(src + sep) ? [target] : [];
  });
}

/** The layer a file sits in, or undefined for the root of `src/` and files outside it. */
function layerOf(file: string): string | undefined {
  if (!file.startsWith(src + sep)) return undefined;
  const parts = relative(src, file).split(sep);
  return parts.length > 1 ? parts[0] : undefined;
}

/** Every import that breaks the layering, as `file -> target: why`. */
function layeringViolations(files: readonly string[], from: (file: string) => number): string[] {
  return files.flatMap((file) =>
    relativeImports(file).flatMap((target) => {
      const own = layerOf(file);
      const layer = layerOf(target);
      if (own !== undefined && layer === own) return [];
      const where = `${relative(src, file)} -> ${relative(src, target)}`;
      const rank = LAYERS.indexOf(layer as (typeof LAYERS)[number]);
      if (layer === undefined || rank < 0)
        return target === join(src, 'index.ts') && own === undefined
          ? []
          : [`${where}: not a layer's index`];
      if (rank >= from(file)) return [`${where}: a lower layer imports a higher one`];
      if (target !== join(src, layer, 'index.ts'))
        return [`${where}: reaches past ${layer}/index.ts`];
      return [];
    }),
  );
}

describe(`the layers, in the order ${LAYERS.join(' ← ')}`, () => {
  it('import only lower layers, and only through their index.ts', () => {
    const files = LAYERS.flatMap((layer) => sources(join(src, layer)));
    const crossing = files.flatMap((file) =>
      relativeImports(file).filter((target) => layerOf(target) !== layerOf(file)),
    );
    expect(crossing.length).toBeGreaterThan(20);
    expect(
      layeringViolations(files, (file) => LAYERS.indexOf(layerOf(file) as (typeof LAYERS)[number])),
    ).toEqual([]);
  });

  it('are used by the CLI and the batch runner only through the public entry or an index.ts', () => {
    const outside = ['cli', 'node'].flatMap((folder) => sources(join(src, '..', folder)));
    expect(outside.length).toBeGreaterThan(10);
    expect(layeringViolations(outside, () => LAYERS.length)).toEqual([]);
  });
});

describe('the model', () => {
  const model = LAYERS.flatMap((folder) => sources(join(src, folder)));

  it('reads no clock and draws no unseeded chance', () => {
    expect(model.length).toBeGreaterThan(20);
    expect(
      offending(model, /Math\.random|Date\.now|new Date\(|performance\.now|process\.hrtime/),
    ).toEqual([]);
  });

  it('never touches the DOM or Phaser, anywhere in the package', () => {
    const all = ['src', 'cli', 'node'].flatMap((folder) => sources(join(src, '..', folder)));
    expect(all.length).toBeGreaterThan(model.length);
    expect(offending(all, /from ['"](phaser|react)['"]|\bdocument\.|\bwindow\./)).toEqual([]);
  });
});
