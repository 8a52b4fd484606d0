import { STATE_IDS } from '@c5plus/core';
import { describe, expect, it } from 'vitest';
import { strategyRandom } from '../kernel/plans';
import { validatePlan } from '../kernel/validate';
import { advise } from '../orchestration/advise';
import { createGame } from '../orchestration/game';
import { playOutPlain } from '../orchestration/play';
import { step } from '../orchestration/step';
import { scenarios } from '../scenarios';
import { everyoneOn } from '../test-support';
import { getStrategy, strategies } from '.';

const simple = Object.keys(strategies).filter((id) => id !== 'lookahead');

describe('strategies', () => {
  it('include the ones the model promises', () => {
    expect(Object.keys(strategies)).toEqual(
      expect.arrayContaining([
        'multiVector',
        'neutral',
        'russiaLeaning',
        'chinaLeaning',
        'westLeaning',
        'greedy',
        'lookahead',
        'historical',
      ]),
    );
    expect(getStrategy('nope')).toBeUndefined();
    expect(getStrategy('toString')).toBeUndefined();
  });

  it.each(simple)('%s makes a legal plan for every state in every year of every scenario', (id) => {
    const strategy = strategies[id as keyof typeof strategies];
    for (const scenario of scenarios) {
      let game = createGame({ scenario, seed: `legal-${id}`, controllers: everyoneOn(id) });
      while (!game.finished) {
        for (const state of STATE_IDS) {
          const { plan } = strategy.decide(game, state, strategyRandom(game, state));
          expect(validatePlan(game, state, plan), `${scenario.id} ${game.year} ${state}`).toEqual(
            [],
          );
        }
        const r = step(game);
        if (!r.ok) throw new Error('refused');
        game = r.game;
      }
    }
  });

  it('differ: leaning strategies end more exposed to their partner than the balancer', () => {
    const scenario = scenarios.find((s) => s.id === 'sandbox')!;
    const russiaShare = (id: string) =>
      playOutPlain(createGame({ scenario, seed: 'lean', controllers: everyoneOn(id) })).states.KGZ
        .exposure.russia;
    expect(russiaShare('russiaLeaning')).toBeGreaterThan(russiaShare('multiVector') + 0.1);
  });

  it('lookahead plays the candidate its rollouts favour, and is deterministic', () => {
    const game = createGame({ scenario: scenarios[0]!, seed: 'look' });
    const a = strategies.lookahead.decide(game, 'KAZ', strategyRandom(game, 'KAZ'));
    const b = strategies.lookahead.decide(game, 'KAZ', strategyRandom(game, 'KAZ'));
    expect(a).toEqual(b);
    expect(a.reasons[0]).toMatchObject({ code: 'simulated-best' });
    expect(validatePlan(game, 'KAZ', a.plan)).toEqual([]);
  });

  it('historical follows the record where there is one and says so where there is none', () => {
    const launch = scenarios.find((s) => s.id === 'launch-2004')!;
    const game = createGame({ scenario: launch, seed: 'h' });
    const decision = strategies.historical.decide(game, 'UZB', strategyRandom(game, 'UZB'));
    expect(decision.plan.engagements).toEqual(launch.historical[0]!.plans.UZB!.engagements);
    const sandbox = createGame({ scenario: scenarios.find((s) => s.id === 'sandbox')!, seed: 'h' });
    expect(
      strategies.historical.decide(sandbox, 'UZB', strategyRandom(sandbox, 'UZB')).reasons[0]?.code,
    ).toBe('no-record');
  });
});

describe('advise', () => {
  it('shows what each strategy would do this turn, why, and what it would change', () => {
    const game = createGame({
      scenario: scenarios[0]!,
      seed: 'advice',
      controllers: { KAZ: 'human' },
    });
    const advice = advise(game, 'KAZ');
    expect(advice.map((a) => a.strategy)).toEqual(Object.keys(strategies));
    for (const a of advice) {
      expect(validatePlan(game, 'KAZ', a.plan)).toEqual([]);
      expect(a.reasons.length).toBeGreaterThan(0);
      expect(Object.keys(a.preview)).toEqual([
        'prosperity',
        'security',
        'autonomy',
        'connectivity',
        'humanCapital',
      ]);
    }
    const greedy = advice.find((a) => a.strategy === 'greedy')!;
    const balanced = advice.find((a) => a.strategy === 'multiVector')!;
    expect(greedy.suspicionAfter).toBeGreaterThanOrEqual(balanced.suspicionAfter);
  });
});
