/**
 * The scenario registry: every built-in scenario, by id. Scenarios are data
 * beside the model; the layers above (strategies, orchestration) use them
 * only through this file: the registry, the scenario schema and its per-state
 * and per-partner helpers.
 */

import { deepFreeze } from '../kernel';
import type { Scenario } from '../model';
import { launch2004 } from './launch-2004';
import { roadmap2015 } from './roadmap-2015';
import { sandbox } from './sandbox';
import { summits2025 } from './summits-2025';
import { war2022 } from './war-2022';

/** Every built-in scenario, in teaching order. */
export const scenarios: readonly Scenario[] = deepFreeze([
  launch2004,
  roadmap2015,
  war2022,
  summits2025,
  sandbox,
]);

/** The scenario the game and the CLI start on when none is named. */
export const DEFAULT_SCENARIO_ID = 'launch-2004';

/** The built-in scenario with this id, or undefined. */
export function getScenario(id: string): Scenario | undefined {
  return scenarios.find((s) => s.id === id);
}

export { kindOfIssue, type ProblemKind, type ScenarioProblemKind } from './problem-kinds';
export { perPartner, perState, scenarioSchema } from './schema';
export { type LocalizedScenario, localizeScenario, type TextIn } from './texts';
