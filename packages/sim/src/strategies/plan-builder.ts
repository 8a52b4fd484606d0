/**
 * A small helper strategies share to assemble a plan within budget: every
 * addition is checked against what remains, and the result is always valid.
 */
import { PARTNER_IDS, STATE_IDS } from '@c5plus/core';
import { formatOpen, summitScheduled } from '../kernel';
import type {
  Engagement,
  EngagementFormat,
  GameState,
  Issue,
  PartnerId,
  Plan,
  Reason,
  StateId,
} from '../model';
import { CALIBRATION as C, ISSUE_YIELDS, ISSUES, isCharged, SECURITY_ALIGNMENT } from '../model';

/** What every strategy asks of a turn, computed once per game and turn. */
interface TurnView {
  readonly turn: number;
  readonly open: readonly PartnerId[];
  readonly summits: readonly PartnerId[];
  readonly regional: readonly PartnerId[];
}

// Keyed by the game object and checked against its turn: a plain copy is
// mutated from turn to turn, but never while strategies decide.
const views = new WeakMap<GameState, TurnView>();

function viewOf(game: GameState): TurnView {
  const cached = views.get(game);
  if (cached && cached.turn === game.turn) return cached;
  const byAttention = (a: PartnerId, b: PartnerId) =>
    game.partners[b].attention - game.partners[a].attention;
  const open = PARTNER_IDS.filter((p) => formatOpen(game.partners[p], game.year)).sort(byAttention);
  const standing = {} as Record<PartnerId, number>;
  for (const p of open) {
    let reliance = 0;
    for (const id of STATE_IDS) reliance += game.states[id].exposure[p] / STATE_IDS.length;
    standing[p] = game.partners[p].attention * (1 - reliance);
  }
  const view: TurnView = {
    turn: game.turn,
    open,
    regional: [...open].sort((a, b) => standing[b] - standing[a]),
    summits: PARTNER_IDS.filter((p) => summitScheduled(game.scenario, game.year, p)).sort(
      byAttention,
    ),
  };
  views.set(game, view);
  return view;
}

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
  const capacities = game.partners[partner].capacity;
  for (const issue of among) {
    const capacity = capacities[issue];
    if (capacity > bestCapacity) {
      best = issue;
      bestCapacity = capacity;
    }
  }
  return best;
}

/**
 * How much room each issue of `among` has to raise a state's indicators: the
 * weighted room left below 100 in the indicators it feeds (gains diminish
 * toward 100). In the order of `among`.
 */
export function roomByIssue(game: GameState, stateId: StateId, among: readonly Issue[]): number[] {
  const indicators = game.states[stateId].indicators;
  return among.map((issue) => {
    const yields = ISSUE_YIELDS[issue];
    let total = 0;
    for (let i = 0; i < yields.length; i++) {
      const [indicator, weight] = yields[i] as (typeof yields)[number];
      total += weight * (100 - indicators[indicator]);
    }
    return total;
  });
}

/** The issue of `among` worth most with a partner: its capacity times the issue's room. */
export function bestIssueFor(
  game: GameState,
  partner: PartnerId,
  among: readonly Issue[],
  room: readonly number[],
): Issue {
  const capacities = game.partners[partner].capacity;
  let best = 0;
  let bestValue = -1;
  for (let i = 0; i < among.length; i++) {
    const worth = capacities[among[i] as Issue] * (room[i] as number);
    if (worth > bestValue) {
      best = i;
      bestValue = worth;
    }
  }
  return among[best] ?? 'connectivity';
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
  const exposure = game.states[stateId].exposure;
  let best: PartnerId | undefined;
  for (const p of PARTNER_IDS) {
    if (game.partners[p].attention < 30) continue;
    if (best === undefined || exposure[p] < exposure[best]) best = p;
  }
  return best;
}

/** The practical (not charged) issues. */
export function practicalIssues(): readonly Issue[] {
  practical ??= ISSUES.filter((issue) => !isCharged(issue));
  return practical;
}
let practical: readonly Issue[] | undefined;

/** Assembles a plan within a state's budget. */
export class PlanBuilder {
  private remaining: number;
  private readonly engagements: Engagement[] = [];
  private readonly summits: PartnerId[] = [];
  private consultation = 0;
  readonly reasons: Reason[] = [];

  constructor(
    private readonly game: GameState,
    private readonly stateId: StateId,
  ) {
    this.remaining = game.states[stateId].capital;
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
      this.reasons.push({ code: 'regional-consultation' });
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
      this.reasons.push({ code: 'attend-summit', partner });
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
    if (issue === SECURITY_ALIGNMENT && this.game.states[this.stateId].neutral) return this;
    let chosen = format;
    if (format === 'c5plus' && !formatOpen(this.game.partners[partner], this.game.year)) {
      chosen = 'bilateral';
      this.reasons.push({ code: 'format-closed-bilateral', partner });
    }
    const existing = this.engagements.findIndex(
      (e) => e.partner === partner && e.issue === issue && e.format === chosen,
    );
    if (existing >= 0) {
      const e = this.engagements[existing] as Engagement;
      this.engagements[existing] = { ...e, points: e.points + spend };
    } else {
      this.engagements.push({ partner, issue, format: chosen, points: spend });
    }
    this.remaining -= spend;
    return this;
  }

  /** Adds a reason. */
  because(reason: Reason): this {
    this.reasons.push(reason);
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
