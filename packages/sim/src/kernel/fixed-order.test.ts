/**
 * Hot code writes some per-partner and per-state tables out key by key instead
 * of looping over the ids (`fixed-order.ts`, `copy.ts`, `herfindahl`). These tests pin the
 * written-out code to the ids: same keys, same order, same result to the bit.
 */
import { PARTNER_IDS, STATE_IDS } from '@c5plus/core';
import { describe, expect, it } from 'vitest';
import type { Issue, PartnerId } from '../model';
import { ISSUES } from '../model';
import { createGame } from '../orchestration/game';
import { quietSandbox } from '../test-support';
import { copyByPartner, copyByState } from './copy';
import {
  INDICATOR_ORDER,
  indicatorValues,
  issueValues,
  partnerRecords,
  partnerValues,
  setPartnerValues,
  statePlans,
  stateRecords,
  stateValues,
} from './fixed-order';
import { herfindahl } from './rules/autonomy';
import { INDICATORS } from './scorecard';

/** Deterministic, uneven shares: sums in a different order would round differently. */
function shares(seed: number): Record<PartnerId, number> {
  const table = {} as Record<PartnerId, number>;
  let x = seed;
  for (const id of PARTNER_IDS) {
    x = (x * 16807) % 2147483647;
    table[id] = x / 2147483647 / 3;
  }
  return table;
}

describe('written-out tables', () => {
  it('copy every id, in the ids’ order', () => {
    const byPartner = shares(7);
    expect(Object.keys(copyByPartner(byPartner))).toEqual([...PARTNER_IDS]);
    const byState = { KAZ: 1, KGZ: 2, TJK: 3, TKM: 4, UZB: 5 };
    expect(Object.keys(copyByState(byState))).toEqual([...STATE_IDS]);
  });

  it('read values in the ids’ order', () => {
    const byPartner = shares(11);
    expect(partnerValues(byPartner)).toEqual(PARTNER_IDS.map((id) => byPartner[id]));
    const indicators = {
      prosperity: 1,
      security: 2,
      autonomy: 3,
      connectivity: 4,
      humanCapital: 5,
    };
    expect(indicatorValues(indicators)).toEqual(INDICATOR_ORDER.map((k) => indicators[k]));
    expect([...INDICATOR_ORDER].sort()).toEqual([...INDICATORS].sort());
    const byState = { KAZ: 1, KGZ: 2, TJK: 3, TKM: 4, UZB: 5 };
    expect(stateValues(byState)).toEqual(STATE_IDS.map((id) => byState[id]));
    const byIssue = Object.fromEntries(ISSUES.map((id, i) => [id, i + 0.25])) as Record<
      Issue,
      number
    >;
    expect(issueValues(byIssue)).toEqual(ISSUES.map((id) => byIssue[id]));
  });

  it('write values back in the ids’ order', () => {
    const table = shares(3);
    const values = PARTNER_IDS.map((_, i) => i + 0.5);
    setPartnerValues(table, values);
    expect(PARTNER_IDS.map((id) => table[id])).toEqual(values);
    expect(Object.keys(table)).toEqual([...PARTNER_IDS]);
  });

  it('read records in the ids’ order', () => {
    const game = createGame({ scenario: quietSandbox, seed: 'order' });
    expect(stateRecords(game.states)).toEqual(STATE_IDS.map((id) => game.states[id]));
    expect(partnerRecords(game.partners)).toEqual(PARTNER_IDS.map((id) => game.partners[id]));
    expect(stateRecords(game.states).map((s) => s.id)).toEqual([...STATE_IDS]);
    expect(partnerRecords(game.partners).map((p) => p.id)).toEqual([...PARTNER_IDS]);
    const plans = Object.fromEntries(STATE_IDS.map((id) => [id, { marker: id }]));
    expect(
      statePlans(plans as never).map((p) => (p as unknown as { marker: string }).marker),
    ).toEqual([...STATE_IDS]);
  });

  it('herfindahl sums the squares in PARTNER_IDS order, to the bit', () => {
    for (let seed = 1; seed < 200; seed++) {
      const exposure = shares(seed);
      let sum = 0;
      for (const id of PARTNER_IDS) sum += exposure[id] * exposure[id];
      expect(herfindahl(exposure)).toBe(sum);
    }
  });
});
