/** Autonomy is derived: it falls as exposure concentrates and rises with security and cohesion. */
import { PARTNER_IDS, STATE_IDS } from '@c5plus/core';
import { CALIBRATION as C } from '../../model/calibration';
import { MECHANIC_CITATIONS as CITE } from '../../model/citations';
import type { GameState, PartnerId, Plan, StateId } from '../../model/types';
import { adjustIndicator } from '../adjust';
import { because, type TurnContext } from '../context';
import { voiceOf } from './engagements';

/** The Herfindahl index of exposure shares: 1/n when even, 1 when all on one partner. */
export function herfindahl(exposure: Readonly<Record<PartnerId, number>>): number {
  let sum = 0;
  for (const id of PARTNER_IDS) sum += exposure[id] * exposure[id];
  return sum;
}

/** Autonomy from exposure, security and cohesion. */
export function autonomyOf(
  exposure: Readonly<Record<PartnerId, number>>,
  security: number,
  cohesion: number,
  voice = 1,
): number {
  const even = 1 / PARTNER_IDS.length;
  const concentration = (herfindahl(exposure) - even) / (1 - even);
  const value =
    C.autonomyFloor +
    C.autonomyDiversification * (1 - concentration) +
    C.autonomySecurityWeight * security +
    C.autonomyCohesionWeight * cohesion * voice;
  return Math.min(Math.max(value, 0), 100);
}

/** Sets each state's autonomy to its derived value. */
export function deriveAutonomy(
  state: GameState,
  plans: Readonly<Record<StateId, Plan>>,
  ctx: TurnContext,
): void {
  because(ctx, 'exposure-diversity', undefined, undefined, CITE.diversification);
  for (const id of STATE_IDS) {
    const s = state.states[id];
    const target = autonomyOf(
      s.exposure,
      s.indicators.security,
      state.cohesion,
      voiceOf(plans[id]),
    );
    adjustIndicator(ctx, s, 'autonomy', target - s.indicators.autonomy);
  }
}
