/**
 * The lessons the documents teach, checked as averages over many seeded games
 * (random events on): if a calibration change breaks one, this fails.
 */
import { PARTNER_IDS, STATE_IDS } from '@c5plus/core';
import { describe, expect, it } from 'vitest';
import { createContext } from './kernel/context';
import { plainCopy, resolveTurnInPlace } from './kernel/plain';
import { completePlans } from './kernel/plans';
import { restoreGenerator } from './kernel/rng';
import { standing, welfare } from './kernel/scorecard';
import { runTurn } from './kernel/turn';
import type { Scenario } from './model/scenario';
import type { GameState, Plan, StateId } from './model/types';
import { batchSeeds } from './orchestration/batch';
import { createGame } from './orchestration/game';
import { playOutPlain } from './orchestration/play';
import { controllerStrategy } from './orchestration/step';
import { getScenario, scenarios } from './scenarios';
import { bilateral, c5, plan } from './scenarios/plans';
import { everyoneOn } from './test-support';

const sandbox = getScenario('sandbox')!;
const SEEDS = batchSeeds('lesson', 60);
const mean = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / values.length;

/** Plays a scenario to its end with every state making the same plan each year. */
function playFixed(scenario: Scenario, seed: string, planOf: (id: StateId) => Plan): GameState {
  const game = plainCopy(createGame({ scenario, seed }));
  while (!game.finished) {
    const plans = Object.fromEntries(STATE_IDS.map((id) => [id, planOf(id)])) as Record<
      StateId,
      Plan
    >;
    resolveTurnInPlace(game, plans);
  }
  return game;
}

/** The partner behind each pressure event on one state over a game, its controllers given. */
function pressersOf(
  target: StateId,
  scenario: Scenario,
  seed: string,
  controllers: Partial<Record<StateId, string>>,
): string[] {
  const game = plainCopy(createGame({ scenario, seed, controllers }));
  const pressers: string[] = [];
  while (!game.finished) {
    const completed = completePlans(game, {}, (id) => controllerStrategy(game, id), false);
    if (!completed.ok) throw new Error('a strategy made an invalid plan');
    const generator = restoreGenerator(game.rng);
    const report = runTurn(game, completed.plans, createContext(game, generator, false));
    game.rng = generator.state();
    for (const e of report.events)
      if (e.kind === 'pressure' && e.id.endsWith(`-${target}`))
        pressers.push(e.id.slice('pressure-'.length, -`-${target}`.length));
  }
  return pressers;
}

/** KAZ's final welfare, on `first` for the first year and multiVector after. */
function ending(scenario: Scenario, seed: string, first: string): number {
  const game = plainCopy(createGame({ scenario, seed, controllers: { KAZ: first } }));
  while (!game.finished) {
    if (game.turn === 1) game.controllers = { ...game.controllers, KAZ: 'multiVector' };
    const completed = completePlans(game, {}, (id) => controllerStrategy(game, id), false);
    if (!completed.ok) throw new Error('a strategy made an invalid plan');
    resolveTurnInPlace(game, completed.plans);
  }
  return welfare(game, 'KAZ');
}

