/**
 * Properties over random plan sequences: whatever plans arrive, valid or not,
 * the game never throws, never holds NaN, keeps every number in bounds and
 * exposure summing to 1, and a refused turn changes nothing.
 * `npm run fuzz` runs 10,000 cases; `npm test` runs 1,000.
 */
import { PARTNER_IDS, STATE_IDS } from '@c5plus/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ISSUES } from '../model/issues';
import type { GameState, Plans } from '../model/types';
import { scenarios } from '../scenarios';
import { everyoneOn } from '../test-support';
import { createGame } from './game';
import { hashState } from './hash';
import { step } from './step';

const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);

// Mostly legal values, sometimes not, so that both paths are exercised.
const rarely = <T, U>(usual: fc.Arbitrary<T>, odd: fc.Arbitrary<U>) =>
  fc.oneof({ weight: 60, arbitrary: usual }, { weight: 1, arbitrary: odd });
const engagement = fc.record({
  partner: rarely(fc.constantFrom(...PARTNER_IDS), fc.constant('atlantis')),
  issue: rarely(fc.constantFrom(...ISSUES), fc.constant('weather')),
  format: rarely(fc.constantFrom('c5plus', 'bilateral'), fc.constant('secret')),
  points: rarely(fc.integer({ min: 1, max: 3 }), fc.constantFrom(0, -2, 2.5)),
});
const plan = fc.record({
  engagements: fc.uniqueArray(engagement, {
    maxLength: 3,
    selector: (e) => `${e.partner}/${e.issue}/${e.format}`,
  }),
  consultation: fc.integer({ min: 0, max: 1 }),
  summits: rarely(fc.constant([]), fc.subarray([...PARTNER_IDS], { maxLength: 2 })),
});
const turnPlans = fc.record({ KAZ: plan, KGZ: plan, TJK: plan, TKM: plan, UZB: plan });

function checkInvariants(game: GameState) {
  const inBounds = (v: number) => Number.isFinite(v) && v >= 0 && v <= 100;
  expect(inBounds(game.cohesion)).toBe(true);
  for (const id of STATE_IDS) {
    const s = game.states[id];
    for (const v of Object.values(s.indicators)) expect(inBounds(v)).toBe(true);
    for (const v of Object.values(s.ties)) expect(inBounds(v)).toBe(true);
    const shares = Object.values(s.exposure);
    for (const v of shares) expect(Number.isFinite(v) && v >= 0 && v <= 1).toBe(true);
    expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
  }
  for (const id of PARTNER_IDS) {
    const p = game.partners[id];
    expect(inBounds(p.attention)).toBe(true);
    for (const v of Object.values(p.suspicion)) expect(inBounds(v)).toBe(true);
    for (const v of Object.values(p.capacity))
      expect(Number.isFinite(v) && v >= 0 && v <= 1).toBe(true);
  }
}

describe('random plan sequences', () => {
  it('keep the game well-formed, and refused turns change nothing', () => {
    let accepted = 0;
    let refused = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: scenarios.length - 1 }),
        fc.string({ maxLength: 6 }),
        fc.array(turnPlans, { minLength: 1, maxLength: 4 }),
        (scenarioIndex, seed, turns) => {
          let game = createGame({
            scenario: scenarios[scenarioIndex]!,
            seed,
            controllers: everyoneOn('human'),
          });
          for (const plans of turns) {
            if (game.finished) break;
            const before = hashState(game);
            const result = step(game, plans as unknown as Plans);
            if (result.ok) {
              accepted++;
              game = result.game;
              checkInvariants(game);
            } else {
              refused++;
              expect(result.errors.length).toBeGreaterThan(0);
              expect(hashState(game)).toBe(before);
            }
          }
        },
      ),
      { numRuns: RUNS, seed: 20041 },
    );
    // Both paths must have been exercised in earnest.
    expect(accepted).toBeGreaterThan(RUNS / 2);
    expect(refused).toBeGreaterThan(RUNS / 20);
  });
});
