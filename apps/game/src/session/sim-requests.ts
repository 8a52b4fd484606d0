/**
 * The sim's costly work the game asks for, as plain requests and answers, so
 * it can run off the page's thread (sim.worker.ts) or in the same thread
 * (tests, browsers without module workers) with the same results. Each
 * request is answered by the sim alone: nothing here decides a rule.
 */
import {
  type Advice,
  advise,
  type GameState,
  type Plan,
  type PlanError,
  type StateId,
  step,
  type TurnReport,
} from '@c5plus/sim';
import { type Path, strategyPath } from './paths';

/** What the game asks the sim, and what it gets back for each kind. */
export interface SimRequests {
  step: {
    readonly request: { readonly game: GameState; readonly plans: Partial<Record<StateId, Plan>> };
    readonly answer:
      | { readonly ok: true; readonly game: GameState; readonly report: TurnReport }
      | { readonly ok: false; readonly errors: readonly PlanError[] };
  };
  advise: {
    readonly request: { readonly game: GameState; readonly player: StateId };
    readonly answer: readonly Advice[];
  };
  /** The same game played again from its start with `player` on `strategy` (the debrief's paths). */
  path: {
    readonly request: {
      readonly game: GameState;
      readonly player: StateId;
      readonly strategy: string;
    };
    readonly answer: Path;
  };
}

export type SimRequestKind = keyof SimRequests;

/** One request as it crosses to the worker. */
export interface SimMessage<K extends SimRequestKind = SimRequestKind> {
  readonly id: number;
  readonly kind: K;
  readonly request: SimRequests[K]['request'];
}

/** The worker's reply: the answer, or the message of what was thrown. */
export type SimReply =
  | { readonly id: number; readonly answer: unknown }
  | { readonly id: number; readonly error: string };

const handlers: {
  [K in SimRequestKind]: (r: SimRequests[K]['request']) => SimRequests[K]['answer'];
} = {
  step: ({ game, plans }) => step(game, plans),
  advise: ({ game, player }) => advise(game, player),
  path: ({ game, player, strategy }) => strategyPath(game, player, strategy),
};

/** Answers one request with the sim. */
export function answerSimRequest<K extends SimRequestKind>(
  kind: K,
  request: SimRequests[K]['request'],
): SimRequests[K]['answer'] {
  const handler = handlers[kind] as (r: SimRequests[K]['request']) => SimRequests[K]['answer'];
  if (!handler) throw new Error(`The sim has no request named "${String(kind)}".`);
  return handler(request);
}
