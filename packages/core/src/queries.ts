/**
 * Questions a reader asks of the dataset: what happened when, with whom, at
 * what level, under which name, and on whose word. Pure functions; each takes
 * the dataset as its last, optional argument so it can run on a fixture.
 */
import { dataset } from './data';
import { compareDates, compareDatesAtSharedPrecision, yearOf } from './dates';
import type {
  Citation,
  Cited,
  Dataset,
  DatedEvent,
  Discrepancy,
  EventKind,
  EventStatus,
  Figure,
  MeetingLevel,
  PartialDate,
  Partner,
  PartnerId,
  ThemeId,
} from './types';

/**
 * Which events {@link timeline} keeps. Every field narrows the result; an absent
 * (or `undefined`) field does not filter.
 */
export interface TimelineFilter {
  /** Only events of this partner's format or policy. */
  readonly partner?: PartnerId | undefined;
  /** Only meetings at this level. */
  readonly level?: MeetingLevel | undefined;
  /** Only events of this kind. */
  readonly kind?: EventKind | undefined;
  /** Only events whose `date` falls in this year (the start year of a span). */
  readonly year?: number | undefined;
  /**
   * Only events that may reach this date or later: an event spanning a period
   * counts by its `endDate`, and dates compare at the precision both share, so
   * `from: '2015-06'` keeps an event dated just `'2015'`. A number is a year.
   */
  readonly from?: PartialDate | number | undefined;
  /** Only events that may start on or before this date (same rules as `from`). */
  readonly to?: PartialDate | number | undefined;
  /** Only events tagged with this issue area. */
  readonly theme?: ThemeId | undefined;
  /** Only events with this status, e.g. `'held'` or `'cancelled'`. */
  readonly status?: EventStatus | undefined;
  /** `true` for meetings of the five with a partner as a group; `false` for all other events. */
  readonly c5plus?: boolean | undefined;
}

/** A year as a partial date, so a filter may say `from: 2015` as well as `from: '2015'`. */
const asDate = (value: PartialDate | number): PartialDate =>
  typeof value === 'number' ? String(value).padStart(4, '0') : value;

function matches(event: DatedEvent, filter: TimelineFilter): boolean {
  const { partner, level, kind, year, from, to, theme, status, c5plus } = filter;
  if (partner !== undefined && event.partner !== partner) return false;
  if (level !== undefined && event.level !== level) return false;
  if (kind !== undefined && event.kind !== kind) return false;
  if (status !== undefined && event.status !== status) return false;
  if (c5plus !== undefined && event.c5plus !== c5plus) return false;
  if (theme !== undefined && !event.themes.includes(theme)) return false;
  if (year !== undefined && yearOf(event.date) !== year) return false;
  const last = event.endDate ?? event.date;
  if (from !== undefined && compareDatesAtSharedPrecision(last, asDate(from)) < 0) return false;
  if (to !== undefined && compareDatesAtSharedPrecision(event.date, asDate(to)) > 0) return false;
  return true;
}

/**
 * The order of a timeline: by date (a less precise date first, see
 * {@link compareDates}), then by id so that equal dates always sort the same way.
 */
