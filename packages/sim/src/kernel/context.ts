/**
 * The turn context: what the rules need besides the state. The same rules run
 * inside immer's `produce` (for `step`) and on a plain copy (for batches and
 * rollouts); only `record` differs, so that fast runs skip building the
 * explanation objects.
 */
import type {
  Cause,
  CauseCode,
  Effect,
  EventOutcome,
  GameState,
  Issue,
  MeetingOutcome,
  PartnerId,
  Scenario,
  StateId,
} from '../model';

/**
 * The cause of the changes a rule is about to make. Rules set it with
 * `because` before adjusting numbers, and the adjust functions read it only
 * when recording: on the fast path `because` does nothing, and nothing is
 * allocated to explain.
 */
export interface CauseRegister {
  code: CauseCode;
  partner: PartnerId | undefined;
  issue: Issue | undefined;
  state: StateId | undefined;
  event: string | undefined;
  /** A dataset reference (`collection/id`) behind the cause. */
  citation: string | undefined;
  /** The record built for the current cause, shared by the effects it explains. */
  built: Cause | undefined;
}

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
  /** The current cause (see `because`). */
  readonly why: CauseRegister;
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
    why: {
      code: 'indicator-reversion',
      partner: undefined,
      issue: undefined,
      state: undefined,
      event: undefined,
      citation: undefined,
      built: undefined,
    },
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
  // Its own stack, not the call stack: no nesting depth can overflow it.
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const item = pending.pop();
    if (item === null || typeof item !== 'object' || Object.isFrozen(item)) continue;
    Object.freeze(item);
    for (const key of Object.keys(item)) pending.push((item as Record<string, unknown>)[key]);
  }
  return value;
}

/** Sets the cause of the changes that follow, by code, partner and issue. */
export function because(
  ctx: TurnContext,
  code: CauseCode,
  partner?: PartnerId,
  issue?: Issue,
  citation?: string,
): void {
  // Only explanations read the cause: the fast path need not set it.
  if (!ctx.record) return;
  const why = ctx.why;
  why.code = code;
  why.partner = partner;
  why.issue = issue;
  why.state = undefined;
  why.event = undefined;
  why.citation = citation;
  why.built = undefined;
}

/** Sets the cause of the changes that follow: something a state did. */
export function becauseOfState(
  ctx: TurnContext,
  code: CauseCode,
  state: StateId,
  citation?: string,
): void {
  because(ctx, code, undefined, undefined, citation);
  ctx.why.state = state;
}

/** Sets the cause of the changes that follow: a scripted event or a card. */
export function becauseOfEvent(
  ctx: TurnContext,
  code: CauseCode,
  event: string,
  citation?: string,
): void {
  because(ctx, code, undefined, undefined, citation);
  ctx.why.event = event;
}

/** The current cause as a record: built on first use, then shared until the cause changes. */
export function currentCause(ctx: TurnContext): Cause {
  const why = ctx.why;
  if (why.built) return why.built;
  const cause: { -readonly [K in keyof Cause]: Cause[K] } = { code: why.code };
  if (why.partner !== undefined) cause.partner = why.partner;
  if (why.issue !== undefined) cause.issue = why.issue;
  if (why.state !== undefined) cause.state = why.state;
  if (why.event !== undefined) cause.event = why.event;
  why.built = Object.freeze(cause);
  return why.built;
}
