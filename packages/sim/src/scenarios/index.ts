/** The scenario registry: every built-in scenario, by id. */

import { deepFreeze } from '../engine/context';
import type { Scenario } from '../model/scenario';
import { sandbox } from './sandbox';

/** Every built-in scenario, in teaching order. */
export const scenarios: readonly Scenario[] = deepFreeze([sandbox]);

/** The scenario the game and the CLI start on when none is named. */
export const DEFAULT_SCENARIO_ID = 'sandbox';

/** The built-in scenario with this id, or undefined. */
export function getScenario(id: string): Scenario | undefined {
  return scenarios.find((s) => s.id === id);
}

export { type LoadResult, loadScenario, type ScenarioProblem } from './load';
export { scenarioSchema } from './schema';
