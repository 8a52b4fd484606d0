/** Autonomy is derived: it falls as exposure concentrates and rises with security and cohesion. */
import { PARTNER_IDS, STATE_IDS } from '@c5plus/core';
import type { GameState, PartnerId, Plan, StateId } from '../../model';
import { CALIBRATION as C, MECHANIC_CITATIONS as CITE } from '../../model';
import { adjustIndicator } from '../adjust';
import { because, type TurnContext } from '../context';
import { voiceOf } from './engagements';

/** The Herfindahl index of exposure shares: 1/n when even, 1 when all on one partner. */
export function herfindahl(exposure: Readonly<Record<PartnerId, number>>): number {
  let sum = 0;
  for (const id of PARTNER_IDS) sum += exposure[id] * exposure[id];
  return sum;
}

/** The three parts of autonomy above its floor, so that each change can be explained by its part. */
export interface AutonomyParts {
  readonly diversification: number;
  readonly security: number;
  readonly cohesion: number;
}

/** Autonomy's parts: diversified exposure, security, and the cohesion the state draws on. */
export function autonomyParts(
  exposure: Readonly<Record<PartnerId, number>>,
  security: number,
  cohesion: number,
  voice = 1,
): AutonomyParts {
  const even = 1 / PARTNER_IDS.length;
  const concentration = (herfindahl(exposure) - even) / (1 - even);
  return {
    diversification: C.autonomyDiversification * (1 - concentration),
    security: C.autonomySecurityWeight * security,
    cohesion: C.autonomyCohesionWeight * cohesion * voice,
  };
}

/** Autonomy from exposure, security and cohesion (`voice`: how far the state consulted the region). */
export function autonomyOf(
  exposure: Readonly<Record<PartnerId, number>>,
  security: number,
  cohesion: number,
  voice = 1,
): number {
  const p = autonomyParts(exposure, security, cohesion, voice);
  const value = C.autonomyFloor + p.diversification + p.security + p.cohesion;
  return Math.min(Math.max(value, 0), 100);
}

/**
 * Sets each state's autonomy to its derived value, in three explained steps:
 * the change in its concentration part, in its security part, and the rest
 * (its cohesion part, and the bounds).
 */
export function deriveAutonomy(
  state: GameState,
  plans: Readonly<Record<StateId, Plan>>,
  ctx: TurnContext,
): void {
  const before = ctx.before;
  const lastPlans = before.log[before.log.length - 1]?.plans;
  for (const id of STATE_IDS) {
    const s = state.states[id];
    const was = before.states[id];
    const lastPlan = lastPlans?.[id];
    const old = autonomyParts(
      was.exposure,
      was.indicators.security,
      before.cohesion,
      lastPlan ? voiceOf(lastPlan) : 1,
    );
    const voice = voiceOf(plans[id]);
    const now = autonomyParts(s.exposure, s.indicators.security, state.cohesion, voice);
    const target = autonomyOf(s.exposure, s.indicators.security, state.cohesion, voice);
    because(ctx, 'autonomy-concentration', undefined, undefined, CITE.diversification);
    adjustIndicator(ctx, s, 'autonomy', now.diversification - old.diversification);
    because(ctx, 'autonomy-security', undefined, undefined, CITE.security);
    adjustIndicator(ctx, s, 'autonomy', now.security - old.security);
    because(ctx, 'autonomy-cohesion', undefined, undefined, CITE.c5Meeting);
    adjustIndicator(ctx, s, 'autonomy', target - s.indicators.autonomy);
  }
}
