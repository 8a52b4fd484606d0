/**
 * Hot-seat play: two to five students share one machine, each playing one
 * state. Every year each student in turn takes the seat, plans alone, and
 * hands over; a handover phase in between shows nothing of anyone's plan.
 * When the last plan is in, the year resolves in one `step` of the sim with
 * every plan at once, so the order of planning gives no one an advantage. The
 * states nobody plays are the sim's strategies. Pure data in, data out.
 */
import { STATE_IDS } from '@c5plus/core';
import {
  createGame,
  type GameState,
  getStrategy,
  type Plan,
  type PlanError,
  type Scenario,
  type StateId,
  step,
  type TurnReport,
  validatePlan,
} from '@c5plus/sim';

/** The fewest and the most students at one machine. */
export const MIN_PLAYERS = 2;
export const MAX_PLAYERS = 5;

/** The strategy a state nobody plays gets when the setup names none. */
export const DEFAULT_AI = 'multiVector';

/** One student and the state they play. */
export interface HotSeatPlayer {
  /** The name or label the student gives; shown on the handover screen. */
  readonly name: string;
  readonly state: StateId;
}

/** What a hot-seat game starts from. */
export interface HotSeatSetup {
  readonly scenario: Scenario;
  readonly seed: string;
  readonly players: readonly HotSeatPlayer[];
  /** Strategy ids for the states nobody plays; unnamed ones play `DEFAULT_AI`. */
  readonly ai?: Readonly<Partial<Record<StateId, string>>>;
}

/** Why a setup cannot start. */
export type HotSeatSetupError =
  | { readonly code: 'player-count'; readonly count: number }
  | { readonly code: 'unknown-state'; readonly player: number; readonly state: string }
  | { readonly code: 'duplicate-state'; readonly player: number; readonly state: StateId }
  | { readonly code: 'empty-name'; readonly player: number }
  | { readonly code: 'ai-for-player'; readonly state: StateId }
  | { readonly code: 'unknown-strategy'; readonly state: string; readonly strategy: string };

/** Where the round stands. */
export type HotSeatPhase =
  /** The seat is empty: the screen names who plans next and hides every plan. */
  | { readonly kind: 'handover'; readonly player: number }
  /** This player has the seat and plans their state. */
  | { readonly kind: 'planning'; readonly player: number }
  /** The year resolved; everyone looks at its report together. */
  | { readonly kind: 'resolved'; readonly report: TurnReport }
  | { readonly kind: 'finished' };

/** A hot-seat game. Plain data; every function returns a new one. */
export interface HotSeat {
  readonly players: readonly HotSeatPlayer[];
  readonly game: GameState;
  readonly phase: HotSeatPhase;
  /** This year's plans handed in so far. Never shown: only `step` reads them. */
  readonly pending: Readonly<Partial<Record<StateId, Plan>>>;
  /** Every resolved year's report, in order, for the debrief. */
  readonly reports: readonly TurnReport[];
}

/** What the handover screen may show: who is next, and how many plans are in. */
export interface HandoverView {
  readonly year: number;
  readonly next: HotSeatPlayer;
  readonly planned: number;
  readonly of: number;
}

/** A function called in the wrong phase: a bug in the caller, not bad input. */
export class HotSeatPhaseError extends Error {
  constructor(action: string, phase: HotSeatPhase['kind']) {
    super(`Cannot ${action} during the ${phase} phase of a hot-seat game.`);
    this.name = 'HotSeatPhaseError';
  }
}

/** The problems of a setup; empty when it can start. */
export function checkSetup(setup: HotSeatSetup): HotSeatSetupError[] {
  const errors: HotSeatSetupError[] = [];
  const { players } = setup;
  if (players.length < MIN_PLAYERS || players.length > MAX_PLAYERS)
    errors.push({ code: 'player-count', count: players.length });
  const taken = new Set<StateId>();
  players.forEach((player, i) => {
    if (player.name.trim() === '') errors.push({ code: 'empty-name', player: i });
    if (!(STATE_IDS as readonly string[]).includes(player.state))
      errors.push({ code: 'unknown-state', player: i, state: player.state });
    else if (taken.has(player.state))
      errors.push({ code: 'duplicate-state', player: i, state: player.state });
    taken.add(player.state);
  });
  for (const [state, strategy] of Object.entries(setup.ai ?? {})) {
    if (strategy === undefined) continue;
    if (taken.has(state as StateId))
      errors.push({ code: 'ai-for-player', state: state as StateId });
    else if (!(STATE_IDS as readonly string[]).includes(state) || !getStrategy(strategy))
      errors.push({ code: 'unknown-strategy', state, strategy });
  }
  return errors;
}

