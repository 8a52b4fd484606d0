/** `c5sim replay FILE`: re-plays a replay file and checks it reaches its recorded hash. */
import { type Replay, verifyReplay } from '../src/engine/replay';
import { loadScenario } from '../src/scenarios';
import { type CommandResult, lines, UsageError } from './common';
import { kindOf, REPLAY_FORMAT, readJson } from './files';

/**
 * Checks a parsed replay file's fields and scenario; returns the problems
 * (`path: reason`) and, when there are none, the replay ready to run.
 */
export function checkReplayFile(value: unknown): {
  readonly problems: readonly string[];
  readonly replay?: Replay;
} {
  const r = value as Record<string, unknown>;
  const problems: string[] = [];
  if (typeof r.seed !== 'string') problems.push('seed: must be a string');
  if (!Array.isArray(r.plans)) problems.push('plans: must be a list of { year, plans }');
  if (typeof r.hash !== 'string') problems.push('hash: must be a string');
  if (r.controllers === null || typeof r.controllers !== 'object')
    problems.push('controllers: must be an object of state ids to controllers');
  const loaded = loadScenario(r.scenario);
  if (!loaded.ok)
    for (const p of loaded.problems)
      problems.push(`scenario${p.path ? `.${p.path}` : ''}: ${p.reason}`);
  if (problems.length > 0 || !loaded.ok) return { problems };
  return { problems, replay: { ...(r as unknown as Replay), scenario: loaded.scenario } };
}

/** Runs a checked replay: its final hash, or why its plans were refused. */
export function runReplay(
  replay: Replay,
):
  | { readonly ok: true; readonly hash: string; readonly matches: boolean; readonly turns: number }
  | { readonly ok: false; readonly reason: string } {
  try {
    const result = verifyReplay(replay);
    return { ok: true, hash: result.hash, matches: result.ok, turns: replay.plans.length };
  } catch (error) {
    return { ok: false, reason: (error as Error).message };
  }
}

/** `c5sim replay FILE`: exit 0 if the replay reproduces its hash, 1 if not, 2 if the file is unusable. */
export function replayCommand(file: string): CommandResult {
  const { json } = readJson(file, 'replay file');
  if (!json.ok) throw new UsageError(`${file} is not a replay: ${json.reason}`);
  if (kindOf(json.value) !== 'replay')
    throw new UsageError(`${file} is not a replay (its "format" should be "${REPLAY_FORMAT}")`);
  const checked = checkReplayFile(json.value);
  if (!checked.replay)
    throw new UsageError(
      `${file} is not a usable replay (${checked.problems.length} problems)`,
      checked.problems,
    );
  const { replay } = checked;
  const run = runReplay(replay);
  const head = `Replay of ${replay.scenario.id}, seed "${replay.seed}", ${replay.plans.length} turn${replay.plans.length === 1 ? '' : 's'}`;
  if (!run.ok)
    return {
      stdout: lines(head),
      stderr: lines(`c5sim: the replay does not run: ${run.reason}`),
      exitCode: 1,
    };
  return {
    stdout: lines(
      head,
      `Final hash:    ${run.hash}`,
      `Recorded hash: ${replay.hash}`,
      run.matches
        ? 'The replay matches: it reproduces the game exactly.'
        : 'MISMATCH: the replay does not reproduce the recorded game.',
    ),
    exitCode: run.matches ? 0 : 1,
  };
}
