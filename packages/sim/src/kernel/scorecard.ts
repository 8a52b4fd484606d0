/** How each state and the region stand: the end-of-game (or any-turn) scorecard. */
import { PARTNER_IDS, STATE_IDS } from '@c5plus/core';
import type { GameState, Indicator, Objective, PartnerId, StateId } from '../model';
import { CALIBRATION as C, PRESSURE_CONDUCT } from '../model';
import { herfindahl } from './rules/autonomy';
import { nextPressureYear, pressureChance } from './rules/pressure';

/** The indicators in display order. */
export const INDICATORS: readonly Indicator[] = [
  'prosperity',
  'security',
  'autonomy',
  'connectivity',
  'humanCapital',
];

/** A state's welfare: the mean of its five indicators. */
export function welfare(game: GameState, stateId: StateId): number {
  const i = game.states[stateId].indicators;
  return (i.prosperity + i.security + i.autonomy + i.connectivity + i.humanCapital) / 5;
}

/**
 * Where a state stands, not only where its indicators are: welfare, minus the
 * pressure its rivals' suspicion still holds in store over the next
 * `standingHorizon` years, plus what long-term programmes still owe it. A
 * state that defects in the final years ends with high indicators and a bill
 * to come; standing counts the bill. A partner still biding its time after
 * pressing (`pressureRespite`) may press only in the years left after it, and
 * at most once in the horizon (the respite is longer than the horizon).
 */
export function standing(game: GameState, stateId: StateId): number {
  const s = game.states[stateId];
  let toCome = 0;
  for (const p of PARTNER_IDS) {
    const conduct = PRESSURE_CONDUCT[p];
    const suspicion = game.partners[p].suspicion[stateId];
    if (!conduct || suspicion <= C.pressureThreshold) continue;
    const leverage = C.pressureLeverageFloor + s.exposure[p] * C.pressureLeveragePerShare;
    const softened = 1 - (C.pressureTiesSoftening * s.ties[p]) / 100;
    const perEvent =
      ((conduct.prosperity + conduct.connectivity) * leverage + conduct.security) * softened;
    const waiting = Math.max(
      0,
      nextPressureYear(game.partners[p].lastPressed[stateId]) - game.year,
    );
    const open = Math.max(0, C.standingHorizon - waiting);
    toCome += (1 - (1 - pressureChance(suspicion)) ** open) * perEvent;
  }
  let owed = 0;
  for (const d of game.pending) if (d.state === stateId) owed += d.perYear * d.yearsLeft;
  return welfare(game, stateId) + (owed - toCome) / INDICATORS.length;
}

/** One state's line of the scorecard. */
export interface StateScore {
  readonly state: StateId;
  readonly controller: string;
  readonly indicators: Readonly<Record<Indicator, number>>;
  readonly welfare: number;
  /** Welfare adjusted for the pressure still to come and the deliveries still owed (see `standing`). */
  readonly standing: number;
  /** The partner with the largest exposure share, and the share. */
  readonly topExposure: { readonly partner: PartnerId; readonly share: number };
  readonly concentration: number;
  /** The highest suspicion any partner holds of this state, and who. */
  readonly maxSuspicion: { readonly partner: PartnerId; readonly value: number };
}

/** Whether an objective was met, and the value measured. */
export interface ObjectiveResult {
  readonly id: string;
  readonly text: string;
  readonly met: boolean;
  readonly value: number;
}

/** The whole scorecard. */
export interface Scorecard {
  readonly year: number;
  readonly finished: boolean;
  readonly states: readonly StateScore[];
  readonly cohesion: number;
  readonly meetings: Readonly<Record<PartnerId, number>>;
  readonly objectives: readonly ObjectiveResult[];
}

/** One state's score: its indicators, welfare and standing, its largest exposure and its most suspicious partner. */
export function stateScore(game: GameState, id: StateId): StateScore {
  const s = game.states[id];
  let top: PartnerId = 'russia';
  let suspicious: PartnerId = 'russia';
  for (const p of PARTNER_IDS) {
    if (s.exposure[p] > s.exposure[top]) top = p;
    if (game.partners[p].suspicion[id] > game.partners[suspicious].suspicion[id]) suspicious = p;
  }
  return {
    state: id,
    controller: game.controllers[id],
    indicators: { ...s.indicators },
    welfare: welfare(game, id),
    standing: standing(game, id),
    topExposure: { partner: top, share: s.exposure[top] },
    concentration: herfindahl(s.exposure),
    maxSuspicion: { partner: suspicious, value: game.partners[suspicious].suspicion[id] },
  };
}

function measure(game: GameState, states: readonly StateScore[], o: Objective): number {
  switch (o.kind) {
    case 'indicator': {
      const values = states.map((s) => s.indicators[o.indicator]);
      if (o.scope === 'every') return Math.min(...values);
      if (o.scope === 'average') return values.reduce((a, b) => a + b, 0) / values.length;
      return game.states[o.scope].indicators[o.indicator];
    }
    case 'cohesion':
      return game.cohesion;
    case 'meetings':
      return game.partners[o.partner].meetingsHeld;
    case 'suspicion':
      return Math.max(...states.map((s) => s.maxSuspicion.value));
    case 'exposure':
      return Math.max(...states.map((s) => s.topExposure.share));
    default: {
      const unknown: never = o;
      throw new Error(`Unknown objective ${JSON.stringify(unknown)}`);
    }
  }
}

function met(o: Objective, value: number): boolean {
  if (o.kind === 'suspicion') return value <= o.max;
  if (o.kind === 'exposure') return value <= o.maxShare;
  return value >= o.min;
}

/** The scorecard of a game as it stands. */
export function scorecard(game: GameState): Scorecard {
  const states = STATE_IDS.map((id) => stateScore(game, id));
  const meetings = {} as Record<PartnerId, number>;
  for (const p of PARTNER_IDS) meetings[p] = game.partners[p].meetingsHeld;
  const objectives = game.scenario.objectives.map((o) => {
    const value = measure(game, states, o);
    return { id: o.id, text: o.text, met: met(o, value), value };
  });
  return {
    year: game.year,
    finished: game.finished,
    states,
    cohesion: game.cohesion,
    meetings,
    objectives,
  };
}
