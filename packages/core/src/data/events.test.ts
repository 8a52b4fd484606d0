import { describe, expect, it } from 'vitest';
import { citationsOf } from '../queries';
import type { DatePart, MeetingLevel } from '../types';
import { events } from './events';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const byId = new Map(events.map((e) => [e.id, e]));

/** The value of one part of a partial date, or undefined when the date is less precise. */
function part(date: string, which: DatePart): string | undefined {
  return date.split('-')[['year', 'month', 'day'].indexOf(which)];
}

describe('events: levels', () => {
  it('keeps meeting levels for meetings, summits and visits', () => {
    const meetingLevels: readonly MeetingLevel[] = [
      'heads-of-state',
      'foreign-ministers',
      'ministers',
      'senior-officials',
      'experts',
      'business',
      'public',
    ];
    const misfiled = events
      .filter((e) => !['meeting', 'summit', 'visit'].includes(e.kind))
      .filter((e) => meetingLevels.includes(e.level))
      .map((e) => `${e.id} (${e.kind}, ${e.level})`);
    expect(misfiled).toEqual([]);
  });
});

describe('events: inferred dates', () => {
  it('flags every date whose year or month no citation of the event prints', () => {
    const unflagged = events
      .filter((e) => e.dateInference === undefined)
      .filter((e) => {
        const text = citationsOf(e)
          .map((c) => c.quote)
          .join(' ');
        const month = part(e.date, 'month');
        return (
          !text.includes(part(e.date, 'year') ?? '') ||
          (month !== undefined && !text.includes(MONTHS[Number(month) - 1] ?? ''))
        );
      })
      .map((e) => `${e.id} (${e.date})`);
    expect(unflagged).toEqual([]);
  });

  it('infers only parts the date has, and each agrees with an event it rests on', () => {
    const problems: string[] = [];
    for (const e of events) {
      const inference = e.dateInference;
      if (inference === undefined) continue;
      const sources = (inference.events ?? []).flatMap((id) => byId.get(id) ?? []);
      for (const which of inference.parts) {
        const value = part(e.date, which);
        if (value === undefined) problems.push(`${e.id}: date ${e.date} has no ${which}`);
        else if (sources.length > 0 && !sources.some((s) => part(s.date, which) === value))
          problems.push(`${e.id}: no event it rests on has the ${which} ${value}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('flags the inferred months of Tokayev’s visit and the informal CIS summit', () => {
    for (const id of ['tokayev-visit-russia-2025', 'informal-cis-summit-2025'])
      expect(byId.get(id)?.dateInference?.parts, id).toContain('month');
  });
});
