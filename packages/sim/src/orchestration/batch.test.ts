import { describe, expect, it } from 'vitest';
import { quietSandbox } from '../test-support';
import { batchSeeds, runBatch, summarizeBatch } from './batch';
import { quantile, summarize } from './stats';

describe('runBatch', () => {
  it('plays each seed and is reproducible', () => {
    const seeds = batchSeeds('b', 6);
    const a = runBatch({ scenario: quietSandbox, seeds });
    const b = runBatch({ scenario: quietSandbox, seeds });
    expect(a.map((r) => r.seed)).toEqual(seeds);
    expect(a).toEqual(b);
    const summary = summarizeBatch(a);
    expect(summary.KAZ.autonomy.p10).toBeLessThanOrEqual(summary.KAZ.autonomy.median);
    expect(summary.KAZ.autonomy.median).toBeLessThanOrEqual(summary.KAZ.autonomy.p90);
  });
});

describe('summarize', () => {
  it('gives mean and interpolated quantiles', () => {
    expect(summarize([1, 2, 3, 4, 5])).toEqual({ mean: 3, p10: 1.4, median: 3, p90: 4.6 });
    expect(quantile([], 0.5)).toBeNaN();
  });
});
