import { describe, expect, it } from 'vitest';
import { getScenario } from '../scenarios';
import { createGame, SCHEMA_VERSION } from './game';
import { hashState } from './hash';
import { playOut } from './play';
import { deserialize, MIGRATIONS, SaveError, serialize } from './serialize';
import { step } from './step';

const scenario = getScenario('war-2022')!;

describe('serialize and deserialize', () => {
  it('resume a saved game exactly: the same future follows', () => {
    let game = createGame({ scenario, seed: 'save' });
    for (let i = 0; i < 2; i++) {
      const r = step(game);
      if (!r.ok) throw new Error('refused');
      game = r.game;
    }
    const resumed = deserialize(serialize(game));
    expect(hashState(resumed)).toBe(hashState(game));
    expect(hashState(playOut(resumed))).toBe(hashState(playOut(game)));
  });

  it.each([
    ['not JSON', '{oops', /not valid JSON/],
    ['another file', JSON.stringify({ format: 'something-else' }), /not a c5plus save/],
    ['no version', JSON.stringify({ format: 'c5plus-save', game: {} }), /schemaVersion/],
    [
      'a newer version',
      JSON.stringify({ format: 'c5plus-save', schemaVersion: 99, game: {} }),
      /newer than this program/,
    ],
    [
      'a game without its parts',
      JSON.stringify({ format: 'c5plus-save', schemaVersion: 1, game: { seed: 'x' } }),
      /missing "scenario"/,
    ],
  ])('refuses %s with a SaveError naming the problem', (_, text, message) => {
    expect(() => deserialize(text)).toThrow(SaveError);
    expect(() => deserialize(text)).toThrow(message);
  });

  it('migrates an older save one version at a time', () => {
    const current = JSON.parse(serialize(createGame({ scenario, seed: 'old' })));
    // A made-up version 0 that called cohesion "unity".
    const { cohesion, ...rest } = current.game;
    const old = JSON.stringify({
      format: 'c5plus-save',
      schemaVersion: 0,
      game: { ...rest, schemaVersion: 0, unity: cohesion },
    });
    const migrations = {
      ...MIGRATIONS,
      0: ({ unity, ...game }: Record<string, unknown>) => ({ ...game, cohesion: unity }),
    };
    const game = deserialize(old, migrations);
    expect(game.cohesion).toBe(cohesion);
    expect(game.schemaVersion).toBe(SCHEMA_VERSION);
    expect(() => deserialize(old)).toThrow(/No migration from save version 0/);
  });

  it('carries a version 1 save (no pending deliveries) to version 2', () => {
    const current = JSON.parse(serialize(createGame({ scenario, seed: 'v1' })));
    const { pending, ...rest } = current.game;
    expect(pending).toEqual([]);
    const v1 = JSON.stringify({
      format: 'c5plus-save',
      schemaVersion: 1,
      game: { ...rest, schemaVersion: 1 },
    });
    const game = deserialize(v1);
    expect(game.schemaVersion).toBe(2);
    expect(game.pending).toEqual([]);
    expect(hashState(game)).toBe(hashState(createGame({ scenario, seed: 'v1' })));
  });
});
