/**
 * The model's rules of conduct, checked on its source: no clock and no
 * unseeded chance in the model (replays must be bit for bit), and no DOM or
 * Phaser anywhere in the package. The CLI and the batch runner, outside
 * `src/`, may read a clock to report elapsed time; they never feed it to the
 * model.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
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

describe('the model', () => {
  const model = ['model', 'kernel', 'scenarios', 'strategies', 'orchestration'].flatMap((folder) =>
    sources(join(src, folder)),
  );

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
