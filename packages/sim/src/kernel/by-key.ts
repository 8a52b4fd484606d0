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

// By position. Hot code that reads and writes one entry several times (an
// engagement's issue, partner and indicators) resolves each id once to its
// position in `PARTNER_IDS`, `STATE_IDS`, `INDICATOR_ORDER` or `ISSUES`
// (`partnerIndex`, `stateIndex`, `indicatorIndex`, `issueIndex`), then reads
// and writes through these: a switch on a small integer is a jump table, not
// a chain of string compares.

/** Where an indicator is in `INDICATOR_ORDER`. */
export function indicatorIndex(key: Indicator): number {
  switch (key) {
    case 'prosperity':
      return 0;
    case 'security':
      return 1;
    case 'autonomy':
      return 2;
    case 'connectivity':
      return 3;
    case 'humanCapital':
      return 4;
    default:
      return unknownKey('indicator', key);
  }
}

/** Where an issue is in `ISSUES`. */
export function issueIndex(key: Issue): number {
  switch (key) {
    case 'connectivity':
      return 0;
    case 'customs':
      return 1;
    case 'water':
      return 2;
    case 'education':
      return 3;
    case 'health':
      return 4;
    case 'energy':
      return 5;
    case 'trade-investment':
      return 6;
    case 'security':
      return 7;
    case 'sanctions':
      return 8;
    case 'critical-minerals':
      return 9;
    default:
      return unknownKey('issue', key);
  }
}

function unknownPosition(kind: string, at: number): never {
  throw new Error(`No ${kind} at position ${at}.`);
}

/** A per-partner number table's entry, by the partner's position in `PARTNER_IDS`. */
export function partnerAt(t: Readonly<Record<PartnerId, number>>, at: number): number {
  switch (at) {
    case 0:
      return t.japan;
    case 1:
      return t['south-korea'];
    case 2:
      return t.usa;
    case 3:
      return t.china;
    case 4:
      return t.russia;
    case 5:
      return t.eu;
    case 6:
      return t.italy;
    default:
      return unknownPosition('partner', at);
  }
}

/** Sets a per-partner number table's entry, by position in `PARTNER_IDS`. */
export function setPartnerAt(t: Record<PartnerId, number>, at: number, value: number): void {
  switch (at) {
    case 0:
      t.japan = value;
      return;
    case 1:
      t['south-korea'] = value;
      return;
    case 2:
      t.usa = value;
      return;
    case 3:
      t.china = value;
      return;
    case 4:
      t.russia = value;
      return;
    case 5:
      t.eu = value;
      return;
    case 6:
      t.italy = value;
      return;
    default:
      unknownPosition('partner', at);
  }
}

/** A per-state number table's entry (a partner's suspicion), by position in `STATE_IDS`. */
export function stateAt(t: Readonly<Record<StateId, number>>, at: number): number {
  switch (at) {
    case 0:
      return t.KAZ;
    case 1:
      return t.KGZ;
    case 2:
      return t.TJK;
    case 3:
      return t.TKM;
    case 4:
      return t.UZB;
    default:
      return unknownPosition('state', at);
  }
}

/** Sets a per-state number table's entry, by position in `STATE_IDS`. */
export function setStateAt(t: Record<StateId, number>, at: number, value: number): void {
  switch (at) {
    case 0:
      t.KAZ = value;
      return;
    case 1:
      t.KGZ = value;
      return;
    case 2:
      t.TJK = value;
      return;
    case 3:
      t.TKM = value;
      return;
    case 4:
      t.UZB = value;
      return;
    default:
      unknownPosition('state', at);
  }
}

/** An indicator table's entry, by position in `INDICATOR_ORDER`. */
export function indicatorAt(t: Readonly<Record<Indicator, number>>, at: number): number {
  switch (at) {
    case 0:
      return t.prosperity;
    case 1:
      return t.security;
    case 2:
      return t.autonomy;
    case 3:
      return t.connectivity;
    case 4:
      return t.humanCapital;
    default:
      return unknownPosition('indicator', at);
  }
}

/** Sets an indicator table's entry, by position in `INDICATOR_ORDER`. */
export function setIndicatorAt(t: Record<Indicator, number>, at: number, value: number): void {
  switch (at) {
    case 0:
      t.prosperity = value;
      return;
    case 1:
      t.security = value;
      return;
    case 2:
      t.autonomy = value;
      return;
    case 3:
      t.connectivity = value;
      return;
    case 4:
      t.humanCapital = value;
      return;
    default:
      unknownPosition('indicator', at);
  }
}

/** A per-issue number table's entry (a partner's capacity), by position in `ISSUES`. */
export function issueAt(t: Readonly<Record<Issue, number>>, at: number): number {
  switch (at) {
    case 0:
      return t.connectivity;
    case 1:
      return t.customs;
    case 2:
      return t.water;
    case 3:
      return t.education;
    case 4:
      return t.health;
    case 5:
      return t.energy;
    case 6:
      return t['trade-investment'];
    case 7:
      return t.security;
    case 8:
      return t.sanctions;
    case 9:
      return t['critical-minerals'];
    default:
      return unknownPosition('issue', at);
  }
}

/** One record of a table of records by partner, by position in `PARTNER_IDS`. */
export function ofPartnerAt<T>(t: Readonly<Record<PartnerId, T>>, at: number): T {
  switch (at) {
    case 0:
      return t.japan;
    case 1:
      return t['south-korea'];
    case 2:
      return t.usa;
    case 3:
      return t.china;
    case 4:
      return t.russia;
    case 5:
      return t.eu;
    case 6:
      return t.italy;
    default:
      return unknownPosition('partner', at);
  }
}
