/**
 * The record types of the C5+ dataset. Every record is readonly data and carries
 * its citations: the words of a source document that support it.
 *
 * @packageDocumentation
 */

/** The file names of the five source documents, as they are cited. */
export const SOURCE_FILES = [
  '000_0a364ac0ce25e492.txt',
  '001_a2741695248c3d87.txt',
  '002_0ae9a733e2d797e1.txt',
  '003_dceb15af33b4a574.txt',
  '004_fc98498f9ba3ecfd.txt',
] as const;

/** A source document, named by its file name. */
export type SourceFile = (typeof SOURCE_FILES)[number];

/**
 * One citation: verbatim words (under 200 characters) from a source document.
 * A test checks that every quote occurs in its file exactly as written.
 */
export interface Citation {
  /** The file name of the source document. */
  readonly source: SourceFile;
  /** Verbatim words from that file, under 200 characters. */
  readonly quote: string;
}

/** A record that cites the documents it is drawn from. */
export interface Cited {
  /** At least one citation; several where documents agree or add detail. */
  readonly sources: readonly Citation[];
}

/**
 * Where the documents disagree or are vague about one field of a record, each
 * reading is kept beside the citation that gives it. Nothing is resolved by guess.
 */
export interface Discrepancy {
  /** The field or fact in question, e.g. `status` or `date`. */
  readonly about: string;
  /** What each document says, in the project's words, with its citation. */
  readonly readings: readonly (Citation & { readonly reading: string })[];
  /** Why the record's own value was chosen, if one reading was preferred. */
  readonly note?: string;
}

/** Ids of the five Central Asian states: ISO 3166-1 alpha-3. */
export const STATE_IDS = ['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB'] as const;
/** A Central Asian state id. */
export type StateId = (typeof STATE_IDS)[number];

/** Ids of the external partners that the documents name as holding a C5+ format. */
export const PARTNER_IDS = ['japan', 'south-korea', 'usa', 'china', 'russia', 'eu', 'italy'] as const;
/** An external partner id. */
export type PartnerId = (typeof PARTNER_IDS)[number];

/** Ids of the issue areas that meetings, initiatives and the model speak of. */
export const THEME_IDS = [
  'connectivity',
  'logistics',
  'customs',
  'energy',
  'decarbonization',
  'critical-minerals',
  'water',
  'education',
  'human-resources',
  'health',
  'agriculture',
  'tourism',
  'trade-investment',
  'infrastructure',
  'digital',
  'security',
  'sanctions',
  'governance',
  'culture',
  'disaster-resilience',
  'sustainable-development',
] as const;
/** An issue-area id. */
export type ThemeId = (typeof THEME_IDS)[number];

/**
 * A date exactly as precise as the documents give it: `YYYY`, `YYYY-MM` or
 * `YYYY-MM-DD`. Never more precise than the text.
 */
export type PartialDate = string;

/** A date range of years, inclusive; `end` is absent while ongoing or unstated. */
export interface YearSpan {
  readonly start: number;
  readonly end?: number;
}

/** A place named by the documents. */
export interface Place {
  readonly city?: string;
  /** A state id for the five, otherwise the country name in English. */
  readonly country: string;
}

/** One of the five Central Asian states. */
export interface State extends Cited {
  readonly id: StateId;
  readonly name: { readonly en: string; readonly ru: string };
  readonly capital: { readonly en: string; readonly ru: string };
  /** Internationally recognized neutrality (Turkmenistan). */
  readonly neutral: boolean;
  /** What the documents say of this state, in the project's words. */
  readonly notes: readonly string[];
}

/** A name a format was known by, and from when. */
export interface FormatName {
  readonly name: string;
  /** The year from which this name is used, if the documents say. */
  readonly since?: number;
}

/** An external partner and its C5+ format. */
export interface Partner extends Cited {
  readonly id: PartnerId;
  readonly name: { readonly en: string; readonly ru: string };
  /** The format's names over time, e.g. "Central Asia plus Japan" Dialogue, later CA+JAD. */
  readonly formatNames: readonly FormatName[];
  /** The year the partner's C5+ format began, as the documents give it. */
  readonly formatSince?: number;
  /** The characteristic approach as the documents describe it, in the project's words. */
  readonly approach: string;
  /** Issue areas the partner is said to favour. */
  readonly themes: readonly ThemeId[];
  readonly discrepancies?: readonly Discrepancy[];
}

/** The kind of a dated event. */
export type EventKind =
  | 'meeting'
  | 'summit'
  | 'visit'
  | 'agreement'
  | 'policy'
  | 'war'
  | 'leadership-change'
  | 'project'
  | 'disaster'
  | 'anniversary';

/** The level at which a meeting is held. */
export type MeetingLevel =
  | 'heads-of-state'
  | 'foreign-ministers'
  | 'ministers'
  | 'senior-officials'
  | 'experts'
  | 'business'
  | 'public'
  | 'government'
  | 'none';

/** Whether an event took place. */
export type EventStatus = 'held' | 'postponed' | 'cancelled' | 'planned';

