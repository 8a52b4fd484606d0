/**
 * `tsx scripts/scenario-schema.ts [outFile]`: writes the scenario file format as
 * JSON Schema (draft 2020-12), generated from `scenarioSchema` with zod's
 * `z.toJSONSchema`, to `dist/scenario.schema.json` (or `outFile`). Runs after
 * tsup in `npm run build`; the package exports it as `./scenario.schema.json`.
 *
 * The schema checks the shape and ranges of a scenario. Two checks of
 * `loadScenario` have no JSON Schema form and are left out: years of scripted
 * events and historical plans within the scenario's span, and historical plans
 * being legal in their year.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod/mini';
import { scenarioSchema } from '../src/scenarios/schema';

/** The scenario JSON Schema as an object. */
export function scenarioJsonSchema(): Record<string, unknown> {
  // 'input': the shape a file must have before parsing (what a teacher writes).
  const schema = z.toJSONSchema(scenarioSchema, { io: 'input' }) as Record<string, unknown>;
  const { $schema, ...rest } = schema;
  return {
    $schema,
    title: 'C5+ simulation scenario',
    description:
      'A scenario for @c5plus/sim: the starting position, scripted history, event deck, objectives and historical plans. Validate a file fully with loadScenario.',
    ...rest,
  };
}

const isMain =
  process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const packageRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
  const out = resolve(process.argv[2] ?? join(packageRoot, 'dist', 'scenario.schema.json'));
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`);
  console.log(`wrote ${relative(process.cwd(), out) || out}`);
}