export function compareEvents(a: DatedEvent, b: DatedEvent): number {
  return compareDates(a.date, b.date) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * The events that pass the filter, in date order.
 *
 * @example
 * ```ts
 * // Japan's C5+ meetings at foreign-minister level since 2015
 * timeline({ partner: 'japan', c5plus: true, level: 'foreign-ministers', from: 2015 });
 * ```
 * @throws RangeError if `from` or `to` is not a partial date.
 */
export function timeline(filter: TimelineFilter = {}, data: Dataset = dataset): DatedEvent[] {
  return data.events.filter((event) => matches(event, filter)).sort(compareEvents);
}

/** Groups timeline events under each key an event gives, keys in order of their first event. */
function groupTimeline<K>(
  filter: TimelineFilter,
  data: Dataset,
  keysOf: (event: DatedEvent) => readonly K[],
): Map<K, DatedEvent[]> {
  const groups = new Map<K, DatedEvent[]>();
  for (const event of timeline(filter, data)) {
    for (const key of keysOf(event)) {
      const group = groups.get(key);
      if (group) group.push(event);
      else groups.set(key, [event]);
    }
  }
  return groups;
}

/**
 * The filtered timeline grouped by partner; events without a partner are left
 * out. Partners appear in the order of their first event, each group in date order.
 *
 * @example
 * ```ts
 * eventsByPartner({ c5plus: true }).get('japan');
 * ```
 */
export function eventsByPartner(
  filter: TimelineFilter = {},
  data: Dataset = dataset,
): Map<PartnerId, DatedEvent[]> {
  return groupTimeline(filter, data, (event) => (event.partner ? [event.partner] : []));
}

/** The filtered timeline grouped by meeting level, levels in the order of their first event. */
export function eventsByLevel(
  filter: TimelineFilter = {},
  data: Dataset = dataset,
): Map<MeetingLevel, DatedEvent[]> {
  return groupTimeline(filter, data, (event) => [event.level]);
}

/** The filtered timeline grouped by the year of each event's `date`, years ascending. */
export function eventsByYear(
  filter: TimelineFilter = {},
  data: Dataset = dataset,
): Map<number, DatedEvent[]> {
  return groupTimeline(filter, data, (event) => [yearOf(event.date)]);
}

/**
 * The filtered timeline grouped by issue area. An event with several themes is
 * listed under each; one with none is left out.
 */
export function eventsByTheme(
  filter: TimelineFilter = {},
  data: Dataset = dataset,
): Map<ThemeId, DatedEvent[]> {
  return groupTimeline(filter, data, (event) => event.themes);
}

/**
 * The name a partner's format went by in a year: the latest of its
 * `formatNames` whose `since` is not after that year. A name without `since` is
 * the format's first name; of names with the same `since`, the one listed first
 * wins. Before any dated name applies, the first name listed is used.
 *
 * @example
 * ```ts
 * formatNameIn(getPartner('japan')!, 2025); // the name introduced at the 2025 summit
 * ```
 */
export function formatNameIn(partner: Partner, year: number): string {
  let chosen: { name: string; since: number } | undefined;
  for (const { name, since = Number.NEGATIVE_INFINITY } of partner.formatNames) {
    // Strictly later only: of two names with the same `since`, the one listed first stays.
    if (since <= year && (chosen === undefined || since > chosen.since)) chosen = { name, since };
  }
  return chosen?.name ?? partner.formatNames[0]?.name ?? partner.name.en;
}

/** A partner whose C5+ format exists in a given year, with the name it used then. */
export interface FormatInUse {
  /** The partner record. */
  readonly partner: Partner;
  /** The format's name in that year, see {@link formatNameIn}. */
  readonly name: string;
  /** The year the format began (the partner's `formatSince`). */
  readonly since: number;
}

/**
 * The C5+ formats that exist in a year: every partner whose `formatSince` is
 * that year or earlier, oldest format first (ties by partner id). A partner
 * without a `formatSince` is never listed, since the documents give no start.
 *
 * @example
 * ```ts
 * formatsActiveIn(2010).map((f) => f.name);
 * ```
 */
export function formatsActiveIn(year: number, data: Dataset = dataset): FormatInUse[] {
  const active: FormatInUse[] = [];
  for (const partner of data.partners) {
    const since = partner.formatSince;
    if (since !== undefined && since <= year)
      active.push({ partner, name: formatNameIn(partner, year), since });
  }
  return active.sort(
    (a, b) =>
      a.since - b.since || (a.partner.id < b.partner.id ? -1 : a.partner.id > b.partner.id ? 1 : 0),
  );
}

/** The figures the documents give about an event (those whose `event` is its id). */
export function figuresFor(eventId: string, data: Dataset = dataset): Figure[] {
  return data.figures.filter((figure) => figure.event === eventId);
}

/**
 * Every citation a record carries: its `sources`, then the citation of each
 * reading in its `discrepancies`, without repeats (same file and quote).
 *
 * @example
 * ```ts
 * for (const { source, quote } of citationsOf(getEvent('cajad-summit-2025')!)) {
 *   console.log(`${source}: "${quote}"`);
 * }
 * ```
 */
export function citationsOf(
  record: Cited & { readonly discrepancies?: readonly Discrepancy[] | undefined },
): Citation[] {
  const all = [
    ...record.sources,
    ...(record.discrepancies ?? []).flatMap((discrepancy) => discrepancy.readings),
  ];
  const seen = new Set<string>();
  const unique: Citation[] = [];
  for (const { source, quote, quoteRu, ruOrigin } of all) {
    const key = `${source}\u0000${quote}`;
    if (!seen.has(key)) {
      seen.add(key);
      // A translated quote keeps its translation and the mark that it is one.
      unique.push(quoteRu && ruOrigin ? { source, quote, quoteRu, ruOrigin } : { source, quote });
    }
  }
  return unique;
}
