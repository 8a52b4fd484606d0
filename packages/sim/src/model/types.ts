/**
 * The simulation's state and inputs. All of it is plain data — no classes, no
 * functions, no Maps — so it serializes, hashes and crosses a worker boundary
 * as it is.
 */
import type { PartnerId, StateId } from '@c5plus/core';

export type { PartnerId, StateId };

import type { Scenario } from './scenario';

/** The issue areas a state can engage a partner on. */
export type Issue =
  | 'connectivity'
  | 'customs'
  | 'water'
  | 'education'
  | 'health'
  | 'energy'
  | 'trade-investment'
  | 'security'
  | 'sanctions'
  | 'critical-minerals';

/** The indicators of a state, each 0–100. */
export type Indicator = 'prosperity' | 'security' | 'autonomy' | 'connectivity' | 'humanCapital';

/** How an engagement is conducted: with the five as a group, or one to one. */
export type EngagementFormat = 'c5plus' | 'bilateral';

/** Capital a state spends on one partner and issue in one turn. */
export interface Engagement {
  readonly partner: PartnerId;
  readonly issue: Issue;
  readonly format: EngagementFormat;
  /** Diplomatic capital spent, a positive whole number. */
  readonly points: number;
}

/** What one state does in one turn (one year). */
export interface Plan {
  /** The year the plan is for; when given, a plan for another year is refused. */
  readonly year?: number;
  readonly engagements: readonly Engagement[];
  /** Capital spent on regional consultation among the five (raises cohesion). */
  readonly consultation: number;
  /** The scheduled summits this state attends this year, by partner. */
  readonly summits: readonly PartnerId[];
}

/** Plans for some or all states, keyed by state id. */
export type Plans = Partial<Record<StateId, Plan>>;

/** One Central Asian state in the model. */
export interface StateModel {
  readonly id: StateId;
  readonly neutral: boolean;
  indicators: Record<Indicator, number>;
  /** Ties 0–100 toward each partner. */
  ties: Record<PartnerId, number>;
  /** Shares of economic exposure toward each partner; they sum to 1. */
  exposure: Record<PartnerId, number>;
  /** Diplomatic capital available each turn. */
  capital: number;
}

/** One external partner in the model. */
export interface PartnerModel {
  readonly id: PartnerId;
  /** Attention to Central Asia, 0–100. */
  attention: number;
  /** Attention the partner drifts back toward when nothing moves it. */
  baseline: number;
  /** What the partner can deliver per issue, 0–1. */
  capacity: Record<Issue, number>;
  /** Suspicion 0–100 of each state. */
  suspicion: Record<StateId, number>;
  /** The first year the partner meets the five as a group; null if never in this scenario. */
  formatSince: number | null;
  /** C5+ meetings this partner has held with the region in this game. */
  meetingsHeld: number;
  /** The year the partner last pressed each state; 0 if it has not in this game. */
  lastPressed: Record<StateId, number>;
}

/** Where an explained effect landed. */
export type EffectTarget =
  | { readonly kind: 'indicator'; readonly state: StateId; readonly indicator: Indicator }
  | { readonly kind: 'ties'; readonly state: StateId; readonly partner: PartnerId }
  | { readonly kind: 'exposure'; readonly state: StateId; readonly partner: PartnerId }
  | { readonly kind: 'attention'; readonly partner: PartnerId }
  | { readonly kind: 'suspicion'; readonly partner: PartnerId; readonly state: StateId }
  | { readonly kind: 'cohesion' };

/**
 * What moved a number, as a code plus the actors involved, so that any client
 * can phrase it in its own language (`describeCause` gives English).
 */
