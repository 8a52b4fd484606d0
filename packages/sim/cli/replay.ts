/** `c5sim replay FILE`: re-plays a replay file and checks it reaches its recorded hash. */
import { loadReplay, type Replay, ReplayError, verifyReplay } from '../src/orchestration';
import { type CommandResult, InvalidInputError, lines } from './common';
import { EXIT_INVALID, EXIT_OK } from './exit-codes';
import { looksLike, readJson } from './files';
import { listProblems } from './read-file';

/**
 * Checks a parsed replay file against the format; returns the problems
 * (`path: reason`) and, when there are none, the replay ready to run.
 */
export function checkReplayFile(value: unknown): {
  readonly problems: readonly string[];
  readonly replay?: Replay;
} {
  const loaded = loadReplay(value);
  if (!loaded.ok)
    return { problems: loaded.error.problems.map((p) => `${p.path || '(file)'}: ${p.message}`) };
  return { problems: [], replay: loaded.replay };
}

/** Runs a checked replay: its final hash and first divergent turn, or why its plans were refused. */
export function runReplay(replay: Replay):
  | {
      readonly ok: true;
      readonly hash: string;
      readonly matches: boolean;
      readonly turns: number;
      readonly divergesAt?: { readonly turn: number; readonly year: number };
    }
  | { readonly ok: false; readonly reason: string; readonly problems: readonly string[] } {
  try {
    const result = verifyReplay(replay);
    return {
      ok: true,
      hash: result.hash,
      matches: result.ok,
      turns: replay.plans.length,
      ...(result.divergesAt ? { divergesAt: result.divergesAt } : {}),
    };
  } catch (error) {
    if (!(error instanceof ReplayError)) throw error;
    return {
      ok: false,
      reason: error.message,
      problems: error.problems.map((p) => `${p.path || 'plans'}: ${p.message}`),
    };
  }
}

/** `c5sim replay FILE`: exit 0 if the replay reproduces its hash, 1 if not or if the file is unusable. */
export function replayCommand(file: string): CommandResult {
  const { json } = readJson(file, 'replay file');
  if (!json.ok) throw new InvalidInputError(`${file} is not a replay: ${json.reason}`);
  const kind = looksLike(json.value);
  if (kind !== 'a replay')
    throw new InvalidInputError(`${file} is not a replay: it looks like ${kind}`);
  const checked = checkReplayFile(json.value);
  if (!checked.replay) {
    const n = checked.problems.length;
    throw new InvalidInputError(
      `${file} is not a usable replay (${n} problem${n === 1 ? '' : 's'})`,
      listProblems(checked.problems),
    );
  }
  const { replay } = checked;
  const run = runReplay(replay);
  const head = `Replay of ${replay.scenario.id}, seed "${replay.seed}", ${replay.plans.length} turn${replay.plans.length === 1 ? '' : 's'}`;
  if (!run.ok)
    return {
      stdout: lines(head),
      stderr: lines(`c5sim: the replay does not run: ${run.reason}`),
      exitCode: EXIT_INVALID,
    };
  return {
    stdout: lines(
      head,
      `Final hash:    ${run.hash}`,
      `Recorded hash: ${replay.hash}`,
      run.matches
        ? 'The replay matches: it reproduces the game exactly.'
        : `MISMATCH: the replay does not reproduce the recorded game${run.divergesAt ? `; it first diverges at turn ${run.divergesAt.turn + 1} (${run.divergesAt.year})` : ' (a format 1 file: the turn is not recorded)'}.`,
    ),
    exitCode: run.matches ? EXIT_OK : EXIT_INVALID,
  };
}
