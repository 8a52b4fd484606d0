/**
 * Writes the dataset as JSON with its JSON Schema, for readers that do not run
 * JavaScript (notebooks, other languages). The CLI is `export.ts`; this module
 * holds the work so a test can run it on a fixture.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { datasetFileSchema, datasetProblems } from '../schema/dataset-schema';

/** What an export did: the files it wrote, or why it wrote none. */
export interface ExportResult {
  /** Named problems (`collection/id.field: message`); empty when the dataset is valid. */
  readonly problems: readonly string[];
  /** Absolute paths of the files written; empty when there were problems. */
  readonly files: readonly string[];
}

/** The JSON Schema (draft 2020-12) of `dataset.json`, generated from the zod schema. */
export function datasetJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(datasetFileSchema, { target: 'draft-2020-12' });
}

/**
 * Validates `data` and, only if it is valid, writes `dataset.json` (the data
 * with `version` first) and `dataset.schema.json` into `outDir`. An invalid
 * dataset writes nothing, so a stale or broken file is never published.
 */
export function exportDataset(outDir: string, data: object, version: string): ExportResult {
  const file = { version, ...data };
  const problems = datasetProblems(data);
  const versionCheck = datasetFileSchema.shape.version.safeParse(version);
  if (!versionCheck.success) problems.push(`version: must be a semver version, got "${version}"`);
  if (problems.length > 0) return { problems, files: [] };

  mkdirSync(outDir, { recursive: true });
  const datasetPath = join(outDir, 'dataset.json');
  const schemaPath = join(outDir, 'dataset.schema.json');
  writeFileSync(datasetPath, `${JSON.stringify(file, null, 2)}\n`);
  writeFileSync(schemaPath, `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`);
  return { problems: [], files: [datasetPath, schemaPath] };
}
