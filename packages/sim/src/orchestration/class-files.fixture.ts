/**
 * A class's files made by the sim, as students would hand them in, for the
 * class results tests here and in the game's e2e: each student plays one
 * state of a scenario by following one strategy's advice every year
 * (`advise`, the same advice the planning screen offers), and exports the
 * replay. A tampered copy changes one plan and keeps the
 * recorded hash, as a student editing their file would.
 */
import type { Plan, StateId } from '../model';
import { getScenario } from '../scenarios';
import { advise } from './advise';
import { createGame } from './game';
import { type Replay, toReplay } from './replay';
import { step } from './step';

/** A student: the state they play and the strategy whose advice they take. */
export interface Student {
  readonly name: string;
  readonly state: StateId;
  readonly strategy: string;
  readonly seed: string;
  readonly scenario?: string;
}

/** The replay of a student's whole game. */
export function studentReplay(student: Student): Replay {
  const scenario = getScenario(student.scenario ?? 'war-2022');
  if (!scenario) throw new Error(`No scenario ${student.scenario}`);
  let game = createGame({
    scenario,
    seed: student.seed,
    controllers: { [student.state]: 'human' },
  });
  while (!game.finished) {
    const advice = advise(game, student.state).find((a) => a.strategy === student.strategy);
    if (!advice) throw new Error(`No advice from ${student.strategy}`);
    const result = step(game, { [student.state]: advice.plan } as Record<StateId, Plan>);
    if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('; '));
    game = result.game;
  }
  return toReplay(game);
}

/**
 * The replay with its first year's plan for `state` cut down (its last
 * engagement dropped, or one point less consultation): still a plan the sim
 * accepts, but not the game the hash records.
 */
export function tampered(replay: Replay, state: StateId): Replay {
  const [first, ...rest] = replay.plans;
  if (!first) throw new Error('An empty replay cannot be tampered with');
  const plan = first.plans[state];
  return {
    ...replay,
    plans: [
      {
        ...first,
        plans: { ...first.plans, [state]: cutDown(plan) },
      },
      ...rest,
    ],
  };
}

function cutDown(plan: Plan): Plan {
  if (plan.engagements.length > 0) return { ...plan, engagements: plan.engagements.slice(0, -1) };
  if (plan.consultation > 0) return { ...plan, consultation: plan.consultation - 1 };
  throw new Error('An empty plan cannot be cut down');
}

/** A file's JSON text, as the game exports it. */
export const fileText = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;
