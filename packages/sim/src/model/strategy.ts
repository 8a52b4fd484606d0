/** What a strategy is: a small pure function from the game to a plan, with reasons. */
import type { GameState, Issue, PartnerId, Plan, StateId } from './types';

/** Why a strategy chose what it chose, as a code a client can phrase. */
export type ReasonCode =
  | 'regional-consultation'
  | 'attend-summit'
  | 'spread-practical'
  | 'diversify'
  | 'lean-toward'
  | 'avoid-charged'
  | 'highest-yield'
  | 'format-closed-bilateral'
  | 'historical-record'
  | 'no-record'
  | 'simulated-best';

/** One reason behind a plan. */
export interface Reason {
  readonly code: ReasonCode;
  readonly partner?: PartnerId;
  readonly issue?: Issue;
  /** For `simulated-best`: the strategy whose plan scored best, and its mean score. */
  readonly strategy?: string;
  readonly score?: number;
}

/** A strategy's plan and why. */
export interface Decision {
  readonly plan: Plan;
  readonly reasons: readonly Reason[];
}

/** A named way of deciding a state's plan. */
export interface Strategy {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  /** Decides a plan for `stateId`; `random` is a generator seeded for this state and turn. */
  decide(game: GameState, stateId: StateId, random: () => number): Decision;
}
