/**
 * A small hand-built dataset for tests of the query functions, so they do not
 * depend on how many records the real dataset holds. Not exported by the package.
 * The quotes are real words from the documents, though the records are made up.
 */
import type { Argument, Citation, Dataset, DatedEvent, Partner } from './types';

const cite: Citation = {
  source: '000_0a364ac0ce25e492.txt',
  quote: 'As far back as 2004, Japan launched the Central Asia plus Japan Dialogue.',
};
const other: Citation = {
  source: '004_fc98498f9ba3ecfd.txt',
  quote: 'the new name "CA+JAD" was introduced for this diplomatic framework',
};

function event(id: string, date: string, extra: Partial<DatedEvent> = {}): DatedEvent {
  return {
    id,
    title: `Event ${id}`,
    titleRu: `Событие ${id}`,
    ruOrigin: 'translation',
    date,
    kind: 'meeting',
    c5plus: true,
    level: 'foreign-ministers',
    status: 'held',
    outcomes: [],
    themes: [],
    sources: [cite],
    ...extra,
  };
}

function partner(id: Partner['id'], extra: Partial<Partner>): Partner {
  return {
    id,
    name: { en: id, ru: id, ruOrigin: 'translation' },
    formatNames: [{ name: `${id} format` }],
    approach: 'A test approach.',
    themes: [],
    sources: [cite],
    ...extra,
  };
}

/** Events deliberately out of order, with dates of every precision and a shared date. */
export const fixtureEvents: readonly DatedEvent[] = [
  event('fm-2004', '2004-08-28', { partner: 'japan', themes: ['education', 'water'] }),
  event('usa-launch', '2015-11-01', { partner: 'usa', themes: ['security'] }),
  event('launch-2004', '2004', { partner: 'japan', kind: 'policy', c5plus: false, level: 'none' }),
  event('downturn', '2008', {
    partner: 'japan',
    kind: 'policy',
    c5plus: false,
    level: 'none',
    endDate: '2012',
  }),
  event('summit-b', '2025-12', { partner: 'japan', level: 'heads-of-state', themes: ['energy'] }),
  event('summit-a', '2025-12', {
    partner: 'japan',
    level: 'heads-of-state',
    status: 'postponed',
    themes: ['energy', 'water'],
    discrepancies: [
      {
        about: 'date',
        readings: [
          { ...cite, reading: 'one date' },
          { ...other, reading: 'another date' },
        ],
      },
    ],
  }),
  event('aug-2004', '2004-08', { partner: 'japan', level: 'senior-officials' }),
  event('war', '2022-02-24', { kind: 'war', c5plus: false, level: 'none' }),
];

function argument(id: string, extra: Partial<Argument>): Argument {
  return {
    id,
    document: '000_0a364ac0ce25e492.txt',
    claim: `Claim ${id}`,
    claimRu: `Довод ${id}`,
    ruOrigin: 'translation',
    kind: 'benefit',
    themes: [],
    partners: [],
    sources: [cite],
    ...extra,
  };
}

/** Arguments of each kind, one about the format in general and one unattributed. */
export const fixtureArguments: readonly Argument[] = [
  argument('general-benefit', { arguedBy: 'someone' }),
  argument('japan-challenge', {
    kind: 'challenge',
    partners: ['japan', 'russia'],
    themes: ['logistics'],
    arguedBy: 'someone',
  }),
  argument('unsigned-explanation', {
    document: '004_fc98498f9ba3ecfd.txt',
    kind: 'explanation',
    partners: ['russia'],
    themes: ['logistics', 'security'],
    sources: [other],
  }),
];

/** The whole fixture dataset: three partners, the events above, two figures, three arguments. */
export const fixture: Dataset = {
  states: [],
  partners: [
    partner('usa', { formatSince: 2015, formatNames: [{ name: 'C5+1' }] }),
    partner('japan', {
      formatSince: 2004,
      formatNames: [
        { name: '"Central Asia plus Japan" Dialogue' },
        { name: 'CA+JAD', since: 2025 },
      ],
    }),
    partner('china', {}),
  ],
  events: fixtureEvents,
  figures: [
    { id: 'fig-a', label: 'A', value: 1, unit: 'count', event: 'summit-a', sources: [cite] },
    { id: 'fig-b', label: 'B', value: 2, unit: 'count', event: 'fm-2004', sources: [cite] },
  ],
  phases: [],
  principles: [],
  priorities: [],
  initiatives: [],
  instruments: [],
  people: [],
  routes: [],
  themes: [],
  arguments: fixtureArguments,
  sources: [],
};
