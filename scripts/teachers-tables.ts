/**
 * `npm run docs:teachers`: rewrites the generated blocks of the teacher's
 * guide (docs/teachers/scenarios/*.md) from the model: each scenario's
 * scripted history and objectives, and what each strategy does in it.
 *
 *   tsx scripts/teachers-tables.ts [--runs N] [--seed BASE] [--check]
 *
 * `--check` rewrites nothing and exits 1 if a page is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scenarios } from '@c5plus/sim';
import { pageOf, withScenarioTables } from './teachers/guide-tables';
import { GUIDE_SETTINGS, type RunSettings } from './teachers/strategy-runs';

const guide = fileURLToPath(new URL('../docs/teachers/', import.meta.url));

function parse(args: readonly string[]): { settings: RunSettings; check: boolean } {
  let runs = GUIDE_SETTINGS.runs;
  let seedBase = GUIDE_SETTINGS.seedBase;
  let check = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--check') check = true;
    else if (arg === '--runs') {
      const text = args[++i] ?? '';
      runs = Number(text);
      if (!/^\d+$/.test(text)) throw new Error(`--runs must be a whole number (got "${text}")`);
    } else if (arg === '--seed') {
      seedBase = args[++i] ?? '';
      if (!seedBase) throw new Error('--seed needs a value');
    } else throw new Error(`unknown option "${arg}"`);
  }
  return { settings: { runs, seedBase }, check };
}

function main(): number {
  const { settings, check } = parse(process.argv.slice(2));
  let stale = 0;
  for (const scenario of scenarios) {
    const started = performance.now();
    const file = join(guide, pageOf(scenario.id));
    const before = readFileSync(file, 'utf8');
    const after = withScenarioTables(
      before,
      scenario,
      settings,
      `docs/teachers/${pageOf(scenario.id)}`,
    );
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const name = `docs/teachers/${pageOf(scenario.id)}`;
    if (after === before) console.log(`${name}: up to date (${seconds} s)`);
    else if (check) {
      stale++;
      console.log(`${name}: out of date (${seconds} s)`);
    } else {
      writeFileSync(file, after);
      console.log(`${name}: tables rewritten (${seconds} s)`);
    }
  }
  return stale > 0 ? 1 : 0;
}

try {
  process.exitCode = main();
} catch (error) {
  console.error(`docs:teachers: error: ${(error as Error).message}`);
  process.exitCode = 2;
}
