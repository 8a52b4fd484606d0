/**
 * The strategy registry: every strategy, in one place, by id. The layer above
 * (orchestration) uses strategies only through this file: the registry, the
 * strategy types, the lookahead's settings, and `multiVector` (the adviser's
 * yardstick).
 */

import type { Strategy } from '../model';
import { multiVector, neutral } from './balanced';
import { greedy } from './greedy';
import { historical } from './historical';
import { chinaLeaning, russiaLeaning, westLeaning } from './leaning';
import { lookahead } from './lookahead';

/** Every strategy by id. */
export const strategies = {
  multiVector,
  neutral,
  russiaLeaning,
  chinaLeaning,
  westLeaning,
  greedy,
  lookahead,
  historical,
} as const satisfies Record<string, Strategy>;

/** A strategy id. */
export type StrategyId = keyof typeof strategies;

/** The strategy with this id, or undefined. */
export function getStrategy(id: string): Strategy | undefined {
  return Object.hasOwn(strategies, id) ? strategies[id as StrategyId] : undefined;
}

export type { Decision, Reason, ReasonCode, Strategy } from '../model';
export { multiVector } from './balanced';
export { LOOKAHEAD } from './lookahead';
