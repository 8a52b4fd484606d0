/**
 * `by-key.ts` reads and writes tables through a switch on the key instead of
 * `table[key]`. These tests pin every function to plain indexing, for every
 * key, and check that an unknown key is refused by name.
 */
import { PARTNER_IDS, STATE_IDS } from '@c5plus/core';
import { describe, expect, it } from 'vitest';
import type { Indicator, Issue, PartnerId, StateId } from '../model';
import { ISSUES } from '../model';
import {
  byIndicator,
  byIssue,
  byPartner,
  byState,
  indicatorAt,
  indicatorIndex,
  issueAt,
  issueIndex,
  ofIssue,
  ofPartner,
  ofPartnerAt,
  ofState,
  partnerAt,
  partnerIndex,
  partnerLookup,
  setByIndicator,
  setByPartner,
  setByState,
  setIndicatorAt,
  setPartnerAt,
  setStateAt,
  stateAt,
  stateIndex,
} from './by-key';
import { INDICATOR_ORDER } from './fixed-order';

/** A table with a distinct value for each key, in the keys' order. */
function tableOf<K extends string>(keys: readonly K[], offset: number): Record<K, number> {
  return Object.fromEntries(keys.map((k, i) => [k, offset + i * 1.5])) as Record<K, number>;
}

describe('tables by key', () => {
  it('index partners and states as PARTNER_IDS and STATE_IDS do', () => {
    expect(PARTNER_IDS.map(partnerIndex)).toEqual(PARTNER_IDS.map((_, i) => i));
    expect(STATE_IDS.map(stateIndex)).toEqual(STATE_IDS.map((_, i) => i));
  });

  it('index indicators and issues as INDICATOR_ORDER and ISSUES do', () => {
    expect(INDICATOR_ORDER.map(indicatorIndex)).toEqual(INDICATOR_ORDER.map((_, i) => i));
    expect(ISSUES.map(issueIndex)).toEqual(ISSUES.map((_, i) => i));
  });

  it('read every position as indexing by the key at that position does', () => {
    const byP = tableOf(PARTNER_IDS, 1);
    const byS = tableOf(STATE_IDS, 2);
    const byK = tableOf(INDICATOR_ORDER, 3);
    const byI = tableOf(ISSUES, 4);
    PARTNER_IDS.forEach((id, i) => {
      expect(partnerAt(byP, i)).toBe(byP[id]);
      expect(ofPartnerAt(byP, i)).toBe(byP[id]);
    });
    STATE_IDS.forEach((id, i) => {
      expect(stateAt(byS, i)).toBe(byS[id]);
    });
    INDICATOR_ORDER.forEach((key, i) => {
      expect(indicatorAt(byK, i)).toBe(byK[key]);
    });
    ISSUES.forEach((key, i) => {
      expect(issueAt(byI, i)).toBe(byI[key]);
    });
  });

  it('write every position as indexing by its key does, and only that key', () => {
    PARTNER_IDS.forEach((id, i) => {
      const t = tableOf(PARTNER_IDS, 1);
      setPartnerAt(t, i, -7);
      expect(t).toEqual({ ...tableOf(PARTNER_IDS, 1), [id]: -7 });
    });
    STATE_IDS.forEach((id, i) => {
      const t = tableOf(STATE_IDS, 1);
      setStateAt(t, i, -7);
      expect(t).toEqual({ ...tableOf(STATE_IDS, 1), [id]: -7 });
    });
    INDICATOR_ORDER.forEach((key, i) => {
      const t = tableOf(INDICATOR_ORDER, 1);
      setIndicatorAt(t, i, -7);
      expect(t).toEqual({ ...tableOf(INDICATOR_ORDER, 1), [key]: -7 });
    });
  });

  it('read every key as indexing does', () => {
    const byP = tableOf(PARTNER_IDS, 1);
    const byS = tableOf(STATE_IDS, 2);
    const byK = tableOf(INDICATOR_ORDER, 3);
    const byI = tableOf(ISSUES, 4);
    for (const id of PARTNER_IDS) {
      expect(byPartner(byP, id)).toBe(byP[id]);
      expect(ofPartner(byP, id)).toBe(byP[id]);
    }
    for (const id of STATE_IDS) {
      expect(byState(byS, id)).toBe(byS[id]);
      expect(ofState(byS, id)).toBe(byS[id]);
    }
    for (const key of INDICATOR_ORDER) expect(byIndicator(byK, key)).toBe(byK[key]);
    for (const key of ISSUES) {
      expect(byIssue(byI, key)).toBe(byI[key]);
      expect(ofIssue(byI, key)).toBe(byI[key]);
    }
  });

  it('write every key as indexing does, and only that key', () => {
    for (const id of PARTNER_IDS) {
      const t = tableOf(PARTNER_IDS, 1);
      setByPartner(t, id, -7);
      expect(t).toEqual({ ...tableOf(PARTNER_IDS, 1), [id]: -7 });
    }
    for (const id of STATE_IDS) {
      const t = tableOf(STATE_IDS, 1);
      setByState(t, id, -7);
      expect(t).toEqual({ ...tableOf(STATE_IDS, 1), [id]: -7 });
    }
    for (const key of INDICATOR_ORDER) {
      const t = tableOf(INDICATOR_ORDER, 1);
      setByIndicator(t, key, -7);
      expect(t).toEqual({ ...tableOf(INDICATOR_ORDER, 1), [key]: -7 });
    }
  });

  it('look up a partial per-partner table, missing entries as undefined', () => {
    const table: Partial<Record<PartnerId, string>> = { usa: 'u', italy: 'i' };
    const lookup = partnerLookup(table);
    for (const id of PARTNER_IDS) expect(lookup(id)).toBe(table[id]);
  });

  it('refuse an unknown key by name', () => {
    const t = tableOf(PARTNER_IDS, 1);
    expect(() => byPartner(t, 'mars' as PartnerId)).toThrow('Unknown partner "mars"');
    expect(() => stateIndex('XXX' as StateId)).toThrow('Unknown state "XXX"');
    expect(() => byIndicator(tableOf(INDICATOR_ORDER, 1), 'mood' as Indicator)).toThrow(
      'Unknown indicator "mood"',
    );
    expect(() => byIssue(tableOf(ISSUES, 1), 'weather' as Issue)).toThrow(
      'Unknown issue "weather"',
    );
    expect(() => indicatorIndex('mood' as Indicator)).toThrow('Unknown indicator "mood"');
    expect(() => issueIndex('weather' as Issue)).toThrow('Unknown issue "weather"');
  });

  it('refuse a position outside the keys', () => {
    expect(() => partnerAt(tableOf(PARTNER_IDS, 1), PARTNER_IDS.length)).toThrow(
      'No partner at position 7',
    );
    expect(() => setStateAt(tableOf(STATE_IDS, 1), -1, 0)).toThrow('No state at position -1');
    expect(() => indicatorAt(tableOf(INDICATOR_ORDER, 1), 5)).toThrow('No indicator at position 5');
    expect(() => issueAt(tableOf(ISSUES, 1), 10)).toThrow('No issue at position 10');
  });
});
