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
  /**
   * The quote in Russian: the project's translation of `quote`, never the
   * document's own words. Present on the citations the game shows (each
   * event's first, every argument's, each phase's first).
   */
  readonly quoteRu?: string;
  /** Where `quoteRu` comes from; present exactly when `quoteRu` is. */
  readonly ruOrigin?: RussianOrigin;
}

/** A record that cites the documents it is drawn from. */
export interface Cited {
  /** At least one citation; several where documents agree or add detail. */
  readonly sources: readonly Citation[];
}

/** One document's reading of a disputed fact, with the citation that gives it. */
export interface Reading extends Citation {
  /** What this document says, in the project's words. */
  readonly reading: string;
}

/**
 * Where the documents disagree or are vague about one field of a record, each
 * reading is kept beside the citation that gives it. Nothing is resolved by guess.
 */
export interface Discrepancy {
  /** The field or fact in question, e.g. `status` or `date`. */
  readonly about: string;
  /** What each document says, in the project's words, with its citation. */
  readonly readings: readonly Reading[];
  /** Why the record's own value was chosen, if one reading was preferred. */
  readonly note?: string;
}

/** Ids of the five Central Asian states: ISO 3166-1 alpha-3. */
export const STATE_IDS = ['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB'] as const;
/** A Central Asian state id. */
export type StateId = (typeof STATE_IDS)[number];

/** Ids of the external partners that the documents name as holding a C5+ format. */
export const PARTNER_IDS = [
  'japan',
  'south-korea',
  'usa',
  'china',
  'russia',
  'eu',
  'italy',
] as const;
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
  /** The first year. */
  readonly start: number;
  /** The last year, inclusive; absent while ongoing or unstated. */
  readonly end?: number;
}

/**
 * Where a record's Russian text comes from. The documents are in English (001
 * adds a Russian abstract that names no capital, partner, place or event), so
 * every Russian text is `translation`: the project's own, not a quotation.
 */
export type RussianOrigin = 'translation';

/** A name in English and in Russian, the two languages of the product. */
export interface Bilingual {
  /** English, as the records give it. */
  readonly en: string;
  /** Russian. */
  readonly ru: string;
  /** Where `ru` comes from: the project's translation, not the documents. */
  readonly ruOrigin: RussianOrigin;
}

/** A place named by the documents, with its Russian name. */
export interface Place {
  /** The city, if the documents name one. */
  readonly city?: string;
  /** The city in Russian; present exactly when `city` is. */
  readonly cityRu?: string;
  /** A state id for the five, otherwise the country name in English. */
  readonly country: string;
  /** The country's name in Russian (for a state, its `name.ru`). */
  readonly countryRu: string;
  /** Where `cityRu` and `countryRu` come from: the project's translation. */
  readonly ruOrigin: RussianOrigin;
}

/** A part of a partial date. */
export type DatePart = 'year' | 'month' | 'day';

/**
 * Parts of an event's `date` that no document prints, worked out from the
 * context (e.g. a visit "immediately after" a dated summit takes its month).
 */
export interface DateInference {
  /** The parts of `date` that are inferred; the other parts are printed. */
  readonly parts: readonly DatePart[];
  /** How they were inferred, in the project's words. */
  readonly basis: string;
  /** Ids of the events whose printed dates the inference rests on, if any. */
  readonly events?: readonly string[];
}

/** One of the five Central Asian states. */
export interface State extends Cited {
  /** ISO 3166-1 alpha-3 code, e.g. `KAZ`. */
  readonly id: StateId;
  /** The state's name in English and Russian. */
  readonly name: Bilingual;
  /** The capital's name in English and Russian. */
  readonly capital: Bilingual;
  /** Internationally recognized neutrality (Turkmenistan). */
  readonly neutral: boolean;
  /** What the documents say of this state, in the project's words. */
  readonly notes: readonly string[];
  /** One or two sentences drawn from `notes`, for a player choosing a state. */
  readonly profile: Bilingual;
}

