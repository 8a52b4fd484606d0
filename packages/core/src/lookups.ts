/**
 * Finding one record by its id. The `get…` functions return `undefined` for an
 * unknown id, so a caller decides what a miss means; {@link requireRecord}
 * throws instead, for code where a miss is a bug.
 */
import { dataset } from './data';
import type {
  Argument,
  Dataset,
  DatedEvent,
  Figure,
  Initiative,
  Instrument,
  Partner,
  Person,
  Phase,
  Principle,
  Priority,
  Route,
  SourceDocument,
  State,
  Theme,
} from './types';

/** Anything with an `id`: every record of every collection. */
export interface Identified {
  /** The record's id, unique within its collection. */
  readonly id: string;
}

/** The names of the dataset's collections, e.g. `'events'` or `'partners'`. */
export type CollectionName = keyof Dataset;

/** The record type held by a collection, e.g. `RecordOf<'events'>` is {@link DatedEvent}. */
export type RecordOf<C extends CollectionName> = Dataset[C][number];

/**
 * The record with this id in any list of records, or `undefined`.
 *
 * @example
 * ```ts
 * byId(dataset.events, 'cajad-summit-2025')?.date;
 * ```
 */
export function byId<T extends Identified>(records: readonly T[], id: string): T | undefined {
  return records.find((record) => record.id === id);
}

/**
 * The record with this id in the named collection; throws when there is none.
 *
 * @example
 * ```ts
 * const summit = requireRecord('events', 'cajad-summit-2025');
 * ```
 * @throws Error naming the collection and the id, e.g. `No events record has the id "x"`.
 */
export function requireRecord<C extends CollectionName>(
  collection: C,
  id: string,
  data: Dataset = dataset,
): RecordOf<C> {
  const records: readonly RecordOf<C>[] = data[collection];
  const found = byId(records, id);
  if (found === undefined) throw new Error(`No ${collection} record has the id "${id}"`);
  return found;
}

/** The event with this id, or `undefined`. */
export function getEvent(id: string, data: Dataset = dataset): DatedEvent | undefined {
  return byId(data.events, id);
}

/** The partner with this id (e.g. `'japan'`), or `undefined`. */
export function getPartner(id: string, data: Dataset = dataset): Partner | undefined {
  return byId(data.partners, id);
}

/** The Central Asian state with this id (e.g. `'KAZ'`), or `undefined`. */
export function getState(id: string, data: Dataset = dataset): State | undefined {
  return byId(data.states, id);
}

/** The person with this id, or `undefined`. */
export function getPerson(id: string, data: Dataset = dataset): Person | undefined {
  return byId(data.people, id);
}

/** The figure with this id, or `undefined`. */
export function getFigure(id: string, data: Dataset = dataset): Figure | undefined {
  return byId(data.figures, id);
}

/** The phase with this id, or `undefined`. */
export function getPhase(id: string, data: Dataset = dataset): Phase | undefined {
  return byId(data.phases, id);
}

/** The principle with this id, or `undefined`. */
export function getPrinciple(id: string, data: Dataset = dataset): Principle | undefined {
  return byId(data.principles, id);
}

/** The priority with this id, or `undefined`. */
export function getPriority(id: string, data: Dataset = dataset): Priority | undefined {
  return byId(data.priorities, id);
}

/** The initiative with this id, or `undefined`. */
export function getInitiative(id: string, data: Dataset = dataset): Initiative | undefined {
  return byId(data.initiatives, id);
}

/** The instrument with this id, or `undefined`. */
export function getInstrument(id: string, data: Dataset = dataset): Instrument | undefined {
  return byId(data.instruments, id);
}

/** The route with this id, or `undefined`. */
export function getRoute(id: string, data: Dataset = dataset): Route | undefined {
  return byId(data.routes, id);
}

/** The theme with this id (e.g. `'connectivity'`), or `undefined`. */
export function getTheme(id: string, data: Dataset = dataset): Theme | undefined {
  return byId(data.themes, id);
}

/** The source document with this file name (e.g. `'000_0a364ac0ce25e492.txt'`), or `undefined`. */
export function getSource(id: string, data: Dataset = dataset): SourceDocument | undefined {
  return byId(data.sources, id);
}

/** The argument with this id, or `undefined`. */
export function getArgument(id: string, data: Dataset = dataset): Argument | undefined {
  return byId(data.arguments, id);
}
