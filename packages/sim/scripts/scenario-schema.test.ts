import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { scenarios } from '../src/scenarios';

const packageRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const tsx = join(packageRoot, '..', '..', 'node_modules', '.bin', 'tsx');
const temp = mkdtempSync(join(tmpdir(), 'c5-scenario-schema-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('scripts/scenario-schema.ts', () => {
  const out = join(temp, 'scenario.schema.json');
  // The script itself, into a temp folder, as `npm run build` runs it into dist/.
  execFileSync(tsx, ['scripts/scenario-schema.ts', out], { cwd: packageRoot, stdio: 'pipe' });
  const schema = JSON.parse(readFileSync(out, 'utf8'));
  // Rebuilt from the JSON text, so this checks the published schema, not the zod source.
  const fromJson = z.fromJSONSchema(schema);
  const plain = (value: unknown) => JSON.parse(JSON.stringify(value));

  it('writes a draft 2020-12 JSON Schema of a scenario object', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.type).toBe('object');
    expect(schema.title).toBe('C5+ simulation scenario');
    expect(schema.required).toEqual(
      expect.arrayContaining(['id', 'title', 'startYear', 'initial', 'deck', 'historical']),
    );
  });

  it.each(scenarios.map((s) => [s.id, s] as const))('accepts the built-in scenario %s', (_, s) => {
    const result = fromJson.safeParse(plain(s));
    expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
  });

  it('refuses a scenario out of range or with unknown fields', () => {
    const bad = plain(scenarios[0]);
    bad.initial.cohesion = 101;
    bad.colour = 'red';
    delete bad.deck;
    const result = fromJson.safeParse(bad);
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((i) => i.path.join('.')) ?? [];
    expect(paths).toEqual(expect.arrayContaining(['initial.cohesion', 'deck']));
  });
});