/** A name a format was known by, and from when. */
export interface FormatName {
  /** The name as the documents write it. */
  readonly name: string;
  /** The year from which this name is used, if the documents say. */
  readonly since?: number;
}

/** An external partner and its C5+ format. */
export interface Partner extends Cited {
  /** A kebab-case id, e.g. `japan` or `south-korea`. */
  readonly id: PartnerId;
  /** The partner's name in English and Russian. */
  readonly name: Bilingual;
  /** The format's names over time, e.g. "Central Asia plus Japan" Dialogue, later CA+JAD. */
  readonly formatNames: readonly FormatName[];
  /** The year the partner's C5+ format began, as the documents give it. */
  readonly formatSince?: number;
  /** The characteristic approach as the documents describe it, in the project's words. */
  readonly approach: string;
  /** Issue areas the partner is said to favour. */
  readonly themes: readonly ThemeId[];
  /** Where the documents disagree about this partner's format, e.g. its start year. */
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
  /** A unique kebab-case id, e.g. `cajad-summit-2025`. */
  readonly id: string;
  /** A short title in the project's words. */
  readonly title: string;
  /** The title in Russian. */
  readonly titleRu: string;
  /** Where `titleRu` comes from: the project's translation, not the documents. */
  readonly ruOrigin: RussianOrigin;
  /** When it happened (or began), as precisely as the documents say. */
  readonly date: PartialDate;
  /** Set when a part of `date` is inferred rather than printed: which part, and how. */
  readonly dateInference?: DateInference;
  /** The last date of an event that spans a period (e.g. a downturn), if any. */
  readonly endDate?: PartialDate;
  /** What sort of event it is. */
  readonly kind: EventKind;
  /** The partner whose C5+ format or policy this is, if any. */
  readonly partner?: PartnerId;
  /** True for a meeting of the five with the partner as a group (a C5+ meeting). */
  readonly c5plus: boolean;
  /** Who met; `none` for events that are not meetings. */
  readonly level: MeetingLevel;
  /** The ordinal the documents give, e.g. 6 for the 6th Foreign Ministers' Meeting. */
  readonly ordinal?: number;
  /** Where it was held, if the documents say. */
  readonly place?: Place;
  /** Whether it was held, postponed, cancelled or is planned. */
  readonly status: EventStatus;
  /** Why it was postponed, cancelled or changed, where given. */
  readonly statusReason?: string;
  /** What came of it, in the project's words. */
  readonly outcomes: readonly string[];
  /** Issue areas it dealt with. */
  readonly themes: readonly ThemeId[];
  /** Ids of people involved. */
  readonly people?: readonly string[];
  /** Where the documents disagree about it, e.g. its date or status. */
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
  /** A unique kebab-case id. */
  readonly id: string;
  /** What the number is, in the project's words. */
  readonly label: string;
  /** The value; for a range, the lower bound (see `valueMax`). */
  readonly value: number;
  /** The upper bound of a range ("six to nine times"), if a range. */
  readonly valueMax?: number;
  /** What the number counts or measures. */
  readonly unit: FigureUnit;
  /** ISO 4217 currency code when `unit` is `currency`. */
  readonly currency?: 'JPY' | 'USD';
  /** "up to", "approximately", "more than": how the text qualifies the number. */
  readonly qualifier?: 'exact' | 'up-to' | 'approximately' | 'more-than' | 'reportedly';
  /** The id of the event the figure belongs to, if any. */
  readonly event?: string;
  /** The partner the figure concerns, if any. */
  readonly partner?: PartnerId;
  /** The Central Asian state the figure concerns, if any. */
  readonly state?: StateId;
  /** The year the figure refers to, if the documents say. */
  readonly year?: number;
}

