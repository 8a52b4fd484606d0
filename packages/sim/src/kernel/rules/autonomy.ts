/** Autonomy is derived: it falls as exposure concentrates and rises with security and cohesion. */
import { PARTNER_IDS } from '@c5plus/core';
import type { GameState, PartnerId, Plan, StateId, StateModel } from '../../model';
import { CALIBRATION as C, MECHANIC_CITATIONS as CITE } from '../../model';
import { adjustIndicator } from '../adjust';
import { because, type TurnContext } from '../context';
import { statePlans, stateRecords } from '../fixed-order';
import { voiceOf } from './engagements';

/** The Herfindahl index of exposure shares: 1/n when even, 1 when all on one partner. */
export function herfindahl(exposure: Readonly<Record<PartnerId, number>>): number {
  // Written out in PARTNER_IDS order (the order of the sum, so of the result): a
  // loop over the ids reads the table by a changing key, which V8 cannot
  // optimize, and this runs three times per state each turn.
  const { japan, 'south-korea': southKorea, usa, china, russia, eu, italy } = exposure;
  return (
    japan * japan +
    southKorea * southKorea +
    usa * usa +
    china * china +
    russia * russia +
    eu * eu +
    italy * italy
  );
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
  return autonomyFrom(autonomyParts(exposure, security, cohesion, voice));
}

/** Autonomy from its parts: the floor plus the parts, within 0–100. */
function autonomyFrom(p: AutonomyParts): number {
  const value = C.autonomyFloor + p.diversification + p.security + p.cohesion;
  return Math.min(Math.max(value, 0), 100);
}

/**
 * Each state's autonomy parts as the turn begins, in `STATE_IDS` order: what
 * `deriveAutonomy` measures the turn's change against. Taken before any rule
 * runs, so that a turn may change the records in place.
 */
export function startingAutonomy(before: GameState): AutonomyParts[] {
  // Not `log[length - 1]` on an empty log: a read at index -1 is a slow lookup by name.
  const log = before.log;
  const lastPlans = log.length > 0 ? log[log.length - 1]?.plans : undefined;
  // Records read once in STATE_IDS order (see fixed-order.ts).
  const was = stateRecords(before.states);
  const lastPlanned = lastPlans ? statePlans(lastPlans) : undefined;
  const parts: AutonomyParts[] = [];
  for (let i = 0; i < was.length; i++) {
    const then = was[i] as StateModel;
    const lastPlan = lastPlanned?.[i];
    parts.push(
      autonomyParts(
        then.exposure,
        then.indicators.security,
        before.cohesion,
        lastPlan ? voiceOf(lastPlan) : 1,
      ),
    );
  }
  return parts;
}

/**
 * Sets each state's autonomy to its derived value, in three explained steps:
 * the change in its concentration part, in its security part, and the rest
 * (its cohesion part, and the bounds). `starting` is `startingAutonomy` of
 * the state as the turn began.
 */
export function deriveAutonomy(
  state: GameState,
  plans: Readonly<Record<StateId, Plan>>,
  ctx: TurnContext,
  starting: readonly AutonomyParts[],
): void {
  const states = stateRecords(state.states);
  const planned = statePlans(plans);
  for (let i = 0; i < states.length; i++) {
    const s = states[i] as StateModel;
    const old = starting[i] as AutonomyParts;
    const voice = voiceOf(planned[i] as Plan);
    const now = autonomyParts(s.exposure, s.indicators.security, state.cohesion, voice);
    const target = autonomyFrom(now);
    because(ctx, 'autonomy-concentration', undefined, undefined, CITE.diversification);
    adjustIndicator(ctx, s, 'autonomy', now.diversification - old.diversification);
    because(ctx, 'autonomy-security', undefined, undefined, CITE.security);
    adjustIndicator(ctx, s, 'autonomy', now.security - old.security);
    because(ctx, 'autonomy-cohesion', undefined, undefined, CITE.c5Meeting);
    adjustIndicator(ctx, s, 'autonomy', target - s.indicators.autonomy);
  }
}
