/** Regional consultation: capital the five spend on each other builds cohesion. */
import { STATE_IDS } from '@c5plus/core';
import type { GameState, Plan, StateId } from '../../model';
import { CALIBRATION as C, MECHANIC_CITATIONS as CITE } from '../../model';
import { adjustCohesion } from '../adjust';
import { ofState } from '../by-key';
import { becauseOfState, type TurnContext } from '../context';

/** Raises cohesion by the region's consultation, harder as cohesion nears full. */
export function resolveConsultation(
  state: GameState,
  plans: Readonly<Record<StateId, Plan>>,
  ctx: TurnContext,
): void {
  for (const id of STATE_IDS) {
    const points = ofState(plans, id).consultation;
    if (points <= 0) continue;
    const room = (100 - state.cohesion) / 100;
    becauseOfState(ctx, 'consultation', id, CITE.c5Meeting);
    adjustCohesion(ctx, state, points * C.consultationGain * room);
  }
}
