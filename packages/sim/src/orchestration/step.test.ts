import { PARTNER_IDS, STATE_IDS } from '@c5plus/core';
import { describe, expect, it } from 'vitest';
import type { EffectTarget, GameState } from '../model/types';
import { allPlay, everyoneOn, idle, quietSandbox } from '../test-support';
import { createGame } from './game';
import { hashState } from './hash';
import { playOut, playOutPlain } from './play';
import { step } from './step';

function valueAt(game: GameState, t: EffectTarget): number {
  switch (t.kind) {
    case 'indicator':
      return game.states[t.state].indicators[t.indicator];
    case 'ties':
      return game.states[t.state].ties[t.partner];
    case 'exposure':
      return game.states[t.state].exposure[t.partner];
    case 'attention':
      return game.partners[t.partner].attention;
    case 'suspicion':
      return game.partners[t.partner].suspicion[t.state];
    case 'cohesion':
      return game.cohesion;
  }
}

describe('step', () => {
  it('leaves the game it was given untouched', () => {
    const game = createGame({ scenario: quietSandbox, seed: 'pure' });
    const before = JSON.stringify(game);
    const result = step(game);
    expect(result.ok).toBe(true);
    expect(JSON.stringify(game)).toBe(before);
  });

  it('shares what did not change with the previous game', () => {
    const game = createGame({ scenario: quietSandbox, seed: 'share' });
    const result = step(game);
    if (!result.ok) throw new Error('refused');
    expect(result.game.scenario).toBe(game.scenario);
    expect(result.game.history[0]).toBe(game.history[0]);
    expect(Object.isFrozen(result.game.states.KAZ.indicators)).toBe(true);
  });

  it('explains every change: the effects on each number sum to how far it moved', () => {
    const game = createGame({ scenario: quietSandbox, seed: 'explain' });
    const result = step(game);
    if (!result.ok) throw new Error('refused');
    const targets: EffectTarget[] = [{ kind: 'cohesion' }];
    for (const state of STATE_IDS) {
      for (const indicator of [
        'prosperity',
        'security',
        'autonomy',
        'connectivity',
        'humanCapital',
      ] as const)
        targets.push({ kind: 'indicator', state, indicator });
      for (const partner of PARTNER_IDS) {
        targets.push({ kind: 'ties', state, partner }, { kind: 'exposure', state, partner });
        targets.push({ kind: 'suspicion', partner, state });
      }
    }
    for (const partner of PARTNER_IDS) targets.push({ kind: 'attention', partner });
    for (const target of targets) {
      const explained = result.report.effects
        .filter((e) => JSON.stringify(e.target) === JSON.stringify(target))
        .reduce((sum, e) => sum + e.delta, 0);
      expect(explained, JSON.stringify(target)).toBeCloseTo(
        valueAt(result.game, target) - valueAt(game, target),
        9,
      );
    }
  });

  it('gives the same game through immer and on the plain path', () => {
    for (const seed of ['a', 'b', 'c']) {
      const game = createGame({
        scenario: quietSandbox,
        seed,
        controllers: everyoneOn('multiVector'),
      });
      expect(hashState(playOutPlain(game))).toBe(hashState(playOut(game)));
    }
  });

  it('refuses a plan from a person-controlled state that sent none, and changes nothing', () => {
    const game = createGame({
      scenario: quietSandbox,
      seed: 'human',
      controllers: { KAZ: 'human' },
    });
    const before = hashState(game);
    const result = step(game, {});
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors).toEqual([
        expect.objectContaining({ code: 'missing-plan', state: 'KAZ' }),
      ]);
    expect(hashState(game)).toBe(before);
  });

  it('refuses plans for unknown states and plays no turn after the end', () => {
    const game = createGame({ scenario: quietSandbox, seed: 'x' });
    const wrong = step(game, { XYZ: idle } as never);
    expect(wrong.ok).toBe(false);
    if (!wrong.ok) expect(wrong.errors[0]).toMatchObject({ code: 'unknown-state', field: 'XYZ' });
    const end = playOut(game);
    const after = step(end, allPlay(idle));
    expect(after.ok).toBe(false);
    if (!after.ok) expect(after.errors[0]?.code).toBe('game-over');
  });

  it('resolves the years of the scenario and then ends', () => {
    const end = playOut(createGame({ scenario: quietSandbox, seed: 'end' }));
    expect(end.finished).toBe(true);
    expect(end.turn).toBe(quietSandbox.endYear - quietSandbox.startYear + 1);
    expect(end.history.map((h) => h.year)).toEqual(
      Array.from({ length: end.turn + 1 }, (_, i) => quietSandbox.startYear - 1 + i),
    );
    expect(end.log).toHaveLength(end.turn);
  });
});
