/**
 * `npm run balance -w @c5plus/sim`: how much the choices matter. For each
 * scenario and strategy (KAZ on the strategy, the other four on multiVector),
 * over many seeds: KAZ's mean welfare and autonomy, the highest suspicion any
 * partner holds of KAZ, pressure events on KAZ a game, each objective met (%),
 * the spread over seeds against the spread between strategies, and the effect
 * of playing the strategy for the first year only (then multiVector). A report,
 * not a test: it prints, and never fails on its figures.
 */
import { PARTNER_IDS } from '@c5plus/core';
import { createContext } from '../src/kernel/context';
import { plainCopy } from '../src/kernel/plain';
import { completePlans } from '../src/kernel/plans';
import { restoreGenerator } from '../src/kernel/rng';
import { scorecard, standing, welfare } from '../src/kernel/scorecard';
import { runTurn } from '../src/kernel/turn';
import type { Scenario } from '../src/model/scenario';
import type { GameState, StateId } from '../src/model/types';
import { batchSeeds } from '../src/orchestration/batch';
import { createGame } from '../src/orchestration/game';
import { controllerStrategy } from '../src/orchestration/step';
import { scenarios } from '../src/scenarios';
import { strategies } from '../src/strategies';

const FOCUS: StateId = (process.env.BALANCE_STATE as StateId | undefined) ?? 'KAZ';
const RUNS = Number(process.env.BALANCE_RUNS ?? 100);
/** Lookahead simulates ahead at every decision: fewer seeds keep the report quick. */
const LOOKAHEAD_RUNS = Number(process.env.BALANCE_LOOKAHEAD_RUNS ?? 20);

interface GameOutcome {
  readonly welfare: number;
  readonly standing: number;
  readonly autonomy: number;
  readonly maxSuspicion: number;
  readonly pressure: number;
  /** Pressure events on the focus state a game, by the partner pressing. */
  readonly pressedBy: Readonly<Record<string, number>>;
  readonly objectives: readonly boolean[];
}

/**
 * Plays a game to its end on the fast path, KAZ on `strategy` (for the first
 * `firstYears` turns only, if given, then multiVector), counting pressure on KAZ.
 */
function play(
  scenario: Scenario,
  seed: string,
  strategy: string,
  firstYears = Number.POSITIVE_INFINITY,
  lastYears = 0,
): GameOutcome {
  const state: GameState = plainCopy(
    createGame({ scenario, seed, controllers: { [FOCUS]: strategy } }),
  );
  let pressure = 0;
  const pressedBy: Record<string, number> = {};
  while (!state.finished) {
    if (state.turn === firstYears)
      state.controllers = { ...state.controllers, [FOCUS]: 'multiVector' };
    if (lastYears > 0 && state.year === state.endYear - lastYears + 1)
      state.controllers = { ...state.controllers, [FOCUS]: 'greedy' };
    const completed = completePlans(state, {}, (id) => controllerStrategy(state, id), false);
    if (!completed.ok) throw new Error(completed.errors.map((e) => e.message).join(' '));
    const generator = restoreGenerator(state.rng);
    const report = runTurn(state, completed.plans, createContext(state, generator, false));
    state.rng = generator.state();
    for (const event of report.events) {
      if (event.kind !== 'pressure' || !event.id.endsWith(`-${FOCUS}`)) continue;
      pressure += 1;
      const presser = event.id.slice('pressure-'.length, -`-${FOCUS}`.length);
      pressedBy[presser] = (pressedBy[presser] ?? 0) + 1;
    }
  }
  let maxSuspicion = 0;
  for (const p of PARTNER_IDS)
    maxSuspicion = Math.max(maxSuspicion, state.partners[p].suspicion[FOCUS]);
  return {
    welfare: welfare(state, FOCUS),
    standing: standing(state, FOCUS),
    autonomy: state.states[FOCUS].indicators.autonomy,
    maxSuspicion,
    pressure,
    pressedBy,
    objectives: scorecard(state).objectives.map((o) => o.met),
  };
}

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
const sd = (xs: readonly number[]) => {
  const m = mean(xs);
  return Math.sqrt(mean(xs.map((x) => (x - m) ** 2)));
};
const f = (x: number, digits = 1) => x.toFixed(digits).padStart(6);

