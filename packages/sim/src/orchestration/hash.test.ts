import { describe, expect, it } from 'vitest';
import { quietSandbox } from '../test-support';
import { createGame } from './game';
import { hashState, hashValue } from './hash';

describe('hashState', () => {
  const game = createGame({ scenario: quietSandbox, seed: 'hash' });

  it('does not depend on the order of keys', () => {
    const reordered = Object.fromEntries(Object.entries(game).reverse()) as typeof game;
    expect(hashState(reordered)).toBe(hashState(game));
  });

  it('changes when any number changes, however slightly', () => {
    const nudged = { ...game, cohesion: game.cohesion + 1e-12 };
    expect(hashState(nudged)).not.toBe(hashState(game));
  });

  it('tells a string from a number and an array from an object', () => {
    expect(hashState({ ...game, seed: '1' })).not.toBe(
      hashState({ ...game, seed: 1 as unknown as string }),
    );
    expect(hashState({ ...game, log: [] })).not.toBe(hashState({ ...game, log: {} as never }));
  });

  it('survives a JSON round trip', () => {
    expect(hashState(JSON.parse(JSON.stringify(game)))).toBe(hashState(game));
  });
});

describe('hashValue on deep input', () => {
  it('hashes a 100,000-deep nested value without overflowing the stack', () => {
    let deep: unknown = [];
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(hashValue(deep)).toMatch(/^[0-9a-f]{16}$/);
    expect(hashValue(deep)).not.toBe(hashValue([]));
  });
});
