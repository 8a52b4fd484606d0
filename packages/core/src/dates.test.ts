import { describe, expect, it } from 'vitest';
import { compareDates, compareDatesAtSharedPrecision, yearOf } from './dates';

describe('yearOf', () => {
  it('reads the year of a date of any precision', () => {
    expect(yearOf('2004')).toBe(2004);
    expect(yearOf('2004-08')).toBe(2004);
    expect(yearOf('2004-08-28')).toBe(2004);
  });

  it('refuses text that is not a partial date, naming it', () => {
    expect(() => yearOf('Aug 2004')).toThrow(/"Aug 2004"/);
    expect(() => yearOf('04')).toThrow(RangeError);
  });
});

describe('compareDates', () => {
  it('puts a less precise date before the more precise dates within it', () => {
    const dates = ['2004-08-28', '2005', '2004-08', '2004', '2004-07-30', '2004-12'];
    expect(dates.sort(compareDates)).toEqual([
      '2004',
      '2004-07-30',
      '2004-08',
      '2004-08-28',
      '2004-12',
      '2005',
    ]);
  });

  it('compares numerically, not as text', () => {
    expect(compareDates('2004-02', '2004-10')).toBeLessThan(0);
    expect(compareDates('2004-08-28', '2004-08-28')).toBe(0);
  });
});

describe('compareDatesAtSharedPrecision', () => {
  it('treats dates that may coincide as equal', () => {
    expect(compareDatesAtSharedPrecision('2015', '2015-06-01')).toBe(0);
    expect(compareDatesAtSharedPrecision('2015-06', '2015-06-30')).toBe(0);
  });

  it('orders dates that surely differ', () => {
    expect(compareDatesAtSharedPrecision('2015-05', '2015-06-01')).toBeLessThan(0);
    expect(compareDatesAtSharedPrecision('2016', '2015-06')).toBeGreaterThan(0);
  });
});
