/**
 * Why a partner pressed, read from a turn's explained effects: how high its
 * suspicion had run, when it may press again, and who pressed with it. A
 * client shows this beside the pressure event instead of working out the
 * rules itself.
 */

import { PARTNER_IDS } from '@c5plus/core';
import { nextPressureYear, pressureEventId } from '../kernel';
import type { GameState, PartnerId, StateId, TurnReport } from '../model';
import { CALIBRATION as C, PRESSURE_CONDUCT } from '../model';

export interface PressureEpisode {
  /** The id of the turn's pressure event this explains. */
  readonly event: string;
  readonly partner: PartnerId;
  readonly state: StateId;
  /** The partner's suspicion of the state when it pressed (it spent all of it). */
  readonly suspicion: number;
  /** The suspicion from which a partner may press (`pressureThreshold`). */
  readonly threshold: number;
  /** The first year the partner may press the state again (after `pressureRespite`). */
  readonly nextPossible: number;
  /** Partners of its bloc that spent their grievance with it (the EU with the USA, say). */
  readonly allies: readonly PartnerId[];
}

/** The pressure episodes of the turn `report` describes, `game` being the state after it. */
export function pressureEpisodes(game: GameState, report: TurnReport): PressureEpisode[] {
  const episodes: PressureEpisode[] = [];
  for (const e of report.effects) {
    const { cause, target } = e;
    if (cause.code !== 'pressure' || target.kind !== 'suspicion' || !cause.partner) continue;
    if (target.partner !== cause.partner) continue;
    const partner = cause.partner;
    const state = target.state;
    // Its bloc's partners pressed with it as one regime (their grievance spent, if any) and
    // wait out the same respite: read from the respite they now share.
    const bloc = PRESSURE_CONDUCT[partner]?.bloc;
    const pressed = game.partners[partner].lastPressed[state];
    const allies = PARTNER_IDS.filter(
      (q) =>
        bloc !== undefined &&
        q !== partner &&
        PRESSURE_CONDUCT[q]?.bloc === bloc &&
        game.partners[q].lastPressed[state] === pressed,
    );
    episodes.push({
      event: pressureEventId(partner, state),
      partner,
      state,
      suspicion: -e.delta,
      threshold: C.pressureThreshold,
      nextPossible: nextPressureYear(pressed),
      allies,
    });
  }
  return episodes;
}

/** A partner waiting out its respite after pressing a state. */
export interface PressureWait {
  readonly partner: PartnerId;
  /** The year it pressed. */
  readonly pressed: number;
  /** The first year it may press the state again. */
  readonly nextPossible: number;
}

/**
 * The partners that pressed `state` and may not press it again yet, in
 * partner order: what a player can plan around in the year `game` is at.
 */
export function pressureWaits(game: GameState, state: StateId): PressureWait[] {
  const waits: PressureWait[] = [];
  for (const partner of PARTNER_IDS) {
    const pressed = game.partners[partner].lastPressed[state];
    if (pressed === 0) continue;
    const nextPossible = nextPressureYear(pressed);
    if (game.year < nextPossible) waits.push({ partner, pressed, nextPossible });
  }
  return waits;
}
