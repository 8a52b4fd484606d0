/**
 * What the commands share: the result type, user errors (exit code 2) and the
 * parsing of arguments that name scenarios, strategies, counts and files.
 */
import { accessSync, constants, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { STATE_IDS } from '@c5plus/core';
import type { Controller, Scenario, StateId } from '../src/model';
import { loadScenario, parseSeed, parseSeedBase } from '../src/orchestration';
import { getScenario, scenarios } from '../src/scenarios';
import { strategies } from '../src/strategies';
import { InputError, UsageError } from './errors';
import { EXIT_USAGE } from './exit-codes';
import { looksLike } from './files';
import { listProblems, readInputText } from './read-file';

/** What a command prints and the exit code it ends with. */
export interface CommandResult {
  readonly stdout: string;
  readonly stderr?: string;
  readonly exitCode: number;
}

/** Exit code for a wrong call: unknown ids, malformed options, bad argument values. */
export const USAGE_EXIT = EXIT_USAGE;

export { CliError, InputError, InvalidInputError, UsageError } from './errors';

/** The text a result carries, ending in one newline. */
export function lines(...parts: readonly string[]): string {
  const text = parts.join('\n');
  return text.endsWith('\n') ? text : `${text}\n`;
}

/** The built-in scenario ids, for error messages. */
function scenarioIds(): string {
  return scenarios.map((s) => s.id).join(', ');
}

/**
 * A built-in scenario by id, or a scenario JSON file by path (validated by
 * `loadScenario`, every problem named).
 */
export function resolveScenario(arg: string): Scenario {
  const builtIn = getScenario(arg);
  if (builtIn) return builtIn;
  const looksLikePath = /[/\\]/.test(arg) || arg.endsWith('.json');
  if (!looksLikePath && !existsSync(arg))
    throw new UsageError(
      `unknown scenario "${arg}"; built-in scenarios are ${scenarioIds()} (or give the path of a scenario JSON file)`,
    );
  const text = readInputText(arg, 'scenario file');
  let value: unknown = text; // not JSON: loadScenario names the parse error
  try {
    value = JSON.parse(text);
  } catch {}
  const kind = looksLike(value);
  if (kind === 'a save' || kind === 'a replay' || kind === 'a plan' || kind === 'batch results')
    throw new InputError(`${arg} is not a scenario file: it looks like ${kind}`);
  const loaded = loadScenario(value);
  if (!loaded.ok)
    throw new InputError(
      `the scenario file ${arg} is invalid (${loaded.problems.length} problem${loaded.problems.length === 1 ? '' : 's'})`,
      listProblems(loaded.problems.map((p) => `${p.path || '(file)'}: ${p.reason}`)),
    );
  return loaded.scenario;
}

/** A file's text, or an `InputError` naming the file and why it could not be read. */
export function readText(path: string, what = 'file'): string {
  try {
    if (statSync(path).isDirectory())
      throw new InputError(`cannot read the ${what} ${path}: it is a directory`);
    return readFileSync(path, 'utf8');
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`cannot read the ${what} ${path}: ${reasonOf(error)}`);
  }
}

/**
 * Throws a `UsageError` unless `path` can be written: an existing file we may
 * write, or a new name in a folder we may write. Called before long work, so
 * that a bad `--out` fails at once rather than after the games.
 */
export function checkWritable(path: string, what = 'file'): void {
  const fail = (reason: string) => {
    throw new UsageError(`cannot write the ${what} ${path}: ${reason}`);
  };
  try {
    if (existsSync(path)) {
      if (statSync(path).isDirectory()) fail('it is a directory');
      accessSync(path, constants.W_OK);
      return;
    }
    const folder = dirname(resolve(path));
    if (!existsSync(folder)) fail(`the folder ${dirname(path)} does not exist`);
    if (!statSync(folder).isDirectory()) fail('a part of the path is not a directory');
    accessSync(folder, constants.W_OK);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    fail(reasonOf(error));
  }
}

/** Writes a file, or throws a `UsageError` naming the file and why it could not be written. */
export function writeText(path: string, text: string, what = 'file'): void {
  try {
    writeFileSync(path, text);
  } catch (error) {
    throw new UsageError(`cannot write the ${what} ${path}: ${reasonOf(error)}`);
  }
}

/** A short reason for a file-system error: `no such file or directory` rather than the full message. */
function reasonOf(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  switch (e.code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'it is a directory';
    case 'ENOTDIR':
      return 'a part of the path is not a directory';
    default:
      return e.message ?? String(error);
  }
}

