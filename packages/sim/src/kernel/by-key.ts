/**
 * Reading and writing a table's entry by a key held in a variable. In V8,
 * `table[key]` with a key that changes from call to call is a megamorphic
 * keyed access, several times slower than a named one (`table.japan`); the
 * rules do thousands a game. A switch on the key is a few pointer compares
 * and then one named access, so the hot paths read and write through these
 * functions. Each function serves one kind of table, so that its named
 * accesses see one object shape (see `copy.ts`, which builds every table).
 * `by-key.test.ts` pins each function to plain indexing.
 */
import type { Indicator, Issue, PartnerId, StateId } from '../model';

function unknownKey(kind: string, key: string): never {
  throw new Error(`Unknown ${kind} "${key}".`);
}

/** Where a partner is in `PARTNER_IDS`. */
export function partnerIndex(id: PartnerId): number {
  switch (id) {
    case 'japan':
      return 0;
    case 'south-korea':
      return 1;
    case 'usa':
      return 2;
    case 'china':
      return 3;
    case 'russia':
      return 4;
    case 'eu':
      return 5;
    case 'italy':
      return 6;
    default:
      return unknownKey('partner', id);
  }
}

/** Where a state is in `STATE_IDS`. */
export function stateIndex(id: StateId): number {
  switch (id) {
    case 'KAZ':
      return 0;
    case 'KGZ':
      return 1;
    case 'TJK':
      return 2;
    case 'TKM':
      return 3;
    case 'UZB':
      return 4;
    default:
      return unknownKey('state', id);
  }
}

/**
 * A lookup into a constant per-partner table (a calibration table), by id:
 * the table is read once into an array in `PARTNER_IDS` order.
 */
export function partnerLookup<T>(table: Readonly<Record<PartnerId, T>>): (id: PartnerId) => T;
export function partnerLookup<T>(
  table: Readonly<Partial<Record<PartnerId, T>>>,
): (id: PartnerId) => T | undefined;
export function partnerLookup<T>(
  table: Readonly<Partial<Record<PartnerId, T>>>,
): (id: PartnerId) => T | undefined {
  const values = [
    table.japan,
    table['south-korea'],
    table.usa,
    table.china,
    table.russia,
    table.eu,
    table.italy,
  ];
  return (id) => values[partnerIndex(id)];
}

/** A per-partner number table's entry (ties, exposure). */
export function byPartner(t: Readonly<Record<PartnerId, number>>, id: PartnerId): number {
  switch (id) {
    case 'japan':
      return t.japan;
    case 'south-korea':
      return t['south-korea'];
    case 'usa':
      return t.usa;
    case 'china':
      return t.china;
    case 'russia':
      return t.russia;
    case 'eu':
      return t.eu;
    case 'italy':
      return t.italy;
    default:
      return unknownKey('partner', id);
  }
}

/** Sets a per-partner number table's entry. */
export function setByPartner(t: Record<PartnerId, number>, id: PartnerId, value: number): void {
  switch (id) {
    case 'japan':
      t.japan = value;
      return;
    case 'south-korea':
      t['south-korea'] = value;
      return;
    case 'usa':
      t.usa = value;
      return;
    case 'china':
      t.china = value;
      return;
    case 'russia':
      t.russia = value;
      return;
    case 'eu':
      t.eu = value;
      return;
    case 'italy':
      t.italy = value;
      return;
    default:
      unknownKey('partner', id);
  }
}

/** A per-state number table's entry (a partner's suspicion). */
export function byState(t: Readonly<Record<StateId, number>>, id: StateId): number {
  switch (id) {
    case 'KAZ':
      return t.KAZ;
    case 'KGZ':
      return t.KGZ;
    case 'TJK':
      return t.TJK;
    case 'TKM':
      return t.TKM;
    case 'UZB':
      return t.UZB;
    default:
      return unknownKey('state', id);
  }
}

/** Sets a per-state number table's entry. */
export function setByState(t: Record<StateId, number>, id: StateId, value: number): void {
  switch (id) {
    case 'KAZ':
      t.KAZ = value;
      return;
    case 'KGZ':
      t.KGZ = value;
      return;
    case 'TJK':
      t.TJK = value;
      return;
    case 'TKM':
      t.TKM = value;
      return;
    case 'UZB':
      t.UZB = value;
      return;
    default:
      unknownKey('state', id);
  }
}

/** An indicator table's entry. */
export function byIndicator(t: Readonly<Record<Indicator, number>>, key: Indicator): number {
  switch (key) {
    case 'prosperity':
      return t.prosperity;
    case 'security':
      return t.security;
    case 'autonomy':
      return t.autonomy;
    case 'connectivity':
      return t.connectivity;
    case 'humanCapital':
      return t.humanCapital;
    default:
      return unknownKey('indicator', key);
  }
}

/** Sets an indicator table's entry. */
export function setByIndicator(t: Record<Indicator, number>, key: Indicator, value: number): void {
  switch (key) {
    case 'prosperity':
      t.prosperity = value;
      return;
    case 'security':
      t.security = value;
      return;
    case 'autonomy':
      t.autonomy = value;
      return;
    case 'connectivity':
      t.connectivity = value;
      return;
    case 'humanCapital':
      t.humanCapital = value;
      return;
    default:
      unknownKey('indicator', key);
  }
}

/** A per-issue number table's entry (a partner's capacity). */
export function byIssue(t: Readonly<Record<Issue, number>>, key: Issue): number {
  switch (key) {
    case 'connectivity':
      return t.connectivity;
    case 'customs':
      return t.customs;
    case 'water':
      return t.water;
    case 'education':
      return t.education;
    case 'health':
      return t.health;
    case 'energy':
      return t.energy;
    case 'trade-investment':
      return t['trade-investment'];
    case 'security':
      return t.security;
    case 'sanctions':
      return t.sanctions;
    case 'critical-minerals':
      return t['critical-minerals'];
    default:
      return unknownKey('issue', key);
  }
}

/** An entry of a constant per-issue table (the calibration's issue yields). */
export function ofIssue<T>(t: Readonly<Record<Issue, T>>, key: Issue): T {
  switch (key) {
    case 'connectivity':
      return t.connectivity;
    case 'customs':
      return t.customs;
    case 'water':
      return t.water;
    case 'education':
      return t.education;
    case 'health':
      return t.health;
    case 'energy':
      return t.energy;
    case 'trade-investment':
      return t['trade-investment'];
    case 'security':
      return t.security;
    case 'sanctions':
      return t.sanctions;
    case 'critical-minerals':
      return t['critical-minerals'];
    default:
      return unknownKey('issue', key);
  }
}

/** One record of a table of records by state (the states, a turn's plans). */
export function ofState<T>(t: Readonly<Record<StateId, T>>, id: StateId): T {
  switch (id) {
    case 'KAZ':
      return t.KAZ;
    case 'KGZ':
      return t.KGZ;
    case 'TJK':
      return t.TJK;
    case 'TKM':
      return t.TKM;
    case 'UZB':
      return t.UZB;
    default:
      return unknownKey('state', id);
  }
}

/** One record of a table of records by partner (the partners). */
export function ofPartner<T>(t: Readonly<Record<PartnerId, T>>, id: PartnerId): T {
  switch (id) {
    case 'japan':
      return t.japan;
    case 'south-korea':
      return t['south-korea'];
    case 'usa':
      return t.usa;
    case 'china':
      return t.china;
    case 'russia':
      return t.russia;
    case 'eu':
      return t.eu;
    case 'italy':
      return t.italy;
    default:
      return unknownKey('partner', id);
  }
}
