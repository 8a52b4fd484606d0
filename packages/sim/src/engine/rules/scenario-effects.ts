/**
 * Applies the effects written in a scenario (scripted events and cards) to the
 * state. Shared by the scripted-history rule and the random-event rule.
 */
import { STATE_IDS } from '@c5plus/core';
import type { ScenarioEffect, StateSelector } from '../../model/scenario';
import type { GameState, StateModel } from '../../model/types';
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
    default: {
      const unknown: never = effect;
      throw new Error(`Unknown scenario effect ${JSON.stringify(unknown)}`);
    }
  }
}