export type CauseCode =
  | 'c5-meeting'
  | 'c5-no-meeting'
  | 'summit'
  | 'bilateral-deal'
  | 'rival-engagement'
  | 'consultation'
  | 'cohesion-decay'
  | 'meeting-practice'
  | 'regional-engagement'
  | 'attention-reversion'
  | 'ties-decay'
  | 'suspicion-decay'
  | 'indicator-reversion'
  | 'pressure'
  | 'scripted-event'
  | 'random-event'
  | 'exposure-diversity'
  | 'autonomy-concentration'
  | 'autonomy-security'
  | 'autonomy-cohesion'
  | 'long-term-delivery'
  | 'deal-fading'
  | 'sanctions-regime'
  | 'exposure-rebalance';

/** The cause of an effect: a code and who or what was involved. */
export interface Cause {
  readonly code: CauseCode;
  readonly partner?: PartnerId;
  readonly state?: StateId;
  readonly issue?: Issue;
  /** The scripted event or card id, for event causes. */
  readonly event?: string;
}

/** Why a number moved. */
export interface Effect {
  readonly target: EffectTarget;
  readonly delta: number;
  readonly cause: Cause;
  /** A dataset reference (`collection/id`, e.g. `events/cajapan-fmm-6-2017`) behind the cause. */
  readonly citation?: string;
}

/** A C5+ meeting that convened (or failed to) this turn. */
export interface MeetingOutcome {
  readonly partner: PartnerId;
  readonly participants: readonly StateId[];
  readonly issues: readonly Issue[];
  readonly convened: boolean;
  /** Why it did not convene, if it did not. */
  readonly reason?: 'too-few-states' | 'low-attention' | 'no-format';
  /** The partner's attention when the meeting was called (compare `c5AttentionThreshold`). */
  readonly attention: number;
  readonly summit: boolean;
}

/** A historical or random event that happened this turn. */
export interface EventOutcome {
  readonly id: string;
  readonly title: string;
  readonly kind: 'scripted' | 'card' | 'pressure';
  readonly citation?: string;
}

/** What happened in the last turn, every change explained. */
export interface TurnReport {
  readonly year: number;
  readonly effects: readonly Effect[];
  readonly meetings: readonly MeetingOutcome[];
  readonly events: readonly EventOutcome[];
}

/** The indicators of every state and the region at the end of a turn, for charts. */
export interface Snapshot {
  readonly year: number;
  readonly cohesion: number;
  readonly states: Record<StateId, Record<Indicator, number>>;
  readonly attention: Record<PartnerId, number>;
}

/**
 * What a long-term partner still owes a state: programmes (ODA, JICA
 * projects, scholarships) that deliver over several years after the year
 * they were agreed.
 */
export interface PendingDelivery {
  readonly state: StateId;
  readonly partner: PartnerId;
  readonly issue: Issue;
  /** Indicator points, before diminishing returns, delivered in each remaining year (negative: a deal's gain fading). */
  readonly perYear: number;
  /** Years still to deliver, at least 1. */
  readonly yearsLeft: number;
}

/** Who decides a state's plan: a person, or a named strategy. */
export type Controller = 'human' | string;

/** A game in progress: everything needed to resume it exactly. */
export interface GameState {
  readonly schemaVersion: number;
  /** The scenario, carried along so that a saved game resumes without its file. */
  readonly scenario: Scenario;
  readonly seed: string;
  /** The year the next turn resolves. */
  year: number;
  /** Turns resolved so far. */
  turn: number;
  readonly startYear: number;
  readonly endYear: number;
  finished: boolean;
  /** The seeded generator's state (seedrandom's alea): the only source of chance. */
  rng: { c: number; s0: number; s1: number; s2: number };
  cohesion: number;
  states: Record<StateId, StateModel>;
  partners: Record<PartnerId, PartnerModel>;
  controllers: Record<StateId, Controller>;
  /** The scenario's random-event deck, shuffled at creation; `next` is the next card. */
  deck: { order: number[]; next: number };
  /** The plans of every state, turn by turn: replaying them reproduces the game. */
  log: { year: number; plans: Record<StateId, Plan> }[];
  history: Snapshot[];
  /** Deliveries still to come from long-term programmes, in the order they were agreed. */
  pending: PendingDelivery[];
}
