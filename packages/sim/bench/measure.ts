/**
 * Timing helpers for the benchmark: variants are measured interleaved, round
 * by round, so that a noisy shared machine slows them alike; each figure is a
 * median with its spread (10th to 90th percentile over rounds).
 */
import { quantile } from '../src/orchestration/stats';

/** A named piece of work, run `reps` times per round. */
export interface Variant {
  readonly name: string;
  readonly reps: number;
  /** Runs one repetition; `i` is the repetition's global index. */
  readonly run: (i: number) => void;
}

/** Median and spread of per-repetition time, in milliseconds. */
export interface Timing {
  readonly name: string;
  readonly median: number;
  readonly p10: number;
  readonly p90: number;
  /** Per-repetition time of each round, in round order (for ratios between variants). */
  readonly samples: readonly number[];
}

/** Runs every variant `rounds` times, interleaved, and summarizes each. */
export function interleave(variants: readonly Variant[], rounds: number, warmup = 2): Timing[] {
  const samples = variants.map(() => [] as number[]);
  let counter = 0;
  for (let round = -warmup; round < rounds; round++) {
    variants.forEach((variant, v) => {
      const start = performance.now();
      for (let r = 0; r < variant.reps; r++) variant.run(counter++);
      const perRep = (performance.now() - start) / variant.reps;
      if (round >= 0) samples[v]?.push(perRep);
    });
  }
  return variants.map((variant, v) => {
    const inOrder = samples[v] ?? [];
    const sorted = [...inOrder].sort((a, b) => a - b);
    return {
      name: variant.name,
      median: quantile(sorted, 0.5),
      p10: quantile(sorted, 0.1),
      p90: quantile(sorted, 0.9),
      samples: inOrder,
    };
  });
}

/** Formats a timing in a unit: `0.84 ms (0.80–0.95)`. */
export function show(t: Timing, unit: 'ms' | 'µs' = 'ms'): string {
  const k = unit === 'µs' ? 1000 : 1;
  const f = (x: number) => (x * k).toFixed(x * k < 10 ? 3 : 1);
  return `${f(t.median)} ${unit} (p10–p90 ${f(t.p10)}–${f(t.p90)})`;
}
