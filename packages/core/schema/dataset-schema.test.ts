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

  it('refuses a record without a citation', () => {
    const broken = {
      ...dataset,
      people: [{ id: 'someone', name: 'Someone', role: 'minister', sources: [] }],
    };
    expect(datasetProblems(broken)[0]).toMatch(/^people\/someone\.sources: /);
  });
});
