/**
 * What the model does with each strategy a student might play: one state on
 * the strategy, the other four on `multiVector`, over many seeds. The state
 * rotates with the seed (run i plays STATE_IDS[i mod 5]), so every row weighs
 * the five states equally and no row depends on which state a student picked.
 */
import { createHash } from 'node:crypto';
import { STATE_IDS } from '@c5plus/core';
import {
  createGame,
  hashState,
  type Scenario,
  type StateId,
  type StrategyId,
  scorecard,
  step,
  strategies,
  summarize,
  welfare,
} from '@c5plus/sim';

/** How many games a row averages, and the seeds they use. */
export interface RunSettings {
  readonly runs: number;
  /** Run i uses the seed `${seedBase}-${i}`. */
  readonly seedBase: string;
}

/** The settings of the tables printed in the guide. */
export const GUIDE_SETTINGS: RunSettings = { runs: 100, seedBase: 'guide' };

/** Runs that make up the model check: the first game of each state, for every row. */
export const CHECK_RUNS = STATE_IDS.length;

/** One game's outcome for the state that played the strategy. */
export interface StrategyRun {
  readonly state: StateId;
  readonly welfare: number;
  readonly autonomy: number;
  /** Pressure events partners brought against that state. */
  readonly pressure: number;
  /** The scenario's objectives met at the end (they are the region's). */
  readonly objectivesMet: number;
  readonly hash: string;
}

/** A row of the table: the means over the runs. */
export interface StrategyRow {
  readonly strategy: StrategyId;
  readonly welfare: number;
  readonly autonomy: number;
  readonly pressure: number;
  readonly objectivesMet: number;
  /** Hashes of the first CHECK_RUNS games, for the model check. */
  readonly checkHashes: readonly string[];
}

/** The strategies a student can meaningfully play in this scenario. */
export function strategiesFor(scenario: Scenario): StrategyId[] {
  const ids = Object.keys(strategies) as StrategyId[];
  // Without a historical line the historical strategy is multiVector under another name.
  return ids.filter((id) => id !== 'historical' || (scenario.historical?.length ?? 0) > 0);
}

/** The state that plays the strategy in run `i`. */
export function stateOfRun(i: number): StateId {
  return STATE_IDS[i % STATE_IDS.length] as StateId;
}

/**
 * Plays one game through `step`, which reports each turn's events, and
 * measures the outcome for `state`.
 */
export function playRun(
  scenario: Scenario,
  strategy: StrategyId,
  state: StateId,
  seed: string,
): StrategyRun {
  let game = createGame({ scenario, seed, controllers: { [state]: strategy } });
  let pressure = 0;
  while (!game.finished) {
    const result = step(game);
    if (!result.ok) throw new Error(result.errors.map((e) => e.message).join(' '));
    // A pressure event's id ends with the id of the state pressed (`pressure-russia-KAZ`).
    for (const event of result.report.events)
      if (event.kind === 'pressure' && event.id.endsWith(`-${state}`)) pressure++;
    game = result.game;
  }
  return {
    state,
    welfare: welfare(game, state),
    autonomy: game.states[state].indicators.autonomy,
    pressure,
    objectivesMet: scorecard(game).objectives.filter((o) => o.met).length,
    hash: hashState(game),
  };
}

/** One row: `settings.runs` games of the strategy, the state rotating. */
export function strategyRow(
  scenario: Scenario,
  strategy: StrategyId,
  settings: RunSettings,
): StrategyRow {
  if (!Number.isInteger(settings.runs) || settings.runs < CHECK_RUNS)
    throw new Error(`runs must be a whole number of at least ${CHECK_RUNS} (got ${settings.runs})`);
  const runs = Array.from({ length: settings.runs }, (_, i) =>
    playRun(scenario, strategy, stateOfRun(i), `${settings.seedBase}-${i}`),
  );
  const mean = (pick: (r: StrategyRun) => number) => summarize(runs.map(pick)).mean;
  return {
    strategy,
    welfare: mean((r) => r.welfare),
    autonomy: mean((r) => r.autonomy),
    pressure: mean((r) => r.pressure),
    objectivesMet: mean((r) => r.objectivesMet),
    checkHashes: runs.slice(0, CHECK_RUNS).map((r) => r.hash),
  };
}

/**
 * A short fingerprint of the model as the rows saw it: the hashes of the
 * first games of every row. Any change to the rules, the calibration, the
 * scenario or a strategy changes it, so a stale table is caught cheaply.
 */
export function modelCheck(rows: readonly StrategyRow[]): string {
  const text = rows.map((r) => `${r.strategy}:${r.checkHashes.join(',')}`).join(';');
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}
