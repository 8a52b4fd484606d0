/**
 * `npm run bench -w @c5plus/sim`: how fast the simulation runs, against its targets.
 *
 * It measures the built package (`dist/`, what users run; turbo's `bench` task
 * builds first), on the sandbox scenario (10 turns) with every state on the
 * multi-vector strategy unless said otherwise. Each figure is the median over
 * rounds with its spread (10th–90th percentile): variants measured together
 * are interleaved round by round, so a busy machine slows them alike, and
 * their ratio is taken round by round. See bench/README.md for how to read
 * the figures. Takes about a minute.
 */
import { existsSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { GameState } from '../src/model/types';
import { summarize } from '../src/orchestration/stats';
import { interleave, show, type Timing } from './measure';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
for (const file of ['index.js', 'node/index.js', 'node/batch-worker.js'])
  if (!existsSync(join(dist, file))) {
    console.error(`bench: dist/${file} is missing; build first (npm run build -w @c5plus/sim).`);
    process.exit(1);
  }
// Typed from the sources, loaded from the build.
const sim = (await import(
  pathToFileURL(join(dist, 'index.js')).href
)) as typeof import('../src/index');
const node = (await import(
  pathToFileURL(join(dist, 'node', 'index.js')).href
)) as typeof import('../node/index');

const TARGETS = {
  gameThroughStep: 1, // ms, median
  gamePlain: 0.1, // ms, median
  batch10k: 5, // s
} as const;

const scenario = sim.getScenario('sandbox');
if (!scenario) throw new Error('The build has no sandbox scenario.');
const turns = scenario.endYear - scenario.startYear + 1;

/** A small seeded generator for the lookahead's `random` argument. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The game at the start of each turn of one play-through. */
function trajectory(seed: string): GameState[] {
  const states: GameState[] = [];
  let game = sim.createGame({ scenario: scenario as never, seed });
  while (!game.finished) {
    states.push(game);
    const result = sim.step(game);
    if (!result.ok) throw new Error('a step was refused');
    game = result.game;
  }
  return states;
}

const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met');
const pad = (label: string) => `  ${label.padEnd(34)}`;
const cpu = cpus()[0]?.model ?? 'unknown CPU';

console.log(
  `@c5plus/sim benchmark — built package, ${scenario.id} scenario (${turns} turns), 5 AI states`,
);
console.log(`Node ${process.version}, ${availableParallelism()} cores (${cpu})`);
console.log('Medians over rounds, with the 10th–90th percentile spread in brackets.\n');

// 1. One turn, a whole game through step, a whole game on the plain path, interleaved.
const paths = trajectory('bench-trajectory');
const ROUNDS = 60;
const [stepTurn, gameStep, gamePlain, gameRun] = interleave(
  [
    { name: 'step', reps: 40, run: (i) => sim.step(paths[i % paths.length] as GameState) },
    {
      name: 'game through step',
      reps: 4,
      run: (i) => sim.playOut(sim.createGame({ scenario: scenario as never, seed: `s${i}` })),
    },
    {
      name: 'game on the plain path',
      reps: 20,
      run: (i) => sim.playOutPlain(sim.createGame({ scenario: scenario as never, seed: `p${i}` })),
    },
    {
      name: 'runOne (plain path + hash)',
      reps: 10,
      run: (i) => sim.runOne(scenario as never, `r${i}`),
    },
  ],
  ROUNDS,
  3,
) as [Timing, Timing, Timing, Timing];
const ratios = summarize(gameStep.samples.map((s, r) => s / (gamePlain.samples[r] ?? Number.NaN)));

console.log('Single thread');
console.log(`${pad('one turn through step (immer)')}${show(stepTurn, 'µs')}`);
console.log(
  `${pad('full game through step')}${show(gameStep, 'ms')}   target ≤ ${TARGETS.gameThroughStep} ms: ${verdict(gameStep.median <= TARGETS.gameThroughStep)}`,
);
console.log(
  `${pad('full game on the plain path')}${show(gamePlain, 'µs')}   target ≤ ${TARGETS.gamePlain * 1000} µs: ${verdict(gamePlain.median <= TARGETS.gamePlain)}`,
);
console.log(
  `${pad('ratio step / plain (per round)')}${ratios.median.toFixed(2)}× (p10–p90 ${ratios.p10.toFixed(2)}–${ratios.p90.toFixed(2)})`,
);
console.log(
  `${pad('games per second (plain path)')}${Math.round(1000 / gamePlain.median).toLocaleString('en')} (p10–p90 ${Math.round(1000 / gamePlain.p90).toLocaleString('en')}–${Math.round(1000 / gamePlain.p10).toLocaleString('en')})`,
);
console.log(
  `${pad('runOne: plain path + hashState')}${show(gameRun, 'µs')} → ${Math.round(1000 / gameRun.median).toLocaleString('en')} games/s, what a batch does per game`,
);

// 2. Lookahead decisions, at each turn of the game.
const random = mulberry32(42);
const [decision] = interleave(
  [
    {
      name: 'lookahead decision',
      reps: 2,
      run: (i) =>
        sim.strategies.lookahead.decide(paths[i % paths.length] as GameState, 'KAZ', random),
    },
  ],
  30,
  2,
) as [Timing];
console.log(
  `${pad('one lookahead decision (KAZ)')}${show(decision, 'ms')}   (${sim.LOOKAHEAD.candidates.length} candidates × ${sim.LOOKAHEAD.rollouts} rollouts × ${sim.LOOKAHEAD.horizon} turns)`,
);

// 3. A 10,000-game batch on every core, twice.
const WORKERS = availableParallelism();
const seeds = sim.batchSeeds('bench', 10_000);
console.log(`\nAll cores (${WORKERS} workers)`);
const times: number[] = [];
for (let run = 1; run <= 2; run++) {
  const start = performance.now();
  const results = await node.runBatchParallel({ scenario, seeds, workers: WORKERS });
  const seconds = (performance.now() - start) / 1000;
  if (results.length !== seeds.length) throw new Error('the batch lost games');
  times.push(seconds);
  console.log(
    `${pad(`10,000-game batch, run ${run}`)}${seconds.toFixed(2)} s (${Math.round(seeds.length / seconds).toLocaleString('en')} games/s)   target ≤ ${TARGETS.batch10k} s: ${verdict(seconds <= TARGETS.batch10k)}`,
  );
}
const best = Math.min(...times);
console.log(
  `${pad('per game per worker (best run)')}${((best * 1000 * WORKERS) / seeds.length).toFixed(3)} ms, incl. worker start-up and hashing`,
);
