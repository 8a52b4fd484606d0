import { describe, expect, it } from 'vitest';
import { batchSeeds } from './batch';
import { parseSeed, parseSeedBase, SEED_MAX_LENGTH } from './seed';

describe('parseSeed', () => {
  it.each(['a', 'demo', 'Round_trip-7', 'x'.repeat(SEED_MAX_LENGTH)])('accepts %s', (seed) => {
    expect(parseSeed(seed)).toEqual({ ok: true, seed });
  });

  it.each([
    ['an empty seed', '', /is empty/],
    ['a seed too long', 'x'.repeat(65), /65 characters; at most 64/],
    ['a space', 'my seed', /contains " "/],
    ['a URL character', 'a&b', /contains "&"/],
    ['a non-ASCII letter', 'séed', /contains "é"/],
  ])('refuses %s, saying the rule', (_, text, message) => {
    const result = parseSeed(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
    if (!result.ok) expect(result.message).toMatch(/1–64 characters/);
  });

  it("leaves a batch base room for its games' seeds, which follow the rule too", () => {
    const base = 'b'.repeat(52);
    expect(parseSeedBase(base).ok).toBe(true);
    expect(parseSeedBase(`${base}b`).ok).toBe(false);
    const last = batchSeeds(base, 100_000).at(-1) ?? '';
    expect(parseSeed(last).ok).toBe(true);
  });
});
