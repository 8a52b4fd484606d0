/**
 * Partial dates: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, as precise as the documents
 * give them. These helpers order and compare them without inventing precision.
 */
import type { PartialDate } from './types';

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** The numeric parts of a partial date: `[year]`, `[year, month]` or `[year, month, day]`. */
function partsOf(date: PartialDate): number[] {
  const match = PARTIAL_DATE.exec(date);
  if (!match) throw new RangeError(`Not a partial date (YYYY, YYYY-MM or YYYY-MM-DD): "${date}"`);
  return match
    .slice(1)
    .filter((part) => part !== undefined)
    .map(Number);
}

/**
 * The year of a partial date.
 *
 * @example
 * ```ts
 * yearOf('2004-08-28'); // 2004
 * yearOf('2025'); // 2025
 * ```
 * @throws RangeError when the text is not `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
 */
export function yearOf(date: PartialDate): number {
  return partsOf(date)[0]!;
}

/**
 * Orders two partial dates for sorting. Parts are compared one by one; when one
 * date is a prefix of the other, the less precise one comes first, so `'2004'`
 * sorts before `'2004-01'` and `'2004-08'` before `'2004-08-28'`. A year-only
 * date therefore heads its year, which is where a reader scanning a timeline
 * expects an undated-within-the-year event.
 *
 * @returns A negative number if `a` sorts first, positive if `b` does, 0 if equal.
 * @throws RangeError when either text is not a partial date.
 */
export function compareDates(a: PartialDate, b: PartialDate): number {
  const pa = partsOf(a);
  const pb = partsOf(b);
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const difference = pa[i]! - pb[i]!;
    if (difference !== 0) return difference;
  }
  return pa.length - pb.length;
}

/**
 * Compares two partial dates at the precision both share: `'2015'` and
 * `'2015-06-01'` are equal here, because the documents do not say whether the
 * year-only event fell before or after June. Range filters use it so that an
 * event is kept whenever it may lie inside the range.
 *
 * @returns A negative number if `a` is surely earlier, positive if surely later, 0 if they may coincide.
 * @throws RangeError when either text is not a partial date.
 */
export function compareDatesAtSharedPrecision(a: PartialDate, b: PartialDate): number {
  const pa = partsOf(a);
  const pb = partsOf(b);
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const difference = pa[i]! - pb[i]!;
    if (difference !== 0) return difference;
  }
  return 0;
}
