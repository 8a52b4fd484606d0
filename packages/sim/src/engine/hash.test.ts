import { describe, expect, it } from 'vitest';
import { quietSandbox } from '../test-support';
import { createGame } from './game';
import { hashState } from './hash';

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
