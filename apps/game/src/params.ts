/**
 * Reads the page's URL parameters: which scenario, which seed. A bad
 * parameter is an error that names it, never a silent fallback.
 */
import { DEFAULT_SCENARIO_ID, getScenario, type Scenario, scenarios } from '@c5plus/sim';

/** What the page was asked to play. */
export interface PageRequest {
  readonly scenario: Scenario;
  readonly seed: string;
}

/** A parameter problem, phrased for the page. */
export interface ParamError {
  readonly param: string;
  readonly message: string;
}

const SEED_PATTERN = /^[\w-]{1,64}$/;

/** The default seed when none is given: fixed, so a shared URL without one still replays. */
export const DEFAULT_SEED = 'c5plus';

/** Parses `?scenario=…&seed=…`. */
export function parseParams(
  search: string,
): PageRequest | { readonly errors: readonly ParamError[] } {
  const params = new URLSearchParams(search);
  const errors: ParamError[] = [];
  const scenarioId = params.get('scenario') ?? DEFAULT_SCENARIO_ID;
  const scenario = getScenario(scenarioId);
  if (!scenario) {
    errors.push({
      param: 'scenario',
      message: `Unknown scenario "${scenarioId}". Choose one of: ${scenarios.map((s) => s.id).join(', ')}.`,
    });
  }
  const seed = params.get('seed') ?? DEFAULT_SEED;
  if (!SEED_PATTERN.test(seed)) {
    errors.push({
      param: 'seed',
      message: `The seed must be 1–64 letters, digits, "_" or "-"; got "${seed}".`,
    });
  }
  return scenario && errors.length === 0 ? { scenario, seed } : { errors };
}
