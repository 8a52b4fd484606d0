/**
 * Tables and records read in a fixed order (`STATE_IDS`, `PARTNER_IDS`,
 * `INDICATOR_ORDER`), by name, into arrays. A loop over the ids that looks
 * each value up by its id reads by a changing key, which V8 cannot optimize
 * (tens of times slower than a named read); hot code reads a table once, by
 * name, and then indexes the array. The order is the ids' order, so sums and
 * choices come out exactly as a loop over the ids would give them
 * (`fixed-order.test.ts` pins each function to its ids).
 */
import type {
  Indicator,
  Issue,
  PartnerId,
  PartnerModel,
  Plan,
  StateId,
  StateModel,
} from '../model';

/** The indicators in the order of `indicatorValues`. */
export const INDICATOR_ORDER: readonly Indicator[] = [
  'prosperity',
  'security',
  'autonomy',
  'connectivity',
  'humanCapital',
];

/** A per-partner table's values, in `PARTNER_IDS` order. */
export function partnerValues(t: Readonly<Record<PartnerId, number>>): number[] {
  return [t.japan, t['south-korea'], t.usa, t.china, t.russia, t.eu, t.italy];
}

/** Writes values in `PARTNER_IDS` order into a per-partner table (the inverse of `partnerValues`). */
export function setPartnerValues(t: Record<PartnerId, number>, values: readonly number[]): void {
  t.japan = values[0] as number;
  t['south-korea'] = values[1] as number;
  t.usa = values[2] as number;
  t.china = values[3] as number;
  t.russia = values[4] as number;
  t.eu = values[5] as number;
  t.italy = values[6] as number;
}

/** The sum of a per-partner table's values, added in `PARTNER_IDS` order. */
export function sumOfPartnerValues(t: Readonly<Record<PartnerId, number>>): number {
  return t.japan + t['south-korea'] + t.usa + t.china + t.russia + t.eu + t.italy;
}

/** Divides every value of a per-partner table by the same number, in place. */
export function dividePartnerValues(t: Record<PartnerId, number>, divisor: number): void {
  t.japan /= divisor;
  t['south-korea'] /= divisor;
  t.usa /= divisor;
  t.china /= divisor;
  t.russia /= divisor;
  t.eu /= divisor;
  t.italy /= divisor;
}

/** Sets every value of a per-partner table to the same number. */
export function fillPartnerValues(t: Record<PartnerId, number>, value: number): void {
  t.japan = value;
  t['south-korea'] = value;
  t.usa = value;
  t.china = value;
  t.russia = value;
  t.eu = value;
  t.italy = value;
}

/** A per-state table's values, in `STATE_IDS` order. */
export function stateValues(t: Readonly<Record<StateId, number>>): number[] {
  return [t.KAZ, t.KGZ, t.TJK, t.TKM, t.UZB];
}

/** An indicator table's values, in `INDICATOR_ORDER`. */
export function indicatorValues(t: Readonly<Record<Indicator, number>>): number[] {
  return [t.prosperity, t.security, t.autonomy, t.connectivity, t.humanCapital];
}

/** A per-issue table's values, in `ISSUES` order. */
export function issueValues(t: Readonly<Record<Issue, number>>): number[] {
  return [
    t.connectivity,
    t.customs,
    t.water,
    t.education,
    t.health,
    t.energy,
    t['trade-investment'],
    t.security,
    t.sanctions,
    t['critical-minerals'],
  ];
}

/** The state records, in `STATE_IDS` order. */
export function stateRecords(states: Readonly<Record<StateId, StateModel>>): StateModel[] {
  return [states.KAZ, states.KGZ, states.TJK, states.TKM, states.UZB];
}

/** A turn's plans, in `STATE_IDS` order. */
export function statePlans(plans: Readonly<Record<StateId, Plan>>): Plan[] {
  return [plans.KAZ, plans.KGZ, plans.TJK, plans.TKM, plans.UZB];
}

/** The partner records, in `PARTNER_IDS` order. */
export function partnerRecords(
  partners: Readonly<Record<PartnerId, PartnerModel>>,
): PartnerModel[] {
  return [
    partners.japan,
    partners['south-korea'],
    partners.usa,
    partners.china,
    partners.russia,
    partners.eu,
    partners.italy,
  ];
}
