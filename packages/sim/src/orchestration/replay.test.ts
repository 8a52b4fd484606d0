import { describe, expect, it } from 'vitest';
import { scenarios } from '../scenarios';
import { quietSandbox } from '../test-support';
import { createGame } from './game';
import { hashState } from './hash';
import { playOut } from './play';
import { forkAt, loadReplay, ReplayError, replay, toReplay, verifyReplay } from './replay';

// biome-ignore lint/suspicious/noExplicitAny: the tests tamper with parsed JSON freely.
type Json = any;

import { step } from './step';

describe('golden replays', () => {
  // The historical line of each scenario under a fixed seed. A change to any rule,
  // calibration value or scenario changes these hashes: update them deliberately.
  // (The scenario is part of the state, so a change to its texts or translations
  // changes them too, with the play itself unchanged.)
  const golden: Record<string, string> = {
    'launch-2004': 'c16f3193c65e92e9',
    'roadmap-2015': '88fe26a52a24f73b',
    'war-2022': 'c6a5df400f4f35ae',
    'summits-2025': '4d33b94b1f3de7d5',
    sandbox: '507b102332d02aa5',
  };
  it.each(scenarios.map((s) => [s.id, s] as const))(
    '%s ends in its recorded state',
    (id, scenario) => {
      const historical = {
        KAZ: 'historical',
        KGZ: 'historical',
        TJK: 'historical',
        TKM: 'historical',
        UZB: 'historical',
      };
      const game = playOut(createGame({ scenario, seed: 'golden', controllers: historical }));
      expect(hashState(game)).toBe(golden[id]);
    },
  );
});

describe('replay', () => {
  const game = playOut(createGame({ scenario: quietSandbox, seed: 'replay' }));

  it('reproduces a game bit for bit from its plans', () => {
    const again = replay(game.scenario, game.seed, game.log);
    expect(hashState(again)).toBe(hashState(game));
    expect(verifyReplay(toReplay(game)).ok).toBe(true);
  });

  it('survives a JSON round trip', () => {
    const file = JSON.parse(JSON.stringify(toReplay(game)));
    expect(verifyReplay(file)).toMatchObject({ ok: true, hash: hashState(game) });
  });

  it('detects a tampered replay', () => {
    const file = toReplay(game);
    expect(verifyReplay({ ...file, seed: 'another' }).ok).toBe(false);
  });

  it('refuses a plan log whose years do not match', () => {
    expect(() => replay(game.scenario, game.seed, game.log.slice(1))).toThrow(
      /is for 2027, but the game is in 2026/,
    );
  });
});

describe('forkAt', () => {
  const game = playOut(createGame({ scenario: quietSandbox, seed: 'fork' }));
  const record = toReplay(game);

  it('gives the game as it stood at the start of a turn', () => {
    const fork = forkAt(record, 4);
    expect(fork.year).toBe(quietSandbox.startYear + 4);
    expect(fork.log).toEqual(game.log.slice(0, 4));
    expect(fork.history).toEqual(game.history.slice(0, 5));
  });

  it('lets another choice be tried from there, while the same choices rejoin the record', () => {
    const fork = forkAt(record, 4);
    const same = step(fork, game.log[4]!.plans);
    const other = step(fork, {
      ...game.log[4]!.plans,
      KAZ: { engagements: [], consultation: 10, summits: [] },
    });
    if (!same.ok || !other.ok) throw new Error('refused');
    expect(same.game.history[5]).toEqual(game.history[5]);
    expect(other.game.states.KAZ.indicators).not.toEqual(game.history[5]!.states.KAZ);
  });

  it('refuses a turn outside the replay', () => {
    expect(() => forkAt(record, 11)).toThrow(RangeError);
    expect(() => forkAt(record, -1)).toThrow(RangeError);
  });
});

describe('loadReplay', () => {
  const game = playOut(createGame({ scenario: quietSandbox, seed: 'load' }));
  const file = () => JSON.parse(JSON.stringify(toReplay(game)));

  it('accepts a format 2 replay with one hash per turn', () => {
    const loaded = loadReplay(file());
    expect(loaded.ok).toBe(true);
    if (loaded.ok) expect(loaded.replay.hashes).toHaveLength(game.log.length);
  });

  it.each([
    ['null plan entries', (r: Json) => r.plans.push(null), 'plans[10]'],
    ['more turns than the scenario', (r: Json) => r.plans.push(...r.plans), 'plans'],
    ['a missing per-turn hash', (r: Json) => r.hashes.pop(), 'hashes'],
    ['an unknown key', (r: Json) => (r.note = 1), ''],
    ['an unknown controller', (r: Json) => (r.controllers.KAZ = 'chaos'), 'controllers.KAZ'],
  ])('refuses %s with a ReplayError naming the path', (_, change, path) => {
    const r = file();
    change(r);
    const loaded = loadReplay(r);
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    expect(loaded.error).toBeInstanceOf(ReplayError);
    expect(loaded.error.problems.map((p) => p.path)).toContain(path);
  });

  it('says which turn first diverges', () => {
    const r = file();
    r.plans[3].plans.KAZ = { engagements: [], consultation: 0, summits: [] };
    const loaded = loadReplay(r);
    if (!loaded.ok) throw loaded.error;
    expect(verifyReplay(loaded.replay)).toMatchObject({
      ok: false,
      divergesAt: { turn: 3, year: quietSandbox.startYear + 3 },
    });
  });
});