/** The controllers of a setup: `human` for each player, a strategy for the rest. */
export function hotSeatControllers(setup: HotSeatSetup): Record<StateId, string> {
  const controllers = {} as Record<StateId, string>;
  for (const id of STATE_IDS) {
    const human = setup.players.some((p) => p.state === id);
    controllers[id] = human ? 'human' : (setup.ai?.[id] ?? DEFAULT_AI);
  }
  return controllers;
}

/** Starts a hot-seat game at the first handover, or says why it cannot. */
export function startHotSeat(
  setup: HotSeatSetup,
):
  | { readonly ok: true; readonly hotSeat: HotSeat }
  | { readonly ok: false; readonly errors: readonly HotSeatSetupError[] } {
  const errors = checkSetup(setup);
  if (errors.length > 0) return { ok: false, errors };
  const game = createGame({
    scenario: setup.scenario,
    seed: setup.seed,
    controllers: hotSeatControllers(setup),
  });
  return {
    ok: true,
    hotSeat: {
      players: setup.players.map((p) => ({ name: p.name.trim(), state: p.state })),
      game,
      phase: { kind: 'handover', player: 0 },
      pending: {},
      reports: [],
    },
  };
}

/** What the handover screen shows; undefined outside a handover. */
export function handoverView(hotSeat: HotSeat): HandoverView | undefined {
  const { phase, players } = hotSeat;
  if (phase.kind !== 'handover') return undefined;
  return {
    year: hotSeat.game.year,
    next: players[phase.player] as HotSeatPlayer,
    planned: Object.keys(hotSeat.pending).length,
    of: players.length,
  };
}

/** The player who has the seat, when someone is planning. */
export function seatedPlayer(hotSeat: HotSeat): HotSeatPlayer | undefined {
  return hotSeat.phase.kind === 'planning' ? hotSeat.players[hotSeat.phase.player] : undefined;
}

/** The named player takes the seat and starts planning. */
export function takeSeat(hotSeat: HotSeat): HotSeat {
  if (hotSeat.phase.kind !== 'handover')
    throw new HotSeatPhaseError('take the seat', hotSeat.phase.kind);
  return { ...hotSeat, phase: { kind: 'planning', player: hotSeat.phase.player } };
}

/** The seated player gets up without handing in a plan (the wrong student sat down). */
export function leaveSeat(hotSeat: HotSeat): HotSeat {
  if (hotSeat.phase.kind !== 'planning')
    throw new HotSeatPhaseError('leave the seat', hotSeat.phase.kind);
  return { ...hotSeat, phase: { kind: 'handover', player: hotSeat.phase.player } };
}

/**
 * The seated player hands in their plan. It is checked by the sim's
 * `validatePlan` first; a refused plan leaves the game as it was. The last
 * plan of the year resolves the year.
 */
export function submitPlan(
  hotSeat: HotSeat,
  plan: Plan,
):
  | { readonly ok: true; readonly hotSeat: HotSeat }
  | { readonly ok: false; readonly errors: readonly PlanError[] } {
  const { phase } = hotSeat;
  if (phase.kind !== 'planning') throw new HotSeatPhaseError('hand in a plan', phase.kind);
  const player = hotSeat.players[phase.player] as HotSeatPlayer;
  const errors = validatePlan(hotSeat.game, player.state, plan);
  if (errors.length > 0) return { ok: false, errors };
  const pending = { ...hotSeat.pending, [player.state]: plan };
  const next = phase.player + 1;
  if (next < hotSeat.players.length)
    return {
      ok: true,
      hotSeat: { ...hotSeat, pending, phase: { kind: 'handover', player: next } },
    };
  const result = step(hotSeat.game, pending);
  if (!result.ok) return { ok: false, errors: result.errors };
  return {
    ok: true,
    hotSeat: {
      ...hotSeat,
      game: result.game,
      pending: {},
      phase: { kind: 'resolved', report: result.report },
      reports: [...hotSeat.reports, result.report],
    },
  };
}

/** After the year's report: the next year's first handover, or the end. */
export function nextYear(hotSeat: HotSeat): HotSeat {
  if (hotSeat.phase.kind !== 'resolved')
    throw new HotSeatPhaseError('move to the next year', hotSeat.phase.kind);
  return {
    ...hotSeat,
    phase: hotSeat.game.finished ? { kind: 'finished' } : { kind: 'handover', player: 0 },
  };
}
