/**
 * Replay review: a teacher loads a student's exported replay file and steps
 * through it year by year, forwards and back, with each year's report — the
 * same explained effects the student saw, since the sim re-plays the same
 * plans. The verdict is the sim's own `verifyReplay`: the file reaches its
 * recorded hash (unaltered), reaches another one (tampered), or does not
 * even read or replay (invalid).
 */
import {
  createGame,
  type GameState,
  hashState,
  loadScenario,
  type Plan,
  REPLAY_FORMAT,
  type Replay,
  type ScenarioProblem,
  type StateId,
  step,
  type TurnReport,
  verifyReplay,
} from '@c5plus/sim';
import { z } from './zod';

/** The largest replay file accepted, in characters. */
export const MAX_REPLAY_FILE = 5_000_000;

/** One problem that makes a file invalid, with the path of the field at fault. */
export interface ReplayProblem {
  readonly path: string;
  readonly reason: string;
}

/** Why a file is not a usable replay. */
export type InvalidReplay =
  | { readonly code: 'too-large'; readonly size: number; readonly limit: number }
  | { readonly code: 'not-json'; readonly reason: string }
  | { readonly code: 'not-a-replay'; readonly problems: readonly ReplayProblem[] }
  | { readonly code: 'invalid-scenario'; readonly problems: readonly ScenarioProblem[] }
  /** The plans break the rules, or a controller is unknown: the game cannot be re-played. */
  | { readonly code: 'refused'; readonly turn: number; readonly reason: string };

/** What the hash check says. */
export type ReplayVerdict =
  | { readonly kind: 'unaltered'; readonly hash: string }
  | { readonly kind: 'tampered'; readonly recorded: string; readonly reached: string };

/** One year of the review: the plans played, the report, and the game after it. */
export interface ReviewedTurn {
  readonly year: number;
  readonly plans: Readonly<Record<StateId, Plan>>;
  readonly report: TurnReport;
  readonly game: GameState;
}

/** A replay ready to review. */
export interface ReplayReview {
  readonly replay: Replay;
  readonly verdict: ReplayVerdict;
  /** The game before the first year. */
  readonly start: GameState;
  readonly turns: readonly ReviewedTurn[];
}

/** A review, or why the file is not a replay. */
export type ReviewResult =
  | { readonly ok: true; readonly review: ReplayReview }
  | { readonly ok: false; readonly error: InvalidReplay };

// The envelope only; the scenario is checked by `loadScenario`, plans by `step`.
const replayEnvelope = z.object({
  format: z.literal(REPLAY_FORMAT),
  scenario: z.unknown(),
  seed: z.string().check(z.minLength(1)),
  controllers: z.record(z.string(), z.string()),
  plans: z.array(
    z.looseObject({ year: z.number().check(z.int()), plans: z.record(z.string(), z.unknown()) }),
  ),
  hash: z.string().check(z.minLength(1)),
});

function pathOf(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, key) =>
      typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key),
    '',
  );
}

/** Reads a replay file's text, re-plays it year by year, and checks its hash. */
export function reviewReplay(text: string): ReviewResult {
  if (text.length > MAX_REPLAY_FILE)
    return { ok: false, error: { code: 'too-large', size: text.length, limit: MAX_REPLAY_FILE } };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: { code: 'not-json', reason: (error as Error).message } };
  }
  const envelope = replayEnvelope.safeParse(data);
  if (!envelope.success)
    return {
      ok: false,
      error: {
        code: 'not-a-replay',
        problems: envelope.error.issues.map((i) => ({ path: pathOf(i.path), reason: i.message })),
      },
    };
  const loaded = loadScenario(envelope.data.scenario);
  if (!loaded.ok)
    return {
      ok: false,
      error: {
        code: 'invalid-scenario',
        problems: loaded.problems.map((p) => ({
          ...p,
          path: pathOf(['scenario']) + (p.path ? `.${p.path}` : ''),
        })),
      },
    };
  const replay = {
    ...envelope.data,
    scenario: loaded.scenario,
  } as unknown as Replay;
  let start: GameState;
  try {
    start = createGame({
      scenario: replay.scenario,
      seed: replay.seed,
      controllers: replay.controllers,
    });
  } catch (error) {
    return { ok: false, error: { code: 'refused', turn: 0, reason: (error as Error).message } };
  }
  const turns: ReviewedTurn[] = [];
  let game = start;
  for (const [t, entry] of replay.plans.entries()) {
    if (entry.year !== game.year)
      return {
        ok: false,
        error: {
          code: 'refused',
          turn: t,
          reason: `turn ${t} is for ${entry.year}, but the game is in ${game.year}`,
        },
      };
    const result = step(game, entry.plans);
    if (!result.ok)
      return {
        ok: false,
        error: {
          code: 'refused',
          turn: t,
          reason: result.errors.map((e) => `${e.state} ${e.field}: ${e.message}`).join('; '),
        },
      };
    game = result.game;
    turns.push({ year: entry.year, plans: entry.plans, report: result.report, game });
  }
  // The sim's own check decides the verdict; the review's last game must agree with it.
  const verified = verifyReplay(replay);
  if (verified.hash !== hashState(game))
    throw new Error('The review and verifyReplay reached different games: a bug in the review.');
  const verdict: ReplayVerdict = verified.ok
    ? { kind: 'unaltered', hash: verified.hash }
    : { kind: 'tampered', recorded: replay.hash, reached: verified.hash };
  return { ok: true, review: { replay, verdict, start, turns } };
}

/** What the review shows at a position: 0 is before the first year, n after the n-th. */
export interface ReviewView {
  readonly position: number;
  readonly last: number;
  /** The game as it stood at this position. */
  readonly game: GameState;
  /** The year just played, with its plans and report; none at the start. */
  readonly turn?: ReviewedTurn;
  readonly canBack: boolean;
  readonly canForward: boolean;
}

/** The view at a position (clamped to the replay's span). */
export function viewAt(review: ReplayReview, position: number): ReviewView {
  const last = review.turns.length;
  const at = Math.max(0, Math.min(last, Math.trunc(position)));
  const turn = at > 0 ? review.turns[at - 1] : undefined;
  return {
    position: at,
    last,
    game: turn ? turn.game : review.start,
    ...(turn ? { turn } : {}),
    canBack: at > 0,
    canForward: at < last,
  };
}

/** One year forward (stays at the end). */
export function forward(review: ReplayReview, position: number): ReviewView {
  return viewAt(review, position + 1);
}

/** One year back (stays at the start). */
export function back(review: ReplayReview, position: number): ReviewView {
  return viewAt(review, position - 1);
}
