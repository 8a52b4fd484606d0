import { describe, expect, it } from 'vitest';
import { dataset } from './data';
import { PARTNER_IDS, STATE_IDS, THEME_IDS } from './types';

const ids = (records: readonly { id: string }[]) => new Set(records.map((r) => r.id));

describe('dataset integrity', () => {
  it('has unique ids within each collection', () => {
    const repeated = Object.entries(dataset).flatMap(([collection, records]) => {
      const seen = new Set<string>();
      const repeats: string[] = [];
      for (const r of records as readonly { id: string }[]) {
        if (seen.has(r.id)) repeats.push(`${collection}/${r.id}`);
        seen.add(r.id);
      }
      return repeats;
    });
    expect(repeated).toEqual([]);
  });

  it('holds the five states, every partner and every theme exactly once', () => {
    expect([...ids(dataset.states)].sort()).toEqual([...STATE_IDS].sort());
    expect([...ids(dataset.partners)].sort()).toEqual([...PARTNER_IDS].sort());
    expect([...ids(dataset.themes)].sort()).toEqual([...THEME_IDS].sort());
  });

  it('refers only to records that exist', () => {
    const events = ids(dataset.events);
    const people = ids(dataset.people);
    const dangling: string[] = [];
    const check = (where: string, id: string | undefined, known: Set<string>) => {
      if (id !== undefined && !known.has(id)) dangling.push(`${where} -> ${id}`);
    };
    for (const e of dataset.events)
      for (const p of e.people ?? []) check(`events/${e.id}.people`, p, people);
    for (const f of dataset.figures) check(`figures/${f.id}.event`, f.event, events);
    for (const p of dataset.principles) check(`principles/${p.id}.event`, p.event, events);
    for (const p of dataset.priorities) check(`priorities/${p.id}.event`, p.event, events);
    for (const i of dataset.initiatives)
      for (const p of i.people ?? []) check(`initiatives/${i.id}.people`, p, people);
    for (const e of dataset.events)
      for (const id of e.dateInference?.events ?? [])
        check(`events/${e.id}.dateInference.events`, id, events);
    for (const a of dataset.arguments) check(`arguments/${a.id}.arguedBy`, a.arguedBy, people);
    expect(dangling).toEqual([]);
  });

  it('keeps an event end date after its start', () => {
    const backwards = dataset.events.filter((e) => e.endDate !== undefined && e.endDate < e.date);
    expect(backwards.map((e) => e.id)).toEqual([]);
  });
});
