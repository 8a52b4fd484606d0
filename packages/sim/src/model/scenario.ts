/**
 * A scenario: the starting position, the scripted history, a deck of random
 * events and the objectives a class can discuss. Plain data, so a teacher can
 * write one as a JSON file (validated by `loadScenario`).
 */
import type { Indicator, Issue, PartnerId, Plan, StateId } from './types';

/** An indicator a scenario may set or move directly (autonomy is derived). */
export type BaseIndicator = Exclude<Indicator, 'autonomy'>;

/** Which states an effect applies to. `random` picks one state with the seeded generator. */
export type StateSelector = StateId | 'all' | 'random';

/** A change a scripted event or a card makes. */
export type ScenarioEffect =
  | {
      readonly kind: 'indicator';
      readonly state: StateSelector;
      readonly indicator: BaseIndicator;
      readonly delta: number;
    }
  | {
      readonly kind: 'ties';
      readonly state: StateSelector;
      readonly partner: PartnerId;
      readonly delta: number;
    }
  | {
      readonly kind: 'exposure';
      readonly state: StateSelector;
      readonly partner: PartnerId;
      readonly delta: number;
    }
  | {
      readonly kind: 'suspicion';
      readonly state: StateSelector;
      readonly partner: PartnerId;
      readonly delta: number;
    }
  | { readonly kind: 'attention'; readonly partner: PartnerId; readonly delta: number }
  /** Moves the level a partner's attention returns to: a lasting change of priorities. */
  | { readonly kind: 'baseline'; readonly partner: PartnerId; readonly delta: number }
  | {
      readonly kind: 'capacity';
      readonly partner: PartnerId;
      readonly issue: Issue;
      readonly delta: number;
    }
  | { readonly kind: 'cohesion'; readonly delta: number }
  /**
   * A partner's pledge of money, read from a `@c5plus/core` figure (yen or
   * dollars): it becomes deliveries on `issue` to every state over `years`,
   * in proportion to its size and to each state's ties with the partner.
   */
  | {
      readonly kind: 'pledge';
      readonly partner: PartnerId;
      readonly issue: Issue;
      /** The id of a currency figure in `@c5plus/core`'s `figures`. */
      readonly figure: string;
      readonly years: number;
    };

/** A historical event that happens in a given year. */
export interface ScriptedEvent {
  readonly id: string;
  readonly year: number;
  readonly title: string;
  /** A dataset reference, e.g. `events/cajapan-fmm-6-2017`. */
  readonly citation?: string;
  readonly effects: readonly ScenarioEffect[];
  /** A summit with this partner is scheduled this year; states may attend. */
  readonly summit?: PartnerId;
  /** This partner's C5+ format opens this year. */
  readonly opensFormat?: PartnerId;
  /** From this year on, the sanctioning partners (`SANCTIONING`) hold a sanctions regime against this partner. */
  readonly sanctions?: PartnerId;
}

/** A card of the random-event deck. */
export interface EventCard {
  readonly id: string;
  readonly title: string;
  readonly text: string;
  readonly effects: readonly ScenarioEffect[];
  /** For a historical card, a dataset reference. */
  readonly citation?: string;
}

/** Who an objective is measured over. */
export type ObjectiveScope = 'every' | 'average' | StateId;

/** A goal a class can discuss at the end. */
export type Objective =
  | {
      readonly id: string;
      readonly text: string;
      readonly kind: 'indicator';
      readonly indicator: Indicator;
      readonly scope: ObjectiveScope;
      readonly min: number;
    }
  | { readonly id: string; readonly text: string; readonly kind: 'cohesion'; readonly min: number }
  | {
      readonly id: string;
      readonly text: string;
      readonly kind: 'meetings';
      readonly partner: PartnerId;
      readonly min: number;
    }
  | { readonly id: string; readonly text: string; readonly kind: 'suspicion'; readonly max: number }
  | {
      readonly id: string;
      readonly text: string;
      readonly kind: 'exposure';
      readonly maxShare: number;
    };

/** A state's starting position. */
export interface InitialState {
  readonly indicators: Readonly<Record<BaseIndicator, number>>;
  readonly ties: Readonly<Partial<Record<PartnerId, number>>>;
  /** Relative weights; normalized to shares summing to 1 at creation. */
  readonly exposure: Readonly<Partial<Record<PartnerId, number>>>;
  readonly capital?: number;
}

/** A partner's starting position. */
export interface InitialPartner {
  readonly attention: number;
  /** The level attention returns to; defaults to `attention`. */
  readonly baseline?: number;
  readonly capacity: Readonly<Partial<Record<Issue, number>>>;
  readonly suspicion?: Readonly<Partial<Record<StateId, number>>>;
  /** The first year it meets the five as a group; null if not in this scenario's span. */
  readonly formatSince: number | null;
}

/** The record of what the states did, year by year, as the documents describe it. */
export interface HistoricalYear {
  readonly year: number;
  readonly plans: Readonly<Partial<Record<StateId, Plan>>>;
  /** Dataset references for what the plans stand for. */
  readonly citations: readonly string[];
}

/** A card's texts in another language. */
export interface CardTexts {
  readonly title: string;
  readonly text: string;
}

/**
 * A scenario's texts in one more language: what a player reads, keyed by the
 * ids they belong to. Any part may be missing; a reader then shows the
 * scenario's own text, in the scenario's own `language`.
 */
export interface ScenarioTexts {
  readonly title?: string;
  readonly summary?: string;
  /** The lessons, one for each of the scenario's, in the same order. */
  readonly lessons?: readonly string[];
  /** Objective texts, by objective id. */
  readonly objectives?: Readonly<Record<string, string>>;
  /**
   * Scripted event titles, by event id. An event that cites a dataset event
   * can leave it out: its title is the dataset's own (with `titleRu`).
   */
  readonly scripted?: Readonly<Record<string, string>>;
  /** Deck card titles and texts, by card id. */
  readonly deck?: Readonly<Record<string, CardTexts>>;
}

/** A playable scenario. */
export interface Scenario {
  readonly id: string;
  /**
   * The language its own texts are written in, as a language code (`en`,
   * `ru`); English when absent.
   */
  readonly language?: string;
  /** Its texts in other languages, by language code, e.g. `{ ru: { title, … } }`. */
  readonly translations?: Readonly<Record<string, ScenarioTexts>>;
  readonly title: string;
  readonly summary: string;
  readonly startYear: number;
  readonly endYear: number;
  /** Questions and ideas for the debrief. */
  readonly lessons: readonly string[];
  readonly initial: {
    readonly cohesion: number;
    readonly states: Readonly<Record<StateId, InitialState>>;
    readonly partners: Readonly<Record<PartnerId, InitialPartner>>;
  };
  readonly scripted: readonly ScriptedEvent[];
  readonly deck: readonly EventCard[];
  /** Chance (0–1) that a card is drawn in a turn. */
  readonly cardChance: number;
  readonly objectives: readonly Objective[];
  readonly historical: readonly HistoricalYear[];
}
