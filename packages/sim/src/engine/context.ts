/**
 * The turn context: what the rules need besides the state. The same rules run
 * inside immer's `produce` (for `step`) and on a plain copy (for batches and
 * rollouts); only `record` differs, so that fast runs skip building the
 * explanation objects.
 */
import type { Scenario } from '../model/scenario';
import type { Cause, Effect, EventOutcome, GameState, MeetingOutcome } from '../model/types';

/** Mutable scratch space for one turn. */
export interface TurnContext {
  /** Whether to record explained effects (off on the fast path). */
  readonly record: boolean;
  /** The seeded generator, restored from and saved back to the state. */
  readonly random: () => number;
  /**
   * The scenario, read from here rather than from the state so that rules
   * never walk an immer draft of data they only read.
   */
  readonly scenario: Scenario;
  /**
   * The state as the turn began, never written: on the immer path it is the
   * original (not the draft), so copying from it costs no proxy traps.
   */
  readonly before: GameState;
  readonly effects: Effect[];
  readonly meetings: MeetingOutcome[];
  readonly events: EventOutcome[];
}

/** Builds a context around a generator. */
export function createContext(
  before: GameState,
  random: () => number,
  record: boolean,
): TurnContext {
  return {
    record,
    random,
    scenario: before.scenario,
    before,
    effects: [],
    meetings: [],
    events: [],
  };
}

/**
 * Deep-freezes plain data. Records added to an immer draft are frozen first:
 * immer skips frozen values when it finalizes, instead of walking them.
 */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
    Object.freeze(value);
  }
  return value;
}

/** Builds a cause object; kept small because it is created only when recording. */
export function cause(code: Cause['code'], detail?: Omit<Cause, 'code'>): Cause {
  return detail ? { code, ...detail } : { code };
}
