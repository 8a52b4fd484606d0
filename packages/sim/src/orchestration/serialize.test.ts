import { describe, expect, it } from 'vitest';
import type { GameState } from '../model';
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
      /game\.scenario: /,
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

  /** A game's save as an earlier version wrote it: without the parts added since. */
  function asVersion(game: GameState, version: 1 | 2): string {
    const { pending, partners, ...rest } = JSON.parse(serialize(game)).game;
    const oldPartners = Object.fromEntries(
      Object.entries(partners as Record<string, Json>).map(([id, { lastPressed, ...p }]) => [
        id,
        p,
      ]),
    );
    const old = { ...rest, partners: oldPartners, schemaVersion: version };
    if (version === 2) old.pending = pending;
    return JSON.stringify({ format: 'c5plus-save', schemaVersion: version, game: old });
  }

  it('carries a version 1 save (no pending deliveries) to the current version', () => {
    const fresh = createGame({ scenario, seed: 'v1' });
    const game = deserialize(asVersion(fresh, 1));
    expect(game.schemaVersion).toBe(SCHEMA_VERSION);
    expect(game.pending).toEqual([]);
    expect(hashState(game)).toBe(hashState(fresh));
  });

  it('replays a version 2 save, played under earlier rules, under the current ones', () => {
    let played = createGame({ scenario, seed: 'v2' });
    for (let i = 0; i < 3; i++) {
      const r = step(played);
      if (!r.ok) throw new Error('refused');
      played = r.game;
    }
    const file = JSON.parse(asVersion(played, 2));
    // The earlier rules gave other outcomes: the saved history does not follow from the log now.
    file.game.history[1].cohesion = 1;
    file.game.states.KAZ.indicators.prosperity = 1;
    const game = deserialize(JSON.stringify(file));
    expect(game.schemaVersion).toBe(SCHEMA_VERSION);
    expect(game.log).toEqual(played.log);
    expect(hashState(game)).toBe(hashState(played));
    // The same tampering in a save of the current version is refused.
    const current = JSON.parse(serialize(played));
    current.game.history[1].cohesion = 1;
    expect(() => deserialize(JSON.stringify(current))).toThrow(/diverges/);
  });
});

// biome-ignore lint/suspicious/noExplicitAny: the tests tamper with parsed JSON freely.
type Json = any;

/** A save two turns in, as parsed JSON to tamper with. */
function savedGame(): { game: Json } {
  let game = createGame({ scenario, seed: 'tamper' });
  for (let i = 0; i < 2; i++) {
    const r = step(game);
    if (!r.ok) throw new Error('refused');
    game = r.game;
  }
  return JSON.parse(serialize(game));
}

function problemsOf(file: unknown): { path: string; message: string }[] {
  try {
    deserialize(JSON.stringify(file));
  } catch (error) {
    expect(error).toBeInstanceOf(SaveError);
    return [...(error as SaveError).problems];
  }
  throw new Error('the save was accepted');
}

describe('deserialize validates the whole save', () => {
  it.each([
    ['null states', (g: Json) => (g.states = null), 'game.states'],
    ['a null log', (g: Json) => (g.log = null), 'game.log'],
    ['an empty scenario', (g: Json) => (g.scenario = {}), 'game.scenario.id'],
    ['a string year', (g: Json) => (g.year = String(g.year)), 'game.year'],
    [
      'an indicator out of range',
      (g: Json) => (g.states.KAZ.indicators.security = 140),
      'game.states.KAZ.indicators.security',
    ],
    [
      'exposure not summing to 1',
      (g: Json) => (g.states.UZB.exposure.china += 0.1),
      'game.states.UZB.exposure',
    ],
    ['negative capital', (g: Json) => (g.states.TJK.capital = -5), 'game.states.TJK.capital'],
    ['an unknown controller', (g: Json) => (g.controllers.KGZ = 'chaos'), 'game.controllers.KGZ'],
    ['a junk generator state', (g: Json) => (g.rng = { c: 'x', s0: 3 }), 'game.rng'],
    ['an unknown key', (g: Json) => (g.cheat = true), 'game'],
    [
      'an unknown key in a logged plan',
      (g: Json) => (g.log[0].plans.KAZ.bonus = 1),
      'game.log[0].plans.KAZ',
    ],
  ])('refuses %s, naming its path', (_, tamper, path) => {
    const file = savedGame();
    tamper(file.game);
    const problems = problemsOf(file);
    expect(problems.map((p) => p.path).some((p) => p.startsWith(path))).toBe(true);
    for (const p of problems) expect(p.message.length).toBeGreaterThan(0);
  });

  it('lists allowed values for an unknown controller', () => {
    const file = savedGame();
    file.game.controllers.KGZ = 'chaos';
    const [problem] = problemsOf(file);
    expect(problem?.message).toMatch(/human/);
    expect(problem?.message).toMatch(/multiVector/);
  });

  it('refuses a tampered state that passes the schema, naming the first year that differs', () => {
    const file = savedGame();
    file.game.states.KAZ.indicators.prosperity = Math.min(
      100,
      file.game.states.KAZ.indicators.prosperity + 1,
    );
    file.game.history[1].states.KAZ.prosperity = file.game.states.KAZ.indicators.prosperity;
    let caught: unknown;
    try {
      deserialize(JSON.stringify(file));
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(SaveError);
    expect((caught as SaveError).turn).toBe(scenario.startYear);
    expect((caught as SaveError).message).toMatch(/diverges in/);
  });

  it('refuses a state tampered only at the end', () => {
    const file = savedGame();
    file.game.states.KAZ.capital += 1;
    let caught: SaveError | undefined;
    try {
      deserialize(JSON.stringify(file));
    } catch (error) {
      caught = error as SaveError;
    }
    expect(caught?.turn).toBe(scenario.startYear + 1);
    expect(caught?.problems[0]?.message).toMatch(/does not follow/);
  });

  it('refuses a 3,000-deep nested value with a SaveError, not a RangeError', () => {
    const file = savedGame();
    file.game.seed = JSON.parse(`${'['.repeat(3000)}${']'.repeat(3000)}`);
    const text = JSON.stringify(file);
    expect(() => deserialize(text)).toThrow(SaveError);
  });
});