/** A `--seed` value checked against the seed rule, or a `UsageError` saying the rule. */
export function seedArgument(text: string): string {
  const result = parseSeed(text);
  if (!result.ok) throw new UsageError(`--seed: ${result.message}`);
  return result.seed;
}

/** A batch's `--seed` base, checked so that its games' seeds `BASE-N` follow the rule too. */
export function seedBaseArgument(text: string): string {
  const result = parseSeedBase(text);
  if (!result.ok) throw new UsageError(`--seed: ${result.message}`);
  return result.seed;
}

/** The strategy ids, for error messages. */
export function strategyIds(): string {
  return Object.keys(strategies).join(', ');
}

/** A strategy id as spelled in the registry (case-insensitive), or a `UsageError`. */
export function parseStrategyId(name: string, where: string): string {
  const id = Object.keys(strategies).find((s) => s.toLowerCase() === name.trim().toLowerCase());
  if (name.trim().toLowerCase() === 'human')
    throw new UsageError(
      `${where}: "human" cannot play from the command line; choose a strategy: ${strategyIds()}`,
    );
  if (!id)
    throw new UsageError(`${where}: unknown strategy "${name}"; expected one of ${strategyIds()}`);
  return id;
}

/**
 * Parses `--strategy KAZ=multiVector,UZB=lookahead` (state ids and strategy
 * ids are case-insensitive; `all=greedy` sets every state not named on its
 * own). States not named at all play `multiVector`.
 */
export function parseStrategies(spec: string | undefined): Partial<Record<StateId, Controller>> {
  const controllers: Partial<Record<StateId, Controller>> = {};
  if (spec === undefined) return controllers;
  const pairs = spec
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  if (pairs.length === 0)
    throw new UsageError(
      '--strategy is empty; expected STATE=STRATEGY pairs such as KAZ=multiVector,UZB=lookahead',
    );
  const named = new Set<string>();
  for (const pair of pairs) {
    const match = /^([^=\s]+)\s*=\s*([^=\s]+)$/.exec(pair);
    if (!match)
      throw new UsageError(
        `malformed --strategy "${pair}"; expected STATE=STRATEGY pairs such as KAZ=multiVector,UZB=lookahead`,
      );
    const [, rawState = '', rawStrategy = ''] = match;
    const state = rawState.toUpperCase();
    const strategy = parseStrategyId(rawStrategy, `--strategy ${pair}`);
    if (state === 'ALL') {
      for (const id of STATE_IDS) if (!named.has(id)) controllers[id] = strategy;
      continue;
    }
    if (!(STATE_IDS as readonly string[]).includes(state))
      throw new UsageError(
        `--strategy ${pair}: unknown state "${rawState}"; expected one of ${STATE_IDS.join(', ')} or all`,
      );
    if (named.has(state)) throw new UsageError(`--strategy names ${state} twice`);
    named.add(state);
    controllers[state as StateId] = strategy;
  }
  return controllers;
}

/** Every state's controller, filled in with the default for states not named. */
export function controllersLine(controllers: Partial<Record<StateId, Controller>>): string {
  return STATE_IDS.map((id) => `${id} ${controllers[id] ?? 'multiVector'}`).join(' · ');
}

/** Parses a whole-number option such as `--runs`, within bounds. */
export function parseCount(value: string | undefined, option: string, max: number): number {
  if (value === undefined) throw new UsageError(`${option} is required`);
  const text = value.trim();
  const n = /^\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isSafeInteger(n) || n < 1 || n > max)
    throw new UsageError(
      `${option} must be a whole number from 1 to ${max.toLocaleString('en')} (got "${value}")`,
    );
  return n;
}

/** A number with a fixed number of decimals; `-0.0` is shown as `0.0`. */
export function fixed(n: number, decimals = 1): string {
  const text = n.toFixed(decimals);
  return Number(text) === 0 ? (0).toFixed(decimals) : text;
}

/** A signed change: `+1.2`, `-0.4`, `±0.0`. */
export function signed(n: number, decimals = 1): string {
  const text = fixed(n, decimals);
  return Number(text) === 0 ? `±${text}` : n > 0 ? `+${text}` : text;
}

/**
 * A plain-text table: columns separated by two spaces, numbers right-aligned
 * (`align` per column, `l` or `r`; left by default).
 */
export function table(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  align: readonly ('l' | 'r')[] = [],
): string {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, c) =>
        align[c] === 'r' ? cell.padStart(widths[c] ?? 0) : cell.padEnd(widths[c] ?? 0),
      )
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
