import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { datasetProblems, datasetSchema } from '../schema/dataset-schema';
import { dataset } from '../src/data';
import { fixture } from '../src/test-fixture';
import { exportDataset } from './export-dataset';

const packageRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const tsx = join(packageRoot, '..', '..', 'node_modules', '.bin', 'tsx');
const { version } = JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as {
  version: string;
};
const collections = Object.keys(datasetSchema.shape);

const temp = mkdtempSync(join(tmpdir(), 'c5-export-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('npm run export', () => {
  // The CLI itself, into a temp folder so the test never touches dist/.
  const outDir = join(temp, 'cli');
  it('writes dataset.json and dataset.schema.json into the folder it is given', () => {
    execFileSync(tsx, ['scripts/export.ts', outDir], { cwd: packageRoot, stdio: 'pipe' });
    expect(readdirSync(outDir).sort()).toEqual(['dataset.json', 'dataset.schema.json']);
  }, 30_000);

  it('publishes every collection and the package version', () => {
    const file = JSON.parse(readFileSync(join(outDir, 'dataset.json'), 'utf8'));
    expect(Object.keys(file)).toEqual(['version', ...collections]);
    expect(file.version).toBe(version);
    for (const name of collections)
      expect(file[name]).toHaveLength(dataset[name as 'events'].length);
  });

  it('publishes a JSON Schema with a property for every collection', () => {
    const schema = JSON.parse(readFileSync(join(outDir, 'dataset.schema.json'), 'utf8'));
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.type).toBe('object');
    expect(Object.keys(schema.properties).sort()).toEqual([...collections, 'version'].sort());
    expect(schema.required).toEqual(expect.arrayContaining([...collections, 'version']));
    for (const name of collections) expect(schema.properties[name].type).toBe('array');
  });

  it('round-trips: dataset.json validates against its own JSON Schema and zod', () => {
    const file = JSON.parse(readFileSync(join(outDir, 'dataset.json'), 'utf8'));
    const schema = JSON.parse(readFileSync(join(outDir, 'dataset.schema.json'), 'utf8'));
    // Rebuilt from the JSON text, this checks the published schema, not the zod source.
    const fromJson = z.fromJSONSchema(schema);
    expect(fromJson.safeParse(file).success).toBe(true);
    expect(fromJson.safeParse({ ...file, version: 1 }).success).toBe(false);
    expect(fromJson.safeParse({ ...file, extra: [] }).success).toBe(false);
    const { version: _version, ...data } = file;
    expect(datasetProblems(data)).toEqual([]);
    expect(data).toEqual(JSON.parse(JSON.stringify(dataset)));
    // Rebuilding zod from the JSON Schema is slow on a loaded machine; this is no speed test.
  }, 30_000);
});

describe('exportDataset', () => {
  it('exports a valid fixture', () => {
    const outDir = join(temp, 'fixture');
    const { problems, files } = exportDataset(outDir, fixture, '1.2.3');
    expect(problems).toEqual([]);
    expect(files).toHaveLength(2);
    const file = JSON.parse(readFileSync(join(outDir, 'dataset.json'), 'utf8'));
    expect(file.events).toHaveLength(fixture.events.length);
  });

  it('writes nothing and names the problems of an invalid dataset', () => {
    const outDir = join(temp, 'broken');
    const broken = {
      ...fixture,
      events: [{ ...fixture.events[0], date: 'August 2004' }],
    };
    const { problems, files } = exportDataset(outDir, broken, 'not-a-version');
    expect(problems).toEqual([
      'events/fm-2004.date: must be YYYY, YYYY-MM or YYYY-MM-DD',
      'version: must be a semver version, got "not-a-version"',
    ]);
    expect(files).toEqual([]);
    expect(existsSync(outDir)).toBe(false);
  });
});
