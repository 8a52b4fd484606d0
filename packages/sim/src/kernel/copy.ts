/**
 * Copies of the state's number tables, written out key by key: on the fast
 * path each turn copies every table once, and an explicit literal is several
 * times quicker than an object spread.
 */
import { STATE_IDS } from '@c5plus/core';
import type {
  GameState,
  Indicator,
  Issue,
  PartnerId,
  PartnerModel,
  Snapshot,
  StateId,
  StateModel,
} from '../model';

// The per-partner and per-state number tables are built by constructors of
// their own, not as literals. V8 gives every literal with the same keys in the
// same order one hidden class, so a `{ japan, …, italy }` of numbers (ties,
// exposure) would share its class with `game.partners`, whose fields hold
// records, and a `{ KAZ, …, UZB }` (suspicion) with `game.states`: each field
// is then kept as a pointer and every number written into it is boxed anew.
// With a class of their own, the fields hold numbers only and are written in
// place. The prototype is Object's, as a literal's: the tables stay plain
// objects (immer drafts them; equality, hashing and JSON see no difference).

/** `init` as a constructor of plain objects (Object's prototype) with a hidden class of their own. */
function plainConstructor<T, A extends unknown[]>(
  init: (this: T, ...args: A) => void,
): new (
  ...args: A
) => T {
  init.prototype = Object.prototype;
  return init as unknown as new (
    ...args: A
  ) => T;
}

type PartnerNumbers = Record<PartnerId, number>;
const PartnerNumbers = plainConstructor(function (
  this: PartnerNumbers,
  japan: number,
  southKorea: number,
  usa: number,
  china: number,
  russia: number,
  eu: number,
  italy: number,
) {
  this.japan = japan;
  this['south-korea'] = southKorea;
  this.usa = usa;
  this.china = china;
  this.russia = russia;
  this.eu = eu;
  this.italy = italy;
});

type StateNumbers = Record<StateId, number>;
const StateNumbers = plainConstructor(function (
  this: StateNumbers,
  kaz: number,
  kgz: number,
  tjk: number,
  tkm: number,
  uzb: number,
) {
  this.KAZ = kaz;
  this.KGZ = kgz;
  this.TJK = tjk;
  this.TKM = tkm;
  this.UZB = uzb;
});

// The indicator tables too: a literal `{ prosperity, …, humanCapital }` shares
// its class with the save schema's table of the same keys, whose fields hold
// schemas, so every indicator written each turn was boxed anew.
type IndicatorNumbers = Record<Indicator, number>;
const IndicatorNumbers = plainConstructor(function (
  this: IndicatorNumbers,
  prosperity: number,
  security: number,
  autonomy: number,
  connectivity: number,
  humanCapital: number,
) {
  this.prosperity = prosperity;
  this.security = security;
  this.autonomy = autonomy;
  this.connectivity = connectivity;
  this.humanCapital = humanCapital;
});

/** A copy of an indicator table. */
export function copyIndicators(t: Readonly<Record<Indicator, number>>): Record<Indicator, number> {
  return new IndicatorNumbers(t.prosperity, t.security, t.autonomy, t.connectivity, t.humanCapital);
}

/** A copy of a per-partner table. */
export function copyByPartner(t: Readonly<Record<PartnerId, number>>): Record<PartnerId, number> {
  return new PartnerNumbers(t.japan, t['south-korea'], t.usa, t.china, t.russia, t.eu, t.italy);
}

/** A copy of a per-state table. */
export function copyByState(t: Readonly<Record<StateId, number>>): Record<StateId, number> {
  return new StateNumbers(t.KAZ, t.KGZ, t.TJK, t.TKM, t.UZB);
}

/** A copy of a per-issue table. */
export function copyByIssue(t: Readonly<Record<Issue, number>>): Record<Issue, number> {
  return {
    connectivity: t.connectivity,
    customs: t.customs,
    water: t.water,
    education: t.education,
    health: t.health,
    energy: t.energy,
    'trade-investment': t['trade-investment'],
    security: t.security,
    sanctions: t.sanctions,
    'critical-minerals': t['critical-minerals'],
  };
}

/** A copy of a state record with its own tables. */
export function copyStateModel(s: StateModel): StateModel {
  return {
    id: s.id,
    neutral: s.neutral,
    indicators: copyIndicators(s.indicators),
    ties: copyByPartner(s.ties),
    exposure: copyByPartner(s.exposure),
    capital: s.capital,
  };
}

/** A copy of a partner record with its own tables. */
export function copyPartnerModel(p: PartnerModel): PartnerModel {
  return {
    id: p.id,
    attention: p.attention,
    baseline: p.baseline,
    capacity: copyByIssue(p.capacity),
    suspicion: copyByState(p.suspicion),
    formatSince: p.formatSince,
    meetingsHeld: p.meetingsHeld,
    lastPressed: copyByState(p.lastPressed),
  };
}

/**
 * Freezes a turn's fresh state and partner records, key by key: immer then
 * skips them when it finalizes, instead of walking and freezing them itself.
 */
export function freezeRecords(
  states: Readonly<Record<StateId, StateModel>>,
  partners: Readonly<Record<PartnerId, PartnerModel>>,
): void {
  for (const s of Object.values(states)) {
    Object.freeze(s.indicators);
    Object.freeze(s.ties);
    Object.freeze(s.exposure);
    Object.freeze(s);
  }
  for (const p of Object.values(partners)) {
    Object.freeze(p.capacity);
    Object.freeze(p.suspicion);
    Object.freeze(p);
  }
  Object.freeze(states);
  Object.freeze(partners);
}

/** Freezes a new history snapshot, key by key. */
export function freezeSnapshot(snapshot: Snapshot): void {
  for (const id of STATE_IDS) Object.freeze(snapshot.states[id]);
  Object.freeze(snapshot.states);
  Object.freeze(snapshot.attention);
  Object.freeze(snapshot);
}

/** Freezes a new log entry: the turn's plans, key by key. */
export function freezeLogEntry(entry: GameState['log'][number]): void {
  for (const id of STATE_IDS) {
    const plan = entry.plans[id];
    for (const e of plan.engagements) Object.freeze(e);
    Object.freeze(plan.engagements);
    Object.freeze(plan.summits);
    Object.freeze(plan);
  }
  Object.freeze(entry.plans);
  Object.freeze(entry);
}
