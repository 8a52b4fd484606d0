/**
 * Batches: many games of one scenario over many seeds, on the fast path, with
 * per-state, per-indicator results and summaries. The CLI spreads a batch over
 * worker threads; each worker runs `runBatch` on its share of the seeds.
 */
import { STATE_IDS } from '@c5plus/core';
import { INDICATORS, scorecard, welfare } from '../kernel';
import type { Controller, Indicator, Scenario, StateId } from '../model';
import { createGame } from './game';
import { hashState } from './hash';
import { playOutPlain } from './play';
import { type Summary, summarize } from './stats';

/** One game's outcome. */
export interface RunResult {
  readonly seed: string;
  readonly hash: string;
  readonly cohesion: number;
  readonly states: Readonly<Record<StateId, Readonly<Record<Indicator | 'welfare', number>>>>;
  /** Whether each of the scenario's objectives was met, by objective id. */
  readonly objectives: Readonly<Record<string, boolean>>;
}

/** What a batch runs. */
export interface BatchOptions {
  readonly scenario: Scenario;
  /** The seeds to run; see `batchSeeds`. */
  readonly seeds: readonly string[];
  readonly controllers?: Partial<Record<StateId, Controller>>;
  /** Called after each game with the number done. */
  readonly onProgress?: (done: number) => void;
}

/** The seeds `base-0` … `base-(n-1)`: the same seeds for every strategy compared. */
export function batchSeeds(base: string, runs: number, offset = 0): string[] {
  return Array.from({ length: runs }, (_, i) => `${base}-${offset + i}`);
}

/** Plays one game on the fast path and reports its outcome. */
export function runOne(
  scenario: Scenario,
  seed: string,
  controllers?: Partial<Record<StateId, Controller>>,
): RunResult {
  const end = playOutPlain(createGame({ scenario, seed, ...(controllers ? { controllers } : {}) }));
  const states = {} as Record<StateId, Record<Indicator | 'welfare', number>>;
  for (const id of STATE_IDS)
    states[id] = { ...end.states[id].indicators, welfare: welfare(end, id) };
  const objectives: Record<string, boolean> = {};
  for (const o of scorecard(end).objectives) objectives[o.id] = o.met;
  return { seed, hash: hashState(end), cohesion: end.cohesion, states, objectives };
}

/** Runs a batch on this thread. */
export function runBatch({ scenario, seeds, controllers, onProgress }: BatchOptions): RunResult[] {
  return seeds.map((seed, i) => {
    const result = runOne(scenario, seed, controllers);
    onProgress?.(i + 1);
    return result;
  });
}

/** Per state, per indicator (and welfare): summary statistics over the runs. */
export type BatchSummary = Record<StateId, Record<Indicator | 'welfare', Summary>> & {
  cohesion: Summary;
};

/** Summarizes a batch's results. */
export function summarizeBatch(results: readonly RunResult[]): BatchSummary {
  const summary = { cohesion: summarize(results.map((r) => r.cohesion)) } as BatchSummary;
  for (const id of STATE_IDS) {
    const perState = {} as Record<Indicator | 'welfare', Summary>;
    for (const key of [...INDICATORS, 'welfare'] as const)
      perState[key] = summarize(results.map((r) => r.states[id][key]));
    summary[id] = perState;
  }
  return summary;
}
