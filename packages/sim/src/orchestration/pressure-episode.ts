/**
 * Why a partner pressed, read from a turn's explained effects: how high its
 * suspicion had run, when it may press again, and who pressed with it. A
 * client shows this beside the pressure event instead of working out the
 * rules itself.
 */

import { pressureEventId } from '../kernel';
import type { GameState, PartnerId, StateId, TurnReport } from '../model';
import { CALIBRATION as C } from '../model';

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
    const allies = new Set<PartnerId>();
    for (const x of report.effects)
      if (
        x.cause.code === 'pressure' &&
        x.cause.partner === partner &&
        x.target.kind === 'suspicion' &&
        x.target.state === state &&
        x.target.partner !== partner
      )
        allies.add(x.target.partner);
    episodes.push({
      event: pressureEventId(partner, state),
      partner,
      state,
      suspicion: -e.delta,
      threshold: C.pressureThreshold,
      nextPossible: game.partners[partner].lastPressed[state] + C.pressureRespite,
      allies: [...allies],
    });
  }
  return episodes;
}
