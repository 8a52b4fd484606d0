/**
 * Corrections found by reading records against the documents. Each test pins
 * what the documents say, so the error cannot come back unnoticed.
 */
import { describe, expect, it } from 'vitest';
import { dataset } from './data';
import { requireRecord } from './lookups';
import { citationsOf } from './queries';

const FORECAST = 'The main topics of the December summit will be logistics and energy.';

/** All text a record holds in the project's words, quotes left out. */
function ownWords(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(ownWords).join(' ');
  if (value !== null && typeof value === 'object')
    return Object.entries(value)
      .filter(([key]) => key !== 'quote')
      .map(([, child]) => ownWords(child))
      .join(' ');
  return '';
}

describe('corrections', () => {
  it('credits the STEM point to Yoshida, a Japanese expert, not to Kazakh experts', () => {
    const mext = requireRecord('instruments', 'mext-scholarships');
    expect(mext.summary).toMatch(/Yoshida/);
    expect(mext.summary).not.toMatch(/Kazakh experts/);
    expect(mext.sources.some((c) => c.quote.includes('science, technology, engineering'))).toBe(
      true,
    );
  });

  it('treats 003’s logistics-and-energy sentence as a forecast wherever it is cited', () => {
    const asOutcome = Object.entries(dataset).flatMap(([collection, records]) =>
      (records as readonly { id: string }[])
        .filter((r) => citationsOf(r as never).some((c) => c.quote === FORECAST))
        .filter((r) => !/forecast|expected/i.test(ownWords(r)))
        .map((r) => `${collection}/${r.id}`),
    );
    expect(asOutcome).toEqual([]);
  });

  it('keeps the forecast and the report of the 2025 summit’s topics as a discrepancy', () => {
    const topics = requireRecord('events', 'cajad-summit-2025').discrepancies?.find(
      (d) => d.about === 'topics',
    );
    expect(topics?.readings.map((r) => r.source)).toEqual(
      expect.arrayContaining(['003_dceb15af33b4a574.txt', '004_fc98498f9ba3ecfd.txt']),
    );
    for (const id of ['logistics', 'energy'] as const)
      expect(requireRecord('themes', id).summary, id).toMatch(/forecast/);
  });

  it('records the Belt and Road announcement as a policy, not a meeting of leaders', () => {
    const bri = requireRecord('events', 'bri-announcement-2013');
    expect([bri.kind, bri.level]).toEqual(['policy', 'government']);
  });

  it('says of the Eurasian Economic Union only what 000 says', () => {
    const eaeu = requireRecord('initiatives', 'eurasian-economic-union');
    expect(eaeu.people).toBeUndefined();
    expect(eaeu.partner).toBeUndefined();
    expect(eaeu.summary).not.toMatch(/Russian-led|Putin/);
  });

  it('does not say which meetings were the three since 2020', () => {
    const phase = requireRecord('phases', 'japan-phase-adjustment');
    expect(phase.summary).not.toMatch(/meetings \(including/);
    expect(phase.summary).toMatch(/not which meetings/);
  });

  it('quotes the amount of every currency figure', () => {
    const words = (value: number) =>
      [
        [1e12, 'trillion'],
        [1e9, 'billion'],
        [1e6, 'million'],
      ].flatMap(([unit, word]) =>
        value % (unit as number) === 0 ? [`${value / (unit as number)} ${word}`] : [],
      );
    const unquoted = dataset.figures
      .filter((f) => f.unit === 'currency')
      .filter((f) => !words(f.value).some((w) => f.sources.some((c) => c.quote.includes(w))))
      .map((f) => f.id);
    expect(unquoted).toEqual([]);
  });

  it('explains that Russia’s formatSince is the year of its first summit', () => {
    const since = requireRecord('partners', 'russia').discrepancies?.find(
      (d) => d.about === 'formatSince',
    );
    expect(since?.note).toMatch(/first summit/);
  });
});
