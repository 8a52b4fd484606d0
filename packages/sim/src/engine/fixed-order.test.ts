/**
 * Hot code writes some per-partner and per-state tables out key by key instead
 * of looping over the ids (see `herfindahl`, `copy.ts`). These tests pin the
 * written-out code to the ids: same keys, same order, same result to the bit.
 */
import { PARTNER_IDS, STATE_IDS } from '@c5plus/core';
import { describe, expect, it } from 'vitest';
import type { PartnerId } from '../model/types';
import {
  copyByPartner,
  copyByState,
  INDICATOR_ORDER,
  indicatorValues,
  partnerValues,
} from './copy';
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
