/**
 * Applies the effects written in a scenario (scripted events and cards) to the
 * state. Shared by the scripted-history rule and the random-event rule.
 */
import { figures, STATE_IDS } from '@c5plus/core';
import type {
  GameState,
  PendingDelivery,
  ScenarioEffect,
  StateModel,
  StateSelector,
} from '../../model';
import { CALIBRATION as C } from '../../model';
import {
  adjustAttention,
  adjustCohesion,
  adjustIndicator,
  adjustSuspicion,
  adjustTies,
  clamp100,
  shiftExposure,
} from '../adjust';
import type { TurnContext } from '../context';

function selectStates(state: GameState, selector: StateSelector, ctx: TurnContext): StateModel[] {
  if (selector === 'all') return STATE_IDS.map((id) => state.states[id]);
  if (selector === 'random') {
    const index = Math.floor(ctx.random() * STATE_IDS.length);
    return [state.states[STATE_IDS[index] ?? 'KAZ']];
  }
  return [state.states[selector]];
}

/** The yen a currency figure of the dataset stands for. */
export function pledgeYen(figureId: string): number {
  const figure = figures.find((f) => f.id === figureId && f.unit === 'currency');
  if (!figure) throw new Error(`No currency figure "${figureId}" in @c5plus/core.`);
  return figure.currency === 'USD' ? figure.value * C.yenPerDollar : figure.value;
}

/**
 * A pledge becomes deliveries to every state, in proportion to its size
 * (`pledgeGainPerTrillionYen`) and to the state's ties with the partner: a
 * target is made real by the states that work with the one who set it.
 */
function queuePledge(
  state: GameState,
  effect: Extract<ScenarioEffect, { kind: 'pledge' }>,
  scale: number,
): void {
  const total = (pledgeYen(effect.figure) / 1e12) * C.pledgeGainPerTrillionYen * scale;
  const added: PendingDelivery[] = [];
  for (const id of STATE_IDS) {
    const ties = state.states[id].ties[effect.partner];
    const uptake = C.pledgeUptakeFloor + ((1 - C.pledgeUptakeFloor) * ties) / 100;
    added.push({
      state: id,
      partner: effect.partner,
      issue: effect.issue,
      perYear: (total * uptake) / effect.years,
      yearsLeft: effect.years,
    });
  }
  // A new array: the one the turn began with belongs to the previous state.
  state.pending = state.pending.concat(added);
}

/**
 * Applies one scenario effect, explained by the context's current cause;
 * `scale` multiplies its delta (a random event's severity).
 */
export function applyScenarioEffect(
  state: GameState,
  effect: ScenarioEffect,
  ctx: TurnContext,
  scale = 1,
): void {
  switch (effect.kind) {
    case 'indicator':
      for (const s of selectStates(state, effect.state, ctx))
        adjustIndicator(ctx, s, effect.indicator, effect.delta * scale);
      return;
    case 'ties':
      for (const s of selectStates(state, effect.state, ctx))
        adjustTies(ctx, s, effect.partner, effect.delta * scale);
      return;
    case 'exposure':
      for (const s of selectStates(state, effect.state, ctx))
        shiftExposure(ctx, s, effect.partner, effect.delta * scale);
      return;
    case 'suspicion':
      for (const s of selectStates(state, effect.state, ctx))
        adjustSuspicion(ctx, state.partners[effect.partner], s, effect.delta * scale);
      return;
    case 'attention':
      adjustAttention(ctx, state.partners[effect.partner], effect.delta * scale);
      return;
    case 'baseline': {
      const partner = state.partners[effect.partner];
      partner.baseline = clamp100(partner.baseline + effect.delta * scale);
      return;
    }
    case 'capacity': {
      const partner = state.partners[effect.partner];
      const next = partner.capacity[effect.issue] + effect.delta * scale;
      partner.capacity[effect.issue] = next < 0 ? 0 : Math.min(next, 1);
      return;
    }
    case 'cohesion':
      adjustCohesion(ctx, state, effect.delta * scale);
      return;
    case 'pledge':
      queuePledge(state, effect, scale);
      return;
    default: {
      const unknown: never = effect;
      throw new Error(`Unknown scenario effect ${JSON.stringify(unknown)}`);
    }
  }
}