/** A phase of the "Central Asia plus Japan" mechanism. */
export interface Phase extends Cited {
  /** A unique kebab-case id. */
  readonly id: string;
  /** Its place in the sequence of phases, from 1. */
  readonly ordinal: number;
  /** The phase's name in the project's words. */
  readonly name: string;
  /** The name in Russian. */
  readonly nameRu: string;
  /** The years it spans. */
  readonly years: YearSpan;
  /** The partner whose format this phase belongs to. */
  readonly partner: PartnerId;
  /** What marked the phase, in the project's words. */
  readonly summary: string;
  /** The summary in Russian. */
  readonly summaryRu: string;
  /** Where `nameRu` and `summaryRu` come from: the project's translation. */
  readonly ruOrigin: RussianOrigin;
  /** Where the documents disagree about it, e.g. its years. */
  readonly discrepancies?: readonly Discrepancy[];
}

/** A principle: of a format, or of minilateralism as the documents argue it. */
export interface Principle extends Cited {
  /** A unique kebab-case id. */
  readonly id: string;
  /** A short name in the project's words. */
  readonly name: string;
  /** What the principle says, in the project's words. */
  readonly summary: string;
  /** The partner whose format holds the principle, if it is one format's. */
  readonly partner?: PartnerId;
  /** The id of the event that set it out, if any. */
  readonly event?: string;
}

/** A priority area named by a meeting or a partner. */
export interface Priority extends Cited {
  /** A unique kebab-case id. */
  readonly id: string;
  /** A short name in the project's words. */
  readonly name: string;
  /** The partner that named it, if any. */
  readonly partner?: PartnerId;
  /** The id of the meeting that named it, if any. */
  readonly event?: string;
  /** Issue areas it belongs to. */
  readonly themes: readonly ThemeId[];
}

/** A named diplomatic initiative or strategic concept (e.g. Silk Road Diplomacy). */
export interface Initiative extends Cited {
  /** A unique kebab-case id. */
  readonly id: string;
  /** The initiative's name as the documents give it. */
  readonly name: string;
  /** The year it was launched, if the documents say. */
  readonly year?: number;
  /** The partner that launched it, if any. */
  readonly partner?: PartnerId;
  /** Ids of the people who launched or led it. */
  readonly people?: readonly string[];
  /** What it set out to do, in the project's words. */
  readonly summary: string;
  /** Issue areas it covers. */
  readonly themes: readonly ThemeId[];
}

/** An instrument of cooperation: ODA, an agency, a credit mechanism, a scholarship. */
export interface Instrument extends Cited {
  /** A unique kebab-case id. */
  readonly id: string;
  /** The instrument's name as the documents give it. */
  readonly name: string;
  /** The partner that provides it, if any. */
  readonly partner?: PartnerId;
  /** What sort of instrument it is. */
  readonly kind:
    | 'aid'
    | 'agency'
    | 'finance'
    | 'scholarship'
    | 'programme'
    | 'agreement'
    | 'company';
  /** What it does, in the project's words. */
  readonly summary: string;
  /** Issue areas it serves. */
  readonly themes: readonly ThemeId[];
}

/** A person the documents name, with the role they give. */
export interface Person extends Cited {
  /** A unique kebab-case id, usually the name, e.g. `yoriko-kawaguchi`. */
  readonly id: string;
  /** The name as the documents write it, in English. */
  readonly name: string;
  /** The name in Russian, in the usual Russian spelling. */
  readonly nameRu: string;
  /** Where `nameRu` comes from: the project's translation, not the documents. */
  readonly ruOrigin: RussianOrigin;
  /** The office or role the documents give, at the time they speak of. */
  readonly role: string;
  /** The country the person serves, if the documents say. */
  readonly country?: string;
}

/** A transport route or corridor. */
export interface Route extends Cited {
  /** A unique kebab-case id. */
  readonly id: string;
  /** The route's usual name. */
  readonly name: string;
  /** Other names the documents use for it. */
  readonly aliases: readonly string[];
  /** Where it runs and why it matters, in the project's words. */
  readonly summary: string;
  /** Whether the route bypasses Russia, as the documents describe it. */
  readonly bypassesRussia?: boolean;
  /** Partners that back or use the route. */
  readonly partners: readonly PartnerId[];
}

