/**
 * The hot-seat debrief's comparison: the students with each other, and each
 * with what their state would have reached on the same scenario and seed had
 * the class played the historical line or one of the strategies instead. The
 * counterfactual games are played by the sim (`runOne` on the fast path, or
 * `step` for an unfinished game); nothing here decides a rule.
 */
import { STATE_IDS } from '@c5plus/core';
import {
  createGame,
  type GameState,
  type Indicator,
  type PartnerId,
  runOne,
  type StateId,
  scorecard,
  step,
  strategies,
  welfare,
} from '@c5plus/sim';
import type { HotSeatPlayer } from './hot-seat';

/**
 * A state "leans" when more than half of its economic exposure is with one
 * partner; below that it is counted as balancing. The same reading a teacher
 * gives the partner-share column of the class table.
 */
export const LEANING_SHARE = 0.5;

/** The strategy id of the scenario's historical line. */
export const HISTORICAL_LINE = 'historical';

/** One student's outcome. */
export interface PlayerOutcome {
  readonly name: string;
  readonly state: StateId;
  /** 1 is the highest welfare among the players. */
  readonly rank: number;
  readonly welfare: number;
  readonly indicators: Readonly<Record<Indicator, number>>;
  readonly topPartner: PartnerId;
  readonly topShare: number;
  readonly leaning: boolean;
  readonly maxSuspicion: { readonly partner: PartnerId; readonly value: number };
  /** Welfare of the same state under each line, and the difference (player − line). */
  readonly lines: readonly {
    readonly line: string;
    readonly welfare: number;
    readonly delta: number;
  }[];
  /** The line that would have done best for this state, if one beat the player. */
  readonly bestLine?: { readonly line: string; readonly welfare: number };
}

/** A counterfactual line: every player's state on one strategy, the rest as played. */
export interface LineOutcome {
  readonly line: string;
  readonly welfare: Readonly<Partial<Record<StateId, number>>>;
  readonly cohesion: number;
}

/** The whole comparison. */
export interface HotSeatComparison {
  readonly year: number;
  readonly cohesion: number;
  /** Highest welfare first. */
  readonly players: readonly PlayerOutcome[];
  readonly lines: readonly LineOutcome[];
}

/** Each state's welfare, and the cohesion, of the same scenario and seed with these controllers. */
interface LineEnd {
  readonly welfare: Readonly<Record<StateId, number>>;
  readonly cohesion: number;
}

/** Plays the same scenario and seed with these controllers, as far as `game` got. */
function counterfactual(game: GameState, controllers: Record<StateId, string>): LineEnd {
  const byState = {} as Record<StateId, number>;
  if (game.finished) {
    const run = runOne(game.scenario, game.seed, controllers);
    for (const id of STATE_IDS) byState[id] = run.states[id].welfare;
    return { welfare: byState, cohesion: run.cohesion };
  }
  let current = createGame({ scenario: game.scenario, seed: game.seed, controllers });
  for (let t = 0; t < game.turn; t++) {
    const result = step(current);
    if (!result.ok) throw new Error(result.errors.map((e) => e.message).join(' '));
    current = result.game;
  }
  for (const id of STATE_IDS) byState[id] = welfare(current, id);
  return { welfare: byState, cohesion: current.cohesion };
}

function lineOutcome(
  game: GameState,
  players: readonly HotSeatPlayer[],
  line: string,
): LineOutcome {
  const controllers = { ...game.controllers };
  for (const p of players) controllers[p.state] = line;
  const end = counterfactual(game, controllers);
  const byState: Partial<Record<StateId, number>> = {};
  for (const p of players) byState[p.state] = end.welfare[p.state];
  return { line, welfare: byState, cohesion: end.cohesion };
}

/**
 * Compares the players of a hot-seat game. `lines` are the strategy ids to
 * compare with (default: every strategy, the historical line first).
 */
export function compareHotSeat(
  game: GameState,
  players: readonly HotSeatPlayer[],
  lines: readonly string[] = [
    HISTORICAL_LINE,
    ...Object.keys(strategies).filter((id) => id !== HISTORICAL_LINE),
  ],
): HotSeatComparison {
  const card = scorecard(game);
  const outcomes = lines.map((line) => lineOutcome(game, players, line));
  const compared = players.map((p) => {
    const score = card.states.find((s) => s.state === p.state);
    if (!score) throw new Error(`No scorecard line for ${p.state}.`);
    const versus = outcomes.map((o) => {
      const w = o.welfare[p.state] ?? 0;
      return { line: o.line, welfare: w, delta: score.welfare - w };
    });
    const best = versus.reduce<(typeof versus)[number] | undefined>(
      (top, v) => (v.welfare > score.welfare && (!top || v.welfare > top.welfare) ? v : top),
      undefined,
    );
    return {
      name: p.name,
      state: p.state,
      rank: 0,
      welfare: score.welfare,
      indicators: score.indicators,
      topPartner: score.topExposure.partner,
      topShare: score.topExposure.share,
      leaning: score.topExposure.share > LEANING_SHARE,
      maxSuspicion: score.maxSuspicion,
      lines: versus,
      ...(best ? { bestLine: { line: best.line, welfare: best.welfare } } : {}),
    };
  });
  const ranked = [...compared]
    .sort((a, b) => b.welfare - a.welfare)
    .map((p, i) => ({ ...p, rank: i + 1 }));
  return { year: game.year, cohesion: game.cohesion, players: ranked, lines: outcomes };
}
