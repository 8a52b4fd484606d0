/**
 * The hot-seat game kept in the browser after every change, under its own
 * key (`c5plus.hotseat.v1`), so a class that reloads the page (or whose
 * laptop sleeps) continues from the title. The game itself is the sim's
 * `serialize` text; beside it, the players, whose turn it is and the plans
 * handed in this year. A seated player is saved as a handover to them, so a
 * reload never opens someone's plan without the handover. A save that no
 * longer reads is never deleted: it is moved aside, like the main autosave.
 */
import { STATE_IDS } from '@c5plus/core';
import {
  createGame,
  deserialize,
  type GameState,
  hashState,
  type Plan,
  type StateId,
  serialize,
  step,
  type TurnReport,
  validatePlan,
} from '@c5plus/sim';
import { type HotSeat, type HotSeatPhase, MAX_PLAYERS, MIN_PLAYERS } from './hot-seat';
import type { KeyValueStore } from './key-value-store';
import { z } from './zod';

export const HOT_SEAT_KEY = 'c5plus.hotseat.v1';
export const HOT_SEAT_BROKEN_PREFIX = 'c5plus.hotseat.broken.';
const FORMAT = 'c5plus-hotseat';

const saveSchema = z.strictObject({
  format: z.literal(FORMAT),
  version: z.literal(1),
  players: z
    .array(
      z.strictObject({
        name: z.string().check(z.trim(), z.minLength(1)),
        state: z.enum(STATE_IDS),
      }),
    )
    .check(z.minLength(MIN_PLAYERS), z.maxLength(MAX_PLAYERS)),
  phase: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('handover'), player: z.int().check(z.minimum(0)) }),
    z.strictObject({ kind: z.literal('resolved') }),
    z.strictObject({ kind: z.literal('finished') }),
  ]),
  pending: z.partialRecord(z.enum(STATE_IDS), z.unknown()),
  game: z.string(),
});

type SavedPhase = z.infer<typeof saveSchema>['phase'];

function savedPhase(phase: HotSeatPhase): SavedPhase {
  switch (phase.kind) {
    case 'handover':
    case 'planning':
      return { kind: 'handover', player: phase.player };
    case 'resolved':
      return { kind: 'resolved' };
    case 'finished':
      return { kind: 'finished' };
  }
}

/** The save's text. */
export function hotSeatText(hotSeat: HotSeat): string {
  return JSON.stringify({
    format: FORMAT,
    version: 1,
    players: hotSeat.players,
    phase: savedPhase(hotSeat.phase),
    pending: hotSeat.pending,
    game: serialize(hotSeat.game),
  });
}

/** Writes the game; returns the browser's reason if it refused (full or blocked storage). */
export function saveHotSeat(store: KeyValueStore, hotSeat: HotSeat): string | undefined {
  try {
    store.setItem(HOT_SEAT_KEY, hotSeatText(hotSeat));
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

/** Each year's report, rebuilt by playing the saved log again; throws if it does not rebuild. */
function rebuildReports(game: GameState): TurnReport[] {
  let current = createGame({
    scenario: game.scenario,
    seed: game.seed,
    controllers: game.controllers,
  });
  const reports: TurnReport[] = [];
  for (const entry of game.log) {
    const result = step(current, entry.plans);
    if (!result.ok) throw new Error(`the plans of ${entry.year} are refused`);
    current = result.game;
    reports.push(result.report);
  }
  if (hashState(current) !== hashState(game))
    throw new Error('its history does not rebuild the saved game');
  return reports;
}

/** Reads a save's text back into a hot-seat game; throws an Error naming the problem. */
export function parseHotSeat(text: string): HotSeat {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`not valid JSON: ${(error as Error).message}`);
  }
  const parsed = saveSchema.safeParse(data);
  if (!parsed.success)
    throw new Error(
      parsed.error.issues.map((i) => `${i.path.join('.') || '(file)'}: ${i.message}`).join('; '),
    );
  const saved = parsed.data;
  const game = deserialize(saved.game);
  const players = saved.players;
  const states = new Set(players.map((p) => p.state));
  if (states.size !== players.length) throw new Error('two players play the same state');
  for (const p of players)
    if (game.controllers[p.state] !== 'human')
      throw new Error(`${p.state} is not played by a person in the saved game`);
  const pending: Partial<Record<StateId, Plan>> = {};
  for (const [state, plan] of Object.entries(saved.pending) as [StateId, unknown][]) {
    if (!states.has(state)) throw new Error(`pending.${state}: nobody plays ${state}`);
    const errors = validatePlan(game, state, plan as Plan);
    if (errors.length > 0) throw new Error(`pending.${state}: ${errors[0]?.message}`);
    pending[state] = plan as Plan;
  }
  const reports = rebuildReports(game);
  const last = reports.at(-1);
  let phase: HotSeatPhase;
  if (saved.phase.kind === 'handover') {
    if (game.finished) throw new Error('phase: a finished game has no handover');
    if (saved.phase.player >= players.length)
      throw new Error(`phase.player: there are ${players.length} players`);
    phase = { kind: 'handover', player: saved.phase.player };
  } else if (saved.phase.kind === 'resolved') {
    if (!last) throw new Error('phase: no year has been resolved yet');
    phase = { kind: 'resolved', report: last };
  } else {
    if (!game.finished) throw new Error('phase: the game is not finished');
    phase = { kind: 'finished' };
  }
  return { players, game, phase, pending, reports };
}

/** What reading the hot-seat save gave. */
export type HotSeatRead =
  | { readonly kind: 'none' }
  | { readonly kind: 'ok'; readonly hotSeat: HotSeat }
  | { readonly kind: 'broken'; readonly key: string; readonly message: string };

/** Reads the save; one that does not read is moved aside, every byte kept, and reported. */
export function readHotSeat(store: KeyValueStore, now = Date.now()): HotSeatRead {
  const text = store.getItem(HOT_SEAT_KEY);
  if (text === null) return { kind: 'none' };
  try {
    return { kind: 'ok', hotSeat: parseHotSeat(text) };
  } catch (error) {
    let key = `${HOT_SEAT_BROKEN_PREFIX}${now}`;
    for (let n = 1; store.getItem(key) !== null; n++) key = `${HOT_SEAT_BROKEN_PREFIX}${now}-${n}`;
    try {
      store.setItem(key, text);
      store.removeItem(HOT_SEAT_KEY);
    } catch {
      // The copy could not be made: leave the save where it is, untouched.
      key = HOT_SEAT_KEY;
    }
    return { kind: 'broken', key, message: (error as Error).message };
  }
}
