/**
 * A small helper strategies share to assemble a plan within budget: every
 * addition is checked against what remains, and the result is always valid.
 */
import { PARTNER_IDS, STATE_IDS } from '@c5plus/core';
import {
  byIssue,
  decisionReasonsWanted,
  formatOpen,
  INDICATOR_ORDER,
  indicatorValues,
  issueAt,
  ofPartner,
  ofState,
  partnerIndex,
  partnerRecords,
  partnerValues,
  stateRecords,
  summitScheduled,
} from '../kernel';
import type {
  Engagement,
  EngagementFormat,
  GameState,
  Issue,
  PartnerId,
  PartnerModel,
  Plan,
  Reason,
  ReasonCode,
  StateId,
} from '../model';
import { CALIBRATION as C, ISSUE_YIELDS, ISSUES, isCharged, SECURITY_ALIGNMENT } from '../model';

/** What every strategy asks of a turn, computed once per game and turn. */
interface TurnView {
  readonly turn: number;
  readonly open: readonly PartnerId[];
  readonly summits: readonly PartnerId[];
  readonly regional: readonly PartnerId[];
  /** Each partner's attention, by partner index (`PARTNER_IDS` order). */
  readonly attention: readonly number[];
  /**
   * Each partner's capacities on the practical issues (`practicalIssues()`
   * order), by partner index: read on first use in the turn, as five states
   * ask about the same few partners.
   */
  readonly practicalCapacity: (readonly number[] | undefined)[];
}

/**
 * The view of the game strategies last asked about, checked by the game
 * object and its turn: a plain copy is mutated from turn to turn, but never
 * while strategies decide. One entry is enough, as the five states decide one
 * after the other on the same game, and it is much cheaper than a WeakMap
 * (a lookup per helper call, and weak keys that slow the garbage collector).
 */
let last: { readonly game: GameState; readonly view: TurnView } | undefined;

function viewOf(game: GameState): TurnView {
  if (last && last.game === game && last.view.turn === game.turn) return last.view;
  // The tables are read once, by name, into arrays indexed in PARTNER_IDS order
  // (see fixed-order.ts), with plain loops and no closures: this runs every turn.
  const partners = partnerRecords(game.partners);
  const attention: number[] = [];
  const open: number[] = [];
  const summits: number[] = [];
  for (let p = 0; p < partners.length; p++) {
    const partner = partners[p] as PartnerModel;
    attention.push(partner.attention);
    if (formatOpen(partner, game.year)) open.push(p);
    if (summitScheduled(game.scenario, game.year, partner.id)) summits.push(p);
  }
  sortDescending(open, attention);
  sortDescending(summits, attention);
  // The region's average exposure to each partner, added state by state in STATE_IDS order.
  const reliance = [0, 0, 0, 0, 0, 0, 0];
  const states = stateRecords(game.states);
  for (let i = 0; i < states.length; i++)
    addShares(reliance, (states[i] as (typeof states)[number]).exposure, STATE_IDS.length);
  const standing = [0, 0, 0, 0, 0, 0, 0];
  for (let k = 0; k < open.length; k++) {
    const p = open[k] as number;
    standing[p] = (attention[p] as number) * (1 - (reliance[p] as number));
  }
  const regional = open.slice();
  sortDescending(regional, standing);
  const view: TurnView = {
    turn: game.turn,
    open: partnerIdsAt(open),
    regional: partnerIdsAt(regional),
    summits: partnerIdsAt(summits),
    attention,
    practicalCapacity: [
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ],
  };
  last = { game, view };
  return view;
}

/** Adds each share of a per-partner table, divided by `parts`, to `sums` (in `PARTNER_IDS` order). */
function addShares(sums: number[], t: Readonly<Record<PartnerId, number>>, parts: number): void {
  sums[0] = (sums[0] as number) + t.japan / parts;
  sums[1] = (sums[1] as number) + t['south-korea'] / parts;
  sums[2] = (sums[2] as number) + t.usa / parts;
  sums[3] = (sums[3] as number) + t.china / parts;
  sums[4] = (sums[4] as number) + t.russia / parts;
  sums[5] = (sums[5] as number) + t.eu / parts;
  sums[6] = (sums[6] as number) + t.italy / parts;
}

/**
 * Sorts partner indices by a value, highest first, keeping the given order
 * among equals: the order a stable `sort((a, b) => value[b] - value[a])`
 * gives, without a closure (an insertion sort; the lists hold at most seven).
 */
function sortDescending(indices: number[], value: readonly number[]): void {
  for (let i = 1; i < indices.length; i++) {
    const held = indices[i] as number;
    let j = i - 1;
    while (j >= 0 && (value[held] as number) - (value[indices[j] as number] as number) > 0) {
      indices[j + 1] = indices[j] as number;
      j--;
    }
    indices[j + 1] = held;
  }
}