function report(scenario: Scenario): string[] {
  const lines: string[] = [];
  const ids = Object.keys(strategies);
  lines.push(`## ${scenario.id} (${scenario.startYear}–${scenario.endYear})`);
  lines.push(`objectives: ${scenario.objectives.map((o, i) => `[${i + 1}] ${o.id}`).join(', ')}`);
  lines.push(
    'strategy        welfare  ±seed standing autonomy maxSusp pressure first-yr  objectives met %',
  );
  const means: number[] = [];
  const pressers: string[] = [];
  const seedSpreads: number[] = [];
  const baselineSeeds = batchSeeds('balance', RUNS);
  const baseline = baselineSeeds.map((seed) => play(scenario, seed, 'multiVector'));
  for (const id of ids) {
    const runs = id === 'lookahead' ? LOOKAHEAD_RUNS : RUNS;
    const seeds = batchSeeds('balance', runs);
    const games = seeds.map((seed) => play(scenario, seed, id));
    const firstYear = seeds.map((seed) => play(scenario, seed, id, 1));
    const w = games.map((g) => g.welfare);
    means.push(mean(w));
    seedSpreads.push(sd(w));
    const firstEffect = mean(firstYear.map((g, i) => g.welfare - (baseline[i]?.welfare ?? 0)));
    const met = scenario.objectives.map(
      (_, k) => (100 * games.filter((g) => g.objectives[k]).length) / games.length,
    );
    const byPartner = PARTNER_IDS.map(
      (p) => [p, mean(games.map((g) => g.pressedBy[p] ?? 0))] as const,
    )
      .filter(([, n]) => n >= 0.005)
      .map(([p, n]) => `${p} ${n.toFixed(2)}`);
    if (byPartner.length > 0) pressers.push(`${id} ${byPartner.join(' ')}`);
    lines.push(
      `${id.padEnd(14)} ${f(mean(w))} ${f(sd(w))} ${f(mean(games.map((g) => g.standing)))}   ${f(mean(games.map((g) => g.autonomy)))} ${f(
        mean(games.map((g) => g.maxSuspicion)),
      )} ${f(mean(games.map((g) => g.pressure)), 2)} ${f(firstEffect, 2)}   ${met
        .map((m) => `${m.toFixed(0).padStart(3)}`)
        .join(' ')}`,
    );
  }
  lines.push(`pressure by partner (events a game): ${pressers.join('; ') || 'none'}`);
  const defected = baselineSeeds.map((seed) =>
    play(scenario, seed, 'multiVector', Number.POSITIVE_INFINITY, 2),
  );
  lines.push(
    `end-game defection (multiVector, then greedy for the last two years): welfare ${(mean(defected.map((g) => g.welfare)) - mean(baseline.map((g) => g.welfare))).toFixed(2)}, standing ${(mean(defected.map((g) => g.standing)) - mean(baseline.map((g) => g.standing))).toFixed(2)} against a steady multiVector course`,
  );
  lines.push(
    `spread over seeds (mean sd) ${mean(seedSpreads).toFixed(2)}; between strategies (sd of means) ${sd(means).toFixed(2)}, range ${(Math.max(...means) - Math.min(...means)).toFixed(2)}; ratio ${(mean(seedSpreads) / Math.max(1e-9, sd(means))).toFixed(2)}`,
  );
  lines.push('');
  return lines;
}

const started = performance.now();
const out = [
  `# balance: ${FOCUS} on each strategy, the others multiVector; ${RUNS} seeds a cell (lookahead ${LOOKAHEAD_RUNS})`,
  `welfare/standing/autonomy/maxSusp: ${FOCUS} at the end (standing: welfare less the pressure still to come, plus deliveries still owed); pressure: events on ${FOCUS} a game; first-yr: welfare change from playing the strategy in the first year only, then multiVector, against multiVector throughout`,
  '',
];
for (const scenario of scenarios) out.push(...report(scenario));
console.log(out.join('\n'));
console.error(`balance: ${((performance.now() - started) / 1000).toFixed(1)} s`);