/** A dated meeting, summit, policy shift, war or other event. */
export interface DatedEvent extends Cited {
  readonly id: string;
  /** A short title in the project's words. */
  readonly title: string;
  readonly date: PartialDate;
  /** The last date of an event that spans a period (e.g. a downturn), if any. */
  readonly endDate?: PartialDate;
  readonly kind: EventKind;
  /** The partner whose C5+ format or policy this is, if any. */
  readonly partner?: PartnerId;
  /** True for a meeting of the five with the partner as a group (a C5+ meeting). */
  readonly c5plus: boolean;
  readonly level: MeetingLevel;
  /** The ordinal the documents give, e.g. 6 for the 6th Foreign Ministers' Meeting. */
  readonly ordinal?: number;
  readonly place?: Place;
  readonly status: EventStatus;
  /** Why it was postponed, cancelled or changed, where given. */
  readonly statusReason?: string;
  /** What came of it, in the project's words. */
  readonly outcomes: readonly string[];
  readonly themes: readonly ThemeId[];
  /** Ids of people involved. */
  readonly people?: readonly string[];
  readonly discrepancies?: readonly Discrepancy[];
}

/** What a figure measures. */
export type FigureUnit =
  | 'currency'
  | 'count'
  | 'ratio'
  | 'people'
  | 'years'
  | 'aircraft'
  | 'documents'
  | 'groups'
  | 'meetings';

/** A number that the documents give. */
export interface Figure extends Cited {
  readonly id: string;
  /** What the number is, in the project's words. */
  readonly label: string;
  /** The value; for a range, the lower bound (see `valueMax`). */
  readonly value: number;
  /** The upper bound of a range ("six to nine times"), if a range. */
  readonly valueMax?: number;
  readonly unit: FigureUnit;
  /** ISO 4217 currency code when `unit` is `currency`. */
  readonly currency?: 'JPY' | 'USD';
  /** "up to", "approximately", "more than": how the text qualifies the number. */
  readonly qualifier?: 'exact' | 'up-to' | 'approximately' | 'more-than' | 'reportedly';
  readonly event?: string;
  readonly partner?: PartnerId;
  readonly state?: StateId;
  readonly year?: number;
}

/** A phase of the "Central Asia plus Japan" mechanism. */
export interface Phase extends Cited {
  readonly id: string;
  readonly ordinal: number;
  readonly name: string;
  readonly years: YearSpan;
  readonly partner: PartnerId;
  readonly summary: string;
  readonly discrepancies?: readonly Discrepancy[];
}

/** A principle: of a format, or of minilateralism as the documents argue it. */
export interface Principle extends Cited {
  readonly id: string;
  readonly name: string;
  readonly summary: string;
  readonly partner?: PartnerId;
  readonly event?: string;
}

/** A priority area named by a meeting or a partner. */
export interface Priority extends Cited {
  readonly id: string;
  readonly name: string;
  readonly partner?: PartnerId;
  readonly event?: string;
  readonly themes: readonly ThemeId[];
}

/** A named diplomatic initiative or strategic concept (e.g. Silk Road Diplomacy). */
export interface Initiative extends Cited {
  readonly id: string;
  readonly name: string;
  readonly year?: number;
  readonly partner?: PartnerId;
  readonly people?: readonly string[];
  readonly summary: string;
  readonly themes: readonly ThemeId[];
}

/** An instrument of cooperation: ODA, an agency, a credit mechanism, a scholarship. */
export interface Instrument extends Cited {
  readonly id: string;
  readonly name: string;
  readonly partner?: PartnerId;
  readonly kind: 'aid' | 'agency' | 'finance' | 'scholarship' | 'programme' | 'agreement' | 'company';
  readonly summary: string;
  readonly themes: readonly ThemeId[];
}

/** A person the documents name, with the role they give. */
export interface Person extends Cited {
  readonly id: string;
  readonly name: string;
  readonly role: string;
  readonly country?: string;
}

/** A transport route or corridor. */
export interface Route extends Cited {
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly summary: string;
  /** Whether the route bypasses Russia, as the documents describe it. */
  readonly bypassesRussia?: boolean;
  readonly partners: readonly PartnerId[];
}

/** An issue area, with what the documents say of it. */
export interface Theme extends Cited {
  readonly id: ThemeId;
  readonly name: string;
  /**
   * Practical issues draw little rival suspicion; charged ones (security
   * alignment, sanctions, critical-minerals deals) draw more. The documents
   * contrast "practical cooperation" with "politically charged commitments".
   */
  readonly charge: 'practical' | 'charged';
  readonly summary: string;
}

/** One of the source documents, with what it gives of itself. */
export interface SourceDocument {
  readonly id: SourceFile;
  readonly title: string;
  /** Authors as given; empty when the document names none. */
  readonly authors: readonly string[];
  readonly outlet?: string;
  /** The date as the document gives it, verbatim; absent when it gives none. */
  readonly dateAsGiven?: string;
  readonly language: string;
  /** Where the text itself shows its title, author or outlet. */
  readonly sources: readonly Citation[];
}

/** The whole dataset: one readonly array per collection. */
export interface Dataset {
  readonly states: readonly State[];
  readonly partners: readonly Partner[];
  readonly events: readonly DatedEvent[];
  readonly figures: readonly Figure[];
  readonly phases: readonly Phase[];
  readonly principles: readonly Principle[];
  readonly priorities: readonly Priority[];
  readonly initiatives: readonly Initiative[];
  readonly instruments: readonly Instrument[];
  readonly people: readonly Person[];
  readonly routes: readonly Route[];
  readonly themes: readonly Theme[];
  readonly sources: readonly SourceDocument[];
}
