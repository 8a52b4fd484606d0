import { describe, expect, it } from 'vitest';
import { dataset } from '../src/data';
import { datasetProblems } from './dataset-schema';

describe('datasetSchema', () => {
  it('accepts the dataset', () => {
    expect(datasetProblems(dataset)).toEqual([]);
  });

  it('names the record id and field of a malformed record', () => {
    const broken = {
      ...dataset,
      events: [
        {
          id: 'broken-event',
          title: 'A meeting',
          titleRu: 'Встреча',
          ruOrigin: 'translation',
          date: '2004-13',
          kind: 'meeting',
          c5plus: true,
          level: 'foreign-ministers',
          status: 'held',
          outcomes: [],
          themes: [],
          sources: [
            {
              source: '000_0a364ac0ce25e492.txt',
              quote: 'launched the Central Asia plus Japan Dialogue',
            },
          ],
        },
      ],
    };
    expect(datasetProblems(broken)).toEqual([
      'events/broken-event.date: must be YYYY, YYYY-MM or YYYY-MM-DD',
    ]);
  });

  it('refuses a Russian quote not marked as a translation, naming where', () => {
    const [first, ...rest] = dataset.phases;
    const [lead, ...others] = first!.sources;
    const { ruOrigin: _mark, ...unmarked } = lead!;
    const broken = { ...dataset, phases: [{ ...first, sources: [unmarked, ...others] }, ...rest] };
    expect(datasetProblems(broken)).toEqual([
      `phases/${first!.id}.sources.0.ruOrigin: quoteRu and ruOrigin go together: a translated quote is marked as a translation`,
    ]);
  });

  it('refuses an argument of an unknown kind, naming the allowed kinds', () => {
    const [first] = dataset.arguments;
    const broken = { ...dataset, arguments: [{ ...first, kind: 'opinion' }] };
    const [problem] = datasetProblems(broken);
    expect(problem).toMatch(new RegExp(`^arguments/${first?.id}\\.kind: `));
    expect(problem).toContain('"challenge"');
  });

  it('refuses a Russian text not marked as the project’s translation', () => {
    const [state] = dataset.states;
    const broken = {
      ...dataset,
      states: [{ ...state, capital: { en: 'Astana', ru: 'Астана' } }],
    };
    expect(datasetProblems(broken)).toEqual([
      `states/${state?.id}.capital.ruOrigin: Invalid input: expected "translation"`,
    ]);
  });

  it('refuses a place with a city but no Russian city name', () => {
    const summit = dataset.events.find((e) => e.place?.city !== undefined);
    const { cityRu: _cityRu, ...place } = summit?.place ?? { country: '', countryRu: '' };
    const broken = { ...dataset, events: [{ ...summit, place }] };
    expect(datasetProblems(broken)).toEqual([
      `events/${summit?.id}.place: cityRu must be given exactly when city is`,
    ]);
  });

  it('refuses a record without a citation', () => {
    const broken = {
      ...dataset,
      people: [
        {
          id: 'someone',
          name: 'Someone',
          nameRu: 'Некто',
          ruOrigin: 'translation',
          role: 'minister',
          sources: [],
        },
      ],
    };
    expect(datasetProblems(broken)[0]).toMatch(/^people\/someone\.sources: /);
  });
});
