import { describe, expect, it } from 'vitest';
import { dataset } from './data';
import {
  byId,
  getArgument,
  getEvent,
  getFigure,
  getInitiative,
  getInstrument,
  getPartner,
  getPerson,
  getPhase,
  getPrinciple,
  getPriority,
  getRoute,
  getSource,
  getState,
  getTheme,
  requireRecord,
} from './lookups';
import { fixture } from './test-fixture';

describe('lookups on a fixture', () => {
  it('find a record by id, or return undefined', () => {
    expect(byId(fixture.events, 'summit-a')?.date).toBe('2025-12');
    expect(byId(fixture.events, 'nothing')).toBeUndefined();
    expect(getEvent('fm-2004', fixture)?.partner).toBe('japan');
    expect(getPartner('japan', fixture)?.formatSince).toBe(2004);
    expect(getPartner('russia', fixture)).toBeUndefined();
    expect(getFigure('fig-a', fixture)?.value).toBe(1);
    expect(getArgument('japan-challenge', fixture)?.kind).toBe('challenge');
    expect(getArgument('japan-challenge')).toBeUndefined();
  });

  it('requireRecord returns the typed record or throws naming the collection and id', () => {
    expect(requireRecord('partners', 'usa', fixture).formatNames[0]?.name).toBe('C5+1');
    expect(() => requireRecord('events', 'no-such-event', fixture)).toThrow(
      'No events record has the id "no-such-event"',
    );
  });
});

describe('lookups on the bundled dataset', () => {
  const getters = {
    states: getState,
    partners: getPartner,
    events: getEvent,
    figures: getFigure,
    phases: getPhase,
    principles: getPrinciple,
    priorities: getPriority,
    initiatives: getInitiative,
    instruments: getInstrument,
    people: getPerson,
    routes: getRoute,
    themes: getTheme,
    arguments: getArgument,
    sources: getSource,
  } as const;

  it('have a getter for every collection', () => {
    expect(Object.keys(getters).sort()).toEqual(Object.keys(dataset).sort());
  });

  it('find every record of every collection by its own id, by default in the bundled dataset', () => {
    for (const [collection, get] of Object.entries(getters)) {
      const records = dataset[collection as keyof typeof getters] as readonly { id: string }[];
      for (const record of records) expect(get(record.id)).toBe(record);
    }
  });

  it.runIf(dataset.events.some((e) => e.id === 'cajad-summit-2025'))(
    'find the 2025 Central Asia plus Japan summit',
    () => {
      const summit = requireRecord('events', 'cajad-summit-2025');
      expect(summit.partner).toBe('japan');
      expect(summit.date.startsWith('2025')).toBe(true);
    },
  );
});