/** The partner ids at some indices of `PARTNER_IDS`. */
function partnerIdsAt(indices: readonly number[]): PartnerId[] {
  const ids: PartnerId[] = [];
  for (let k = 0; k < indices.length; k++) ids.push(PARTNER_IDS[indices[k] as number] as PartnerId);
  return ids;
}

/** Where each practical issue is in `ISSUES`, in `practicalIssues()` order. */
function practicalIssueIndices(): readonly number[] {
  practicalIndices ??= practicalIssues().map((issue) => ISSUES.indexOf(issue));
  return practicalIndices;
}
let practicalIndices: readonly number[] | undefined;

/** Partners whose C5+ format is open this year, most attentive first. */
export function openPartners(game: GameState): readonly PartnerId[] {
  return viewOf(game).open;
}

/** Partners with a summit scheduled this year, most attentive first. */
export function scheduledSummits(game: GameState): readonly PartnerId[] {
  return viewOf(game).summits;
}

/** The issue a partner can deliver most on, among those allowed. */
export function bestIssue(game: GameState, partner: PartnerId, among: readonly Issue[]): Issue {
  let best: Issue = among[0] ?? 'connectivity';
  let bestCapacity = -1;
  const capacities = ofPartner(game.partners, partner).capacity;
  for (const issue of among) {
    const capacity = byIssue(capacities, issue);
    if (capacity > bestCapacity) {
      best = issue;
      bestCapacity = capacity;
    }
  }
  return best;
}

/**
 * How much room each practical issue has to raise a state's indicators: the
 * weighted room left below 100 in the indicators it feeds (gains diminish
 * toward 100). In `practicalIssues()` order.
 */
export function practicalRoom(game: GameState, stateId: StateId): number[] {
  const level = indicatorValues(ofState(game.states, stateId).indicators);
  const { start, indicator, weight } = practicalYields();
  const room: number[] = [];
  for (let k = 0; k + 1 < start.length; k++) {
    let total = 0;
    const end = start[k + 1] as number;
    for (let j = start[k] as number; j < end; j++)
      total += (weight[j] as number) * (100 - (level[indicator[j] as number] as number));
    room.push(total);
  }
  return room;
}

/** The practical issue worth most with a partner: its capacity times the issue's room (`practicalRoom`). */
export function bestPracticalIssue(
  game: GameState,
  partner: PartnerId,
  room: readonly number[],
): Issue {
  const among = practicalIssues();
  const capacity = practicalCapacityOf(game, partner);
  let best = 0;
  let bestValue = -1;
  for (let i = 0; i < among.length; i++) {
    const worth = (capacity[i] as number) * (room[i] as number);
    if (worth > bestValue) {
      best = i;
      bestValue = worth;
    }
  }
  return among[best] ?? 'connectivity';
}

/** A partner's capacities on the practical issues, in `practicalIssues()` order, read once a turn. */
function practicalCapacityOf(game: GameState, partner: PartnerId): readonly number[] {
  const cache = viewOf(game).practicalCapacity;
  const at = partnerIndex(partner);
  const cached = cache[at];
  if (cached) return cached;
  // Read from the record through the switch by position (see by-key.ts), only for
  // the partners asked about: no table of every partner's capacities is copied.
  const capacity = ofPartner(game.partners, partner).capacity;
  const indices = practicalIssueIndices();
  const values: number[] = [];
  for (let i = 0; i < indices.length; i++) values.push(issueAt(capacity, indices[i] as number));
  cache[at] = values;
  return values;
}

/**
 * Open partners ranked for the whole region: attention discounted by the
 * region's average exposure. Every state computes the same list, so group
 * engagements meet at the same tables.
 */
export function regionalTargets(game: GameState): readonly PartnerId[] {
  return viewOf(game).regional;
}

/** The attentive partner (attention 30 or more) a state depends on least, if any. */
export function leastUsedPartner(game: GameState, stateId: StateId): PartnerId | undefined {
  const attention = viewOf(game).attention;
  const exposure = partnerValues(ofState(game.states, stateId).exposure);
  let best = -1;
  for (let p = 0; p < PARTNER_IDS.length; p++) {
    if ((attention[p] as number) < 30) continue;
    if (best < 0 || (exposure[p] as number) < (exposure[best] as number)) best = p;
  }
  return best < 0 ? undefined : PARTNER_IDS[best];
}

/** The practical (not charged) issues. */
export function practicalIssues(): readonly Issue[] {
  practical ??= ISSUES.filter((issue) => !isCharged(issue));
  return practical;
}
let practical: readonly Issue[] | undefined;

