import { describe, expect, it } from 'vitest';
import { dataset } from './data';
import { yearOf } from './dates';
import {
  citationsOf,
  compareEvents,
  eventsByLevel,
  eventsByPartner,
  eventsByTheme,
  eventsByYear,
  figuresFor,
  formatNameIn,
  formatsActiveIn,
  timeline,
} from './queries';
import { fixture } from './test-fixture';
import type { Partner } from './types';

const ids = (events: readonly { id: string }[]) => events.map((e) => e.id);

describe('timeline on a fixture', () => {
  it('sorts by date, less precise dates first, equal dates by id', () => {
    expect(ids(timeline({}, fixture))).toEqual([
      'launch-2004',
      'aug-2004',
      'fm-2004',
      'downturn',
      'usa-launch',
      'war',
      'summit-a',
      'summit-b',
    ]);
  });

  it('does not reorder the dataset it reads', () => {
    const before = ids(fixture.events);
    timeline({}, fixture);
    expect(ids(fixture.events)).toEqual(before);
  });

  it('filters by partner, level, kind, status, theme and c5plus', () => {
    expect(ids(timeline({ partner: 'usa' }, fixture))).toEqual(['usa-launch']);
    expect(ids(timeline({ level: 'heads-of-state' }, fixture))).toEqual(['summit-a', 'summit-b']);
    expect(ids(timeline({ kind: 'war' }, fixture))).toEqual(['war']);
    expect(ids(timeline({ status: 'postponed' }, fixture))).toEqual(['summit-a']);
    expect(ids(timeline({ theme: 'water' }, fixture))).toEqual(['fm-2004', 'summit-a']);
    expect(ids(timeline({ partner: 'japan', c5plus: true }, fixture))).toEqual([
      'aug-2004',
      'fm-2004',
      'summit-a',
      'summit-b',
    ]);
    expect(ids(timeline({ c5plus: false, partner: 'japan' }, fixture))).toEqual([
      'launch-2004',
      'downturn',
    ]);
  });

  it('treats an undefined filter field as no filter', () => {
    expect(timeline({ partner: undefined, year: undefined }, fixture)).toHaveLength(
      fixture.events.length,
    );
  });

  it('filters by the year of the start date', () => {
    expect(ids(timeline({ year: 2004 }, fixture))).toEqual(['launch-2004', 'aug-2004', 'fm-2004']);
    expect(ids(timeline({ year: 2010 }, fixture))).toEqual([]);
  });

  it('keeps events that may fall in a from/to range, spans by their end', () => {
    // The downturn runs 2008 to 2012, so a range inside it keeps it.
    expect(ids(timeline({ from: 2010, to: '2011' }, fixture))).toEqual(['downturn']);
    // A year-only date may lie in any month of its year.
    expect(ids(timeline({ from: '2004-08-15', to: '2004-08-31' }, fixture))).toEqual([
      'launch-2004',
      'aug-2004',
      'fm-2004',
    ]);
    expect(ids(timeline({ from: '2022-03' }, fixture))).toEqual(['summit-a', 'summit-b']);
    expect(ids(timeline({ to: 2004 }, fixture))).toEqual(['launch-2004', 'aug-2004', 'fm-2004']);
  });

  it('refuses a range bound that is not a date', () => {
    expect(() => timeline({ from: 'last year' }, fixture)).toThrow(RangeError);
  });
});

describe('grouping on a fixture', () => {
  it('groups by partner in order of first event, leaving out events without one', () => {
    const groups = eventsByPartner({}, fixture);
    expect([...groups.keys()]).toEqual(['japan', 'usa']);
    expect(ids(groups.get('japan') ?? [])).toEqual(ids(timeline({ partner: 'japan' }, fixture)));
    expect([...groups.values()].flat().some((e) => e.id === 'war')).toBe(false);
  });

  it('groups by year ascending and applies the filter first', () => {
    const groups = eventsByYear({ c5plus: true }, fixture);
    expect([...groups.keys()]).toEqual([2004, 2015, 2025]);
    expect(ids(groups.get(2004) ?? [])).toEqual(['aug-2004', 'fm-2004']);
  });

  it('groups by level and by theme, an event under each of its themes', () => {
    expect(ids(eventsByLevel({}, fixture).get('heads-of-state') ?? [])).toEqual([
      'summit-a',
      'summit-b',
    ]);
    const themes = eventsByTheme({}, fixture);
    expect([...themes.keys()]).toEqual(['education', 'water', 'security', 'energy']);
    expect(ids(themes.get('water') ?? [])).toEqual(['fm-2004', 'summit-a']);
  });
});