describe('lessons of the documents', () => {
  it('C5+ engagement on practical issues draws less rival suspicion than bilateral charged deals', () => {
    const russianSuspicion = (planOf: (id: StateId) => Plan) =>
      mean(
        SEEDS.map((seed) => {
          const end = playFixed(sandbox, seed, planOf);
          return mean(STATE_IDS.map((id) => end.partners.russia.suspicion[id]));
        }),
      );
    const practicalGroup = russianSuspicion(() =>
      plan([c5('usa', 'trade-investment', 4), c5('eu', 'connectivity', 4)], 2),
    );
    const chargedBilateral = russianSuspicion(() =>
      plan([bilateral('usa', 'critical-minerals', 4), bilateral('eu', 'sanctions', 4)], 2),
    );
    // Charged deals push suspicion past the pressure level, where pressing spends some of it.
    expect(practicalGroup).toBeLessThan(chargedBilateral / 2);
  });

  it('one-partner play meets pressure in every scenario, in episodes, from its partner’s rivals; multi-vector play about never', () => {
    /** Pressure events on KAZ a game, by the partner pressing. */
    const pressedBy = (scenario: Scenario, strategy: string) => {
      const by: Partial<Record<string, number>> = {};
      for (const seed of SEEDS.slice(0, 40)) {
        for (const presser of pressersOf('KAZ', scenario, seed, { KAZ: strategy }))
          by[presser] = (by[presser] ?? 0) + 1 / 40;
      }
      return by;
    };
    const total = (by: Partial<Record<string, number>>) =>
      Object.values(by).reduce<number>((a, b) => a + (b ?? 0), 0);
    for (const scenario of scenarios) {
      expect(total(pressedBy(scenario, 'multiVector'))).toBeLessThan(0.1);
      const russia = pressedBy(scenario, 'russiaLeaning');
      const china = pressedBy(scenario, 'chinaLeaning');
      const west = pressedBy(scenario, 'westLeaning');
      // Pressure is an episode, not a yearly toll: met once or a few times a game, never every year.
      expect(total(russia)).toBeGreaterThan(1);
      expect(total(west)).toBeGreaterThan(0.2);
      for (const by of [russia, china, west]) expect(total(by)).toBeLessThan(3.5);
      // Practical trade draws less suspicion than charged deals: China-leaning play is pressed less, but pressed.
      expect(total(china)).toBeGreaterThan(0.15);
      expect(total(china)).toBeLessThan(total(russia));
      // Who presses is the leaned-on partner's rival: the West for Russia or China, Russia and China for the West.
      expect((russia.usa ?? 0) + (russia.eu ?? 0)).toBeGreaterThan(total(russia) * 0.9);
      expect(china.usa ?? 0).toBeGreaterThan(total(china) * 0.9);
      expect((west.russia ?? 0) + (west.china ?? 0)).toBeGreaterThan(total(west) * 0.9);
    }
  });

  it('a diversified strategy keeps more autonomy than leaning on one partner', () => {
    const autonomy = (strategy: string) =>
      mean(
        SEEDS.map((seed) => {
          const end = playOutPlain(
            createGame({ scenario: sandbox, seed, controllers: everyoneOn(strategy) }),
          );
          return mean(STATE_IDS.map((id) => end.states[id].indicators.autonomy));
        }),
      );
    const diversified = autonomy('multiVector');
    expect(diversified).toBeGreaterThan(autonomy('russiaLeaning') + 15);
    expect(diversified).toBeGreaterThan(autonomy('chinaLeaning') + 15);
  });

  it('higher cohesion raises what C5+ meetings yield', () => {
    // Three years, before diminishing returns near the top blur the difference.
    const at = (cohesion: number): Scenario => ({
      ...sandbox,
      endYear: sandbox.startYear + 2,
      initial: { ...sandbox.initial, cohesion },
    });
    /** Mean human capital the meetings add over the same games with consultation only. */
    const humanCapitalGain = (scenario: Scenario) =>
      mean(
        SEEDS.map((seed) => {
          const end = playFixed(scenario, seed, () => plan([c5('japan', 'education', 3)], 2));
          const idle = playFixed(scenario, seed, () => plan([], 2));
          return mean(
            STATE_IDS.map(
              (id) =>
                end.states[id].indicators.humanCapital - idle.states[id].indicators.humanCapital,
            ),
          );
        }),
      );
    expect(humanCapitalGain(at(85))).toBeGreaterThan(humanCapitalGain(at(15)) * 1.2);
  });

  it('Japan’s programmes keep delivering for years; a one-year deal elsewhere fades', () => {
    const quiet: Scenario = { ...sandbox, cardChance: 0 };
    const idle = plan([], 0);
    /** KAZ's human capital above an idle game's, after each year, when all five engage once. */
    const lead = (partner: 'japan' | 'eu') => {
      const engaged = plainCopy(createGame({ scenario: quiet, seed: 'returns' }));
      const still = plainCopy(createGame({ scenario: quiet, seed: 'returns' }));
      const gaps: number[] = [];
      for (let year = 0; year < 5; year++) {
        const once = year === 0 ? plan([c5(partner, 'education', 4)], 2) : idle;
        resolveTurnInPlace(
          engaged,
          Object.fromEntries(STATE_IDS.map((id) => [id, once])) as Record<StateId, Plan>,
        );
        resolveTurnInPlace(
          still,
          Object.fromEntries(STATE_IDS.map((id) => [id, idle])) as Record<StateId, Plan>,
        );
        gaps.push(
          engaged.states.KAZ.indicators.humanCapital - still.states.KAZ.indicators.humanCapital,
        );
      }
      return gaps;
    };
    const japan = lead('japan');
    const eu = lead('eu');
    // Japan: a share now, more in each of the next years; the EU: all at once, then fading.
    expect(japan[3]!).toBeGreaterThan(japan[0]! * 2);
    expect(eu[3]!).toBeLessThan(eu[0]!);
    expect(japan[4]!).toBeGreaterThan(eu[4]!);
  });

  it('positive neutrality is a sound strategy for Turkmenistan', () => {
    const seeds = SEEDS.slice(0, 30);
    const tkm = (scenario: Scenario, strategy: string) => {
      const ends = seeds.map((seed) =>
        playOutPlain(createGame({ scenario, seed, controllers: { TKM: strategy } })),
      );
      return {
        welfare: mean(ends.map((end) => welfare(end, 'TKM'))),
        suspicion: mean(
          ends.map((end) => Math.max(...PARTNER_IDS.map((p) => end.partners[p].suspicion.TKM))),
        ),
      };
    };
    for (const id of ['launch-2004', 'sandbox']) {
      const scenario = getScenario(id)!;
      const neutral = tkm(scenario, 'neutral');
      const balanced = tkm(scenario, 'multiVector');
      // Close to the best balanced play, clearly above leaning on anyone, and the least suspected.
      expect(neutral.welfare).toBeGreaterThan(balanced.welfare - 3.5);
      for (const leaning of ['russiaLeaning', 'chinaLeaning', 'westLeaning']) {
        const other = tkm(scenario, leaning);
        expect(neutral.welfare).toBeGreaterThan(other.welfare + 1);
        expect(neutral.suspicion).toBeLessThan(other.suspicion);
      }
      expect(neutral.suspicion).toBeLessThan(balanced.suspicion);
    }
  });

  it('a one-year greedy lurch at the start does not pay by the end, in any scenario', () => {
    for (const scenario of scenarios) {
      const seeds = SEEDS.slice(0, 40);
      const lurch = mean(seeds.map((seed) => ending(scenario, seed, 'greedy')));
      const steady = mean(seeds.map((seed) => ending(scenario, seed, 'multiVector')));
      // The deal's gain wears off; the exposure, the suspicion and the year not spent with Japan stay.
      expect(lurch, scenario.id).toBeLessThan(steady);
    }
  });

  it('a one-year lurch to Russia under the 2022 sanctions leaves the ending clearly lower', () => {
    // The dependence it binds does not unwind, the sanctions regime keeps charging for it
    // and the West keeps watching it, after the deal's gain has worn off.
    for (const id of ['war-2022', 'summits-2025']) {
      const scenario = getScenario(id)!;
      const seeds = SEEDS.slice(0, 40);
      const lurch = mean(seeds.map((seed) => ending(scenario, seed, 'russiaLeaning')));
      const steady = mean(seeds.map((seed) => ending(scenario, seed, 'multiVector')));
      expect(lurch, id).toBeLessThan(steady - 0.8);
    }
  });

  it('defecting in the final years does not beat a steady course', () => {
    const scenario = getScenario('sandbox')!;
    const standingOf = (defect: boolean) =>
      mean(
        SEEDS.slice(0, 30).map((seed) => {
          const game = plainCopy(createGame({ scenario, seed }));
          while (!game.finished) {
            if (defect && game.year === game.endYear - 1)
              game.controllers = { ...game.controllers, KAZ: 'greedy' };
            const completed = completePlans(game, {}, (id) => controllerStrategy(game, id), false);
            if (!completed.ok) throw new Error('a strategy made an invalid plan');
            resolveTurnInPlace(game, completed.plans);
          }
          return standing(game, 'KAZ');
        }),
      );
    expect(standingOf(false)).toBeGreaterThan(standingOf(true) + 1);
  });
});
