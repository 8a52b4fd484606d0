/**
 * `c5sim validate FILE`: whether a scenario, save or replay file is valid,
 * every problem named as `path: reason`.
 */

import type { GameState } from '../src/model';
import { deserialize, loadScenario, SaveError } from '../src/orchestration';
import { type CommandResult, lines } from './common';
import { EXIT_INVALID, EXIT_OK } from './exit-codes';
import { kindOf, readJson } from './files';
import { listProblems } from './read-file';
import { checkReplayFile, runReplay } from './replay';

/** The verdict on a file: its kind, and its problems (none means valid). */
export interface Verdict {
  readonly kind: 'scenario' | 'save' | 'replay' | 'file';
  readonly problems: readonly string[];
  /** What was found valid, e.g. `scenario "sandbox" (2026–2035)`. */
  readonly summary?: string;
}

function checkSave(value: unknown): Verdict {
  // deserialize checks the schema, then replays the log and compares the state.
  let game: GameState;
  try {
    game = deserialize(value);
  } catch (error) {
    if (error instanceof SaveError)
      return {
        kind: 'save',
        problems: error.problems.map((p) => `${p.path || '(file)'}: ${p.message}`),
      };
    throw error;
  }
  const status = game.finished ? 'finished' : `next turn ${game.year}`;
  return {
    kind: 'save',
    problems: [],
    summary: `save of ${game.scenario.id}, seed "${game.seed}", ${game.log.length} turns played, ${status}`,
  };
}

function checkReplay(value: unknown): Verdict {
  const checked = checkReplayFile(value);
  if (!checked.replay) return { kind: 'replay', problems: checked.problems };
  const run = runReplay(checked.replay);
  if (!run.ok) return { kind: 'replay', problems: run.problems };
  if (!run.matches)
    return {
      kind: 'replay',
      problems: [
        ...(run.divergesAt
          ? [
              `plans[${run.divergesAt.turn}]: the replay first diverges at turn ${run.divergesAt.turn + 1} (${run.divergesAt.year})`,
            ]
          : []),
        `hash: the plans replay to ${run.hash}, not the recorded ${checked.replay.hash}`,
      ],
    };
  return {
    kind: 'replay',
    problems: [],
    summary: `replay of ${checked.replay.scenario.id}, seed "${checked.replay.seed}", ${run.turns} turns, hash ${run.hash} reproduced`,
  };
}

/** Validates a parsed file as a scenario, save or replay, by its `format`. */
export function validateText(value: unknown): Verdict {
  let kind: ReturnType<typeof kindOf>;
  try {
    kind = kindOf(value);
  } catch (error) {
    return { kind: 'file', problems: [`format: ${(error as Error).message}`] };
  }
  if (kind === 'save') return checkSave(value);
  if (kind === 'replay') return checkReplay(value);
  const loaded = loadScenario(value);
  if (!loaded.ok)
    return { kind, problems: loaded.problems.map((p) => `${p.path || '(file)'}: ${p.reason}`) };
  const s = loaded.scenario;
  return {
    kind,
    problems: [],
    summary: `scenario "${s.id}" (${s.startYear}–${s.endYear}): ${s.title}`,
  };
}

/** `c5sim validate FILE`: exit 0 if valid, 1 with the problems (at most 20 listed) if not or if unreadable. */
export function validateCommand(file: string): CommandResult {
  const { json } = readJson(file);
  const verdict: Verdict = json.ok
    ? validateText(json.value)
    : { kind: 'file', problems: [`(file): ${json.reason}`] };
  if (verdict.problems.length === 0)
    return { stdout: lines(`valid ${verdict.summary}`), exitCode: EXIT_OK };
  const n = verdict.problems.length;
  return {
    stdout: '',
    stderr: lines(
      `c5sim: ${file} is not a valid ${verdict.kind} (${n} problem${n === 1 ? '' : 's'}):`,
      ...listProblems(verdict.problems).map((p) => `  ${p}`),
    ),
    exitCode: EXIT_INVALID,
  };
}