/** An issue area, with what the documents say of it. */
export interface Theme extends Cited {
  /** The theme id, e.g. `connectivity`. */
  readonly id: ThemeId;
  /** A readable name. */
  readonly name: string;
  /**
   * Practical issues draw little rival suspicion; charged ones (security
   * alignment, sanctions, critical-minerals deals) draw more. The documents
   * contrast "practical cooperation" with "politically charged commitments".
   */
  readonly charge: 'practical' | 'charged';
  /** What the documents say of this issue area, in the project's words. */
  readonly summary: string;
}

/** The kinds of argument: what an argument says of the C5+ relations it concerns. */
export const ARGUMENT_KINDS = ['challenge', 'benefit', 'explanation'] as const;
/**
 * `challenge`: an obstacle or risk; `benefit`: a gain or an opportunity;
 * `explanation`: why something happened or is as it is.
 */
export type ArgumentKind = (typeof ARGUMENT_KINDS)[number];

/**
 * A position argued in a document: who argues it, the claim in the project's
 * words, and the words that argue it. For discussion of what the format
 * achieves, what holds it back and why.
 */
export interface Argument extends Cited {
  /** A unique kebab-case id. */
  readonly id: string;
  /** The document that makes or reports the argument; every citation is from it. */
  readonly document: SourceFile;
  /**
   * The id of the person who argues it (in `people`): the author, or someone
   * the document quotes. Absent only when the document's author is unnamed (003).
   */
  readonly arguedBy?: string;
  /** The claim, in the project's words. */
  readonly claim: string;
  /** The claim in Russian. */
  readonly claimRu: string;
  /** Where `claimRu` comes from: the project's translation, not the documents. */
  readonly ruOrigin: RussianOrigin;
  /** Whether it names a challenge, a benefit or an explanation. */
  readonly kind: ArgumentKind;
  /** Issue areas it concerns; empty when it concerns the format as a whole. */
  readonly themes: readonly ThemeId[];
  /** The partners whose relations with the region it concerns; empty when it concerns the C5+ format with any partner. */
  readonly partners: readonly PartnerId[];
}

/** One of the source documents, with what it gives of itself. */
export interface SourceDocument {
  /** The document's file name, as citations give it. */
  readonly id: SourceFile;
  /** The title as the document gives it. */
  readonly title: string;
  /** Authors as given; empty when the document names none. */
  readonly authors: readonly string[];
  /** Where it was published, if the document says. */
  readonly outlet?: string;
  /** The date as the document gives it, verbatim; absent when it gives none. */
  readonly dateAsGiven?: string;
  /** The language of the text as a short note, e.g. `en`, or `en (translated from Japanese)`. */
  readonly language: string;
  /** Where the text itself shows its title, author or outlet. */
  readonly sources: readonly Citation[];
}

/** The whole dataset: one readonly array per collection. */
export interface Dataset {
  /** The five Central Asian states. */
  readonly states: readonly State[];
  /** The external partners and their C5+ formats. */
  readonly partners: readonly Partner[];
  /** Dated meetings, summits, visits, agreements, policies, wars and more. */
  readonly events: readonly DatedEvent[];
  /** Numbers the documents give. */
  readonly figures: readonly Figure[];
  /** Phases of the "Central Asia plus Japan" mechanism. */
  readonly phases: readonly Phase[];
  /** Principles of the formats and of minilateralism. */
  readonly principles: readonly Principle[];
  /** Priority areas named by meetings and partners. */
  readonly priorities: readonly Priority[];
  /** Named diplomatic initiatives and strategic concepts. */
  readonly initiatives: readonly Initiative[];
  /** Instruments of cooperation: aid, agencies, finance, scholarships. */
  readonly instruments: readonly Instrument[];
  /** People the documents name. */
  readonly people: readonly Person[];
  /** Transport routes and corridors. */
  readonly routes: readonly Route[];
  /** Issue areas. */
  readonly themes: readonly Theme[];
  /** Positions the documents argue: challenges, benefits and explanations. */
  readonly arguments: readonly Argument[];
  /** The source documents themselves. */
  readonly sources: readonly SourceDocument[];
}