describe('formats on a fixture', () => {
  const japan = fixture.partners.find((p) => p.id === 'japan') as Partner;

  it('names a format by the latest name in use that year', () => {
    expect(formatNameIn(japan, 2004)).toBe('"Central Asia plus Japan" Dialogue');
    expect(formatNameIn(japan, 2024)).toBe('"Central Asia plus Japan" Dialogue');
    expect(formatNameIn(japan, 2025)).toBe('CA+JAD');
    expect(formatNameIn(japan, 2030)).toBe('CA+JAD');
  });

  it('falls back to the first name before any applies, and keeps the first of a tie', () => {
    const renamed: Partner = {
      ...japan,
      formatNames: [
        { name: 'B', since: 2010 },
        { name: 'C', since: 2010 },
      ],
    };
    expect(formatNameIn(renamed, 2000)).toBe('B');
    expect(formatNameIn(renamed, 2010)).toBe('B');
  });

  it('lists the formats that exist in a year, oldest first', () => {
    expect(formatsActiveIn(2003, fixture)).toEqual([]);
    expect(formatsActiveIn(2010, fixture).map((f) => [f.partner.id, f.name])).toEqual([
      ['japan', '"Central Asia plus Japan" Dialogue'],
    ]);
    expect(formatsActiveIn(2025, fixture).map((f) => [f.partner.id, f.name, f.since])).toEqual([
      ['japan', 'CA+JAD', 2004],
      ['usa', 'C5+1', 2015],
    ]);
  });
});

describe('figures and citations on a fixture', () => {
  it('finds the figures of an event', () => {
    expect(ids(figuresFor('summit-a', fixture))).toEqual(['fig-a']);
    expect(figuresFor('war', fixture)).toEqual([]);
  });

  it('gathers sources and discrepancy readings, without repeats or reading text', () => {
    const summit = fixture.events.find((e) => e.id === 'summit-a');
    const citations = citationsOf(summit!);
    expect(citations).toHaveLength(2);
    expect(citations.map((c) => c.source)).toEqual([
      '000_0a364ac0ce25e492.txt',
      '004_fc98498f9ba3ecfd.txt',
    ]);
    expect(citations.every((c) => Object.keys(c).join() === 'source,quote')).toBe(true);
  });
});

describe('queries over the bundled dataset', () => {
  it('timeline() holds every event once, in date-then-id order', () => {
    const all = timeline();
    expect(all).toHaveLength(dataset.events.length);
    for (let i = 1; i < all.length; i++) {
      expect(compareEvents(all[i - 1]!, all[i]!)).toBeLessThan(0);
    }
  });

  it('groups partition the timeline consistently', () => {
    const byYear = eventsByYear();
    expect([...byYear.values()].flat()).toHaveLength(dataset.events.length);
    for (const [year, events] of byYear)
      expect(events.every((e) => yearOf(e.date) === year)).toBe(true);
    const withPartner = dataset.events.filter((e) => e.partner !== undefined).length;
    expect([...eventsByPartner().values()].flat()).toHaveLength(withPartner);
    expect([...eventsByLevel().values()].flat()).toHaveLength(dataset.events.length);
  });

  it('every format active in a year began by then and is named by one of its names', () => {
    for (let year = 2000; year <= 2030; year++) {
      for (const format of formatsActiveIn(year)) {
        expect(format.since).toBeLessThanOrEqual(year);
        expect(format.partner.formatNames.map((n) => n.name)).toContain(format.name);
      }
    }
  });

  it('every record has at least one citation', () => {
    for (const records of Object.values(dataset)) {
      for (const record of records) expect(citationsOf(record).length).toBeGreaterThan(0);
    }
  });

  it.runIf(dataset.partners.some((p) => p.id === 'japan' && p.formatSince !== undefined))(
    "lists Japan's format from 2004, the first C5+ format",
    () => {
      expect(formatsActiveIn(2004).map((f) => f.partner.id)).toContain('japan');
      expect(formatsActiveIn(2003).map((f) => f.partner.id)).not.toContain('japan');
    },
  );
});
