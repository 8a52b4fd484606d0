/**
 * `--shard K/N`: the K-th of N disjoint, contiguous slices of a batch's seed
 * list, so that a job runner (GNU parallel, a Slurm array, a Kubernetes
 * Indexed Job) can play one batch on many machines and `c5sim merge` can put
 * the slices back together.
 */

import type { Shard } from './batch-file';
import { UsageError } from './common';

/** Most shards a batch is cut into. */
export const MAX_SHARDS = 100_000;

/** Parses `K/N` (1 ≤ K ≤ N). */
export function parseShard(text: string): Shard {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || !Number.isSafeInteger(index) || !Number.isSafeInteger(count))
    throw new UsageError(`--shard must be K/N, such as 2/4 (got "${text}")`);
  if (count < 1 || count > MAX_SHARDS)
    throw new UsageError(`--shard ${text}: N must be from 1 to ${MAX_SHARDS.toLocaleString('en')}`);
  if (index < 1 || index > count)
    throw new UsageError(`--shard ${text}: K must be from 1 to N (${count})`);
  return { index, count };
}

/** The run numbers [start, end) of a shard of `runs` runs; the shards cover every run once. */
export function shardRange(runs: number, shard: Shard): { start: number; end: number } {
  return {
    start: Math.floor(((shard.index - 1) * runs) / shard.count),
    end: Math.floor((shard.index * runs) / shard.count),
  };
}
