/** Builders shared by the tests (not part of the package's public surface). */
import { STATE_IDS } from '@c5plus/core';
import type { Scenario } from './model/scenario';
import type { Controller, Plan, StateId } from './model/types';
import { sandbox } from './scenarios/sandbox';

/** The sandbox without random events, so that a mechanic's effect stands alone. */
export const quietSandbox: Scenario = { ...sandbox, id: 'quiet-sandbox', cardChance: 0 };

/** Every state on the same controller. */
export function everyoneOn(controller: Controller): Record<StateId, Controller> {
  return Object.fromEntries(STATE_IDS.map((id) => [id, controller])) as Record<StateId, Controller>;
}

/** A plan that spends nothing. */
export const idle: Plan = { engagements: [], consultation: 0, summits: [] };

/** The same plan for every state. */
export function allPlay(plan: Plan): Record<StateId, Plan> {
  return Object.fromEntries(STATE_IDS.map((id) => [id, plan])) as Record<StateId, Plan>;
}
