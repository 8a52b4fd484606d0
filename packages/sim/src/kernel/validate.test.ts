import { describe, expect, it } from 'vitest';
import type { Plan } from '../model/types';
import { createGame } from '../orchestration/game';
import { hashState } from '../orchestration/hash';
import { step } from '../orchestration/step';
import { getScenario } from '../scenarios';
import { quietSandbox } from '../test-support';
import { legalActions, validatePlan } from './validate';

const game = createGame({ scenario: quietSandbox, seed: 'validate' });
const ok = {
  engagements: [{ partner: 'japan', issue: 'education', format: 'c5plus', points: 4 }],
  consultation: 2,
  summits: [],
};

const deep = JSON.parse(`${'['.repeat(3000)}${']'.repeat(3000)}`);

describe('validatePlan', () => {
  it('refuses unknown keys in a plan, naming the field', () => {
    expect(validatePlan(game, 'KAZ', { ...ok, bonus: 3 })).toEqual([
      expect.objectContaining({ code: 'unknown-key', field: 'bonus' }),
    ]);
  });

  it('refuses unknown keys in an engagement, naming the field', () => {
    const plan = { ...ok, engagements: [{ ...ok.engagements[0], note: 'x' }] };
    expect(validatePlan(game, 'KAZ', plan)).toEqual([
      expect.objectContaining({ code: 'unknown-key', field: 'engagements[0].note' }),
    ]);
  });

  it('refuses a 3,000-deep value with a PlanError, not a RangeError', () => {
    const errors = validatePlan(game, 'KAZ', {
      ...ok,
      engagements: [{ ...ok.engagements[0], partner: deep }],
    });
    expect(errors.map((e) => e.code)).toEqual(['unknown-partner']);
    expect(validatePlan(game, 'KAZ', { ...ok, extra: deep })[0]?.code).toBe('unknown-key');
    expect(errors[0]?.message).toMatch(/\(a list\)/);
  });

  it('accepts a plan within budget', () => {
    expect(validatePlan(game, 'KAZ', ok)).toEqual([]);
  });

  it.each([
    ['over budget', { ...ok, consultation: 7 }, 'over-budget', 'engagements'],
    [
      'an unknown partner',
      { ...ok, engagements: [{ ...ok.engagements[0], partner: 'mars' }] },
      'unknown-partner',
      'engagements[0].partner',
    ],
    [
      'an unknown issue',
      { ...ok, engagements: [{ ...ok.engagements[0], issue: 'space' }] },
      'unknown-issue',
      'engagements[0].issue',
    ],
    [
      'an unknown format',
      { ...ok, engagements: [{ ...ok.engagements[0], format: 'trilateral' }] },
      'unknown-format',
      'engagements[0].format',
    ],
    [
      'fractional points',
      { ...ok, engagements: [{ ...ok.engagements[0], points: 1.5 }] },
      'bad-points',
      'engagements[0].points',
    ],
    ['negative consultation', { ...ok, consultation: -1 }, 'bad-points', 'consultation'],
    ['the wrong year', { ...ok, year: 1999 }, 'wrong-turn', 'year'],
    ['a summit nobody scheduled', { ...ok, summits: ['japan'] }, 'no-summit', 'summits[0]'],
    [
      'a repeated engagement',
      { ...ok, engagements: [ok.engagements[0], ok.engagements[0]] },
      'duplicate-engagement',
      'engagements[1]',
    ],
    ['something that is not a plan', 'attack', 'not-a-plan', ''],
  ])('refuses %s, naming the field', (_, plan, code, field) => {
    const errors = validatePlan(game, 'KAZ', plan);
    expect(errors[0]).toMatchObject({ code, field, state: 'KAZ' });
    expect(errors[0]?.message.length).toBeGreaterThan(10);
  });

  it('refuses security alignment for neutral Turkmenistan, and allows it for Kazakhstan', () => {
    const security = {
      ...ok,
      engagements: [{ partner: 'russia', issue: 'security', format: 'bilateral', points: 3 }],
    };
    expect(validatePlan(game, 'TKM', security)[0]).toMatchObject({
      code: 'neutral-security',
      field: 'engagements[0].issue',
    });
    expect(validatePlan(game, 'KAZ', security)).toEqual([]);
  });

  it('refuses a C5+ engagement with a partner that has no format yet', () => {
    const early = createGame({ scenario: getScenario('launch-2004')!, seed: 'early' });
    const plan = {
      ...ok,
      engagements: [{ partner: 'usa', issue: 'education', format: 'c5plus', points: 2 }],
    };
    expect(validatePlan(early, 'UZB', plan)[0]).toMatchObject({
      code: 'no-format',
      field: 'engagements[0].format',
    });
  });

  it('leaves the game unchanged when step refuses a plan', () => {
    const before = hashState(game);
    const result = step(game, { KAZ: { ...ok, consultation: 9 } as unknown as Plan });
    expect(result.ok).toBe(false);
    expect(hashState(game)).toBe(before);
  });
});

describe('legalActions', () => {
  it('offers no security alignment to a neutral state, and only bilateral formats before a format opens', () => {
    const early = createGame({ scenario: getScenario('launch-2004')!, seed: 'menu' });
    const tkm = legalActions(early, 'TKM');
    expect(tkm.options.some((o) => o.issue === 'security')).toBe(false);
    expect(tkm.options.find((o) => o.partner === 'usa')?.formats).toEqual(['bilateral']);
    expect(tkm.options.find((o) => o.partner === 'japan')?.formats).toEqual([
      'c5plus',
      'bilateral',
    ]);
    expect(tkm.budget).toBe(10);
  });

  it('lists the summits scheduled this year', () => {
    const season = createGame({ scenario: getScenario('summits-2025')!, seed: 'menu' });
    expect([...legalActions(season, 'KAZ').summits].sort()).toEqual([
      'china',
      'eu',
      'italy',
      'japan',
      'russia',
      'usa',
    ]);
  });
});