/**
 * What the practical issues yield (`ISSUE_YIELDS`), in flat arrays: the
 * `practicalIssues()`' k-th issue raises indicator `indicator[j]` (an index
 * in `INDICATOR_ORDER`) by weight `weight[j]` for j from `start[k]` to
 * `start[k + 1]`. Flat arrays of whole numbers and of weights, not pairs: the
 * strategies read them for every state each turn.
 */
interface PracticalYields {
  readonly start: readonly number[];
  readonly indicator: readonly number[];
  readonly weight: readonly number[];
}

function practicalYields(): PracticalYields {
  if (yieldsFlat) return yieldsFlat;
  const start: number[] = [0];
  const indicator: number[] = [];
  const weight: number[] = [];
  for (const issue of practicalIssues()) {
    for (const [raised, share] of ISSUE_YIELDS[issue]) {
      indicator.push(INDICATOR_ORDER.indexOf(raised));
      weight.push(share);
    }
    start.push(indicator.length);
  }
  yieldsFlat = { start, indicator, weight };
  return yieldsFlat;
}
let yieldsFlat: PracticalYields | undefined;

// The reasons of a plan decided without them (see `decidePlan`): one empty list for all.
const NO_REASONS: Reason[] = [];

/** Assembles a plan within a state's budget. */
export class PlanBuilder {
  private remaining: number;
  private readonly engagements: Engagement[] = [];
  private readonly summits: PartnerId[] = [];
  private consultation = 0;
  /**
   * Whether reasons are recorded: not when only the plan is kept
   * (`decidePlan`, every decision of a batch game), where building them was
   * the larger part of what a decision allocates. The plan is the same.
   */
  readonly explains = decisionReasonsWanted();
  readonly reasons: Reason[] = this.explains ? [] : NO_REASONS;

  constructor(
    private readonly game: GameState,
    private readonly stateId: StateId,
  ) {
    this.remaining = ofState(game.states, stateId).capital;
  }

  /** Points not yet spent. */
  get budget(): number {
    return this.remaining;
  }

  /** Spends up to `points` on regional consultation. */
  consult(points: number): this {
    const spend = Math.min(points, this.remaining);
    if (spend > 0) {
      this.consultation += spend;
      this.remaining -= spend;
      if (this.explains) this.reasons.push({ code: 'regional-consultation' });
    }
    return this;
  }

  /** Attends a scheduled summit if affordable. */
  attend(partner: PartnerId): this {
    if (
      this.remaining >= C.summitCost &&
      !this.summits.includes(partner) &&
      summitScheduled(this.game.scenario, this.game.year, partner)
    ) {
      this.summits.push(partner);
      this.remaining -= C.summitCost;
      if (this.explains) this.reasons.push({ code: 'attend-summit', partner });
    }
    return this;
  }

  /**
   * Engages a partner on an issue with up to `points`. A C5+ engagement with a
   * partner whose format is closed becomes bilateral; security alignment is
   * skipped for a neutral state.
   */
  engage(partner: PartnerId, issue: Issue, format: EngagementFormat, points: number): this {
    const spend = Math.min(Math.floor(points), this.remaining);
    if (spend <= 0) return this;
    if (issue === SECURITY_ALIGNMENT && ofState(this.game.states, this.stateId).neutral)
      return this;
    let chosen = format;
    if (
      format === 'c5plus' &&
      !formatOpen(ofPartner(this.game.partners, partner), this.game.year)
    ) {
      chosen = 'bilateral';
      if (this.explains) this.reasons.push({ code: 'format-closed-bilateral', partner });
    }
    const existing = this.indexOf(partner, issue, chosen);
    if (existing >= 0) {
      const e = this.engagements[existing] as Engagement;
      this.engagements[existing] = { ...e, points: e.points + spend };
    } else {
      this.engagements.push({ partner, issue, format: chosen, points: spend });
    }
    this.remaining -= spend;
    return this;
  }

  /** Where the plan already engages this partner on this issue in this format, or -1. */
  private indexOf(partner: PartnerId, issue: Issue, format: EngagementFormat): number {
    for (let i = 0; i < this.engagements.length; i++) {
      const e = this.engagements[i] as Engagement;
      if (e.partner === partner && e.issue === issue && e.format === format) return i;
    }
    return -1;
  }

  /** Adds a reason. */
  because(reason: Reason): this {
    if (this.explains) this.reasons.push(reason);
    return this;
  }

  /** Adds a reason about a partner and an issue, built only when reasons are recorded. */
  becauseOf(code: ReasonCode, partner: PartnerId, issue: Issue): this {
    if (this.explains) this.reasons.push({ code, partner, issue });
    return this;
  }

  /** The plan for this year. */
  build(): Plan {
    return {
      year: this.game.year,
      engagements: this.engagements,
      consultation: this.consultation,
      summits: this.summits,
    };
  }
}
