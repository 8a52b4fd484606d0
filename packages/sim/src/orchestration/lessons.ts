/**
 * What a played game shows of the model's three lessons, for one state, read
 * from its log, its turn reports and its final state: practical C5+ meetings
 * draw less suspicion than bilateral or charged deals; diversified ties keep
 * autonomy; the five together get more from their partners. Each finding
 * carries the figures a debrief states and the passage behind the lesson. A
 * client words them; nothing here is a new rule.
 */
import { PARTNER_IDS } from '@c5plus/core';
import { pressureEventId, type StateScore, stateScore } from '../kernel';
import type { GameState, PartnerId, StateId, TurnReport } from '../model';
import { isCharged, MECHANIC_CITATIONS } from '../model';
import { createGame } from './game';

/** How the game bears a lesson out: at work, in part, or by its cost. */
export type LessonVerdict = 'shown' | 'mixed' | 'missed';

/** The partner with the largest share of the state's economic exposure, and the share (as the scorecard has it). */
export type LargestShare = StateScore['topExposure'];

export interface PracticalFinding {
  readonly lesson: 'practical';
  readonly verdict: LessonVerdict;
  /** Engagement points spent over the game. */
  readonly points: number;
  /** Of them, in C5+ meetings on practical issues. */
  readonly practicalPoints: number;
  /** Pressure episodes the state met. */
  readonly pressured: number;
  /** Who pressed it, in partner order. */
  readonly pressers: readonly PartnerId[];
  /** The partner most suspicious of it at the end, and how much (as the scorecard has it). */
  readonly mostSuspicious: StateScore['maxSuspicion'];
  readonly citation: string;
}

export interface DiversifiedFinding {
  readonly lesson: 'diversified';
  readonly verdict: LessonVerdict;
  readonly largestAtStart: LargestShare;
  readonly largestAtEnd: LargestShare;
  readonly autonomyAtStart: number;
  readonly autonomyAtEnd: number;
  readonly citation: string;
}

export interface TogetherFinding {
  readonly lesson: 'together';
  readonly verdict: LessonVerdict;
  readonly turns: number;
  /** C5+ meetings (summits included) the state attended that convened. */
  readonly meetingsJoined: number;
  /** Indicator points the state gained from them, in the year of each meeting. */
  readonly meetingGain: number;
  /** Capital it spent on consultation among the five. */
  readonly consultation: number;
  readonly cohesionAtStart: number;
  readonly cohesionAtEnd: number;
  readonly citation: string;
}

export type LessonFinding = PracticalFinding | DiversifiedFinding | TogetherFinding;

/** Autonomy may dip this much (points) and still count as kept. */
const AUTONOMY_KEPT = 2;
/** A fall of more than this many points is the lesson's cost. */
const AUTONOMY_LOST = 5;
/** The largest partner's share may grow this much and still count as no more concentrated. */
const SHARE_KEPT = 0.02;

/**
 * The three findings for `state` in `game`, whose turns `reports` describes in
 * order (as `step` returned them; a resumed game replays its log to get them).
 */
export function lessonFindings(
  game: GameState,
  reports: readonly TurnReport[],
  state: StateId,
): [PracticalFinding, DiversifiedFinding, TogetherFinding] {
  return [
    practical(game, reports, state),
    diversified(game, state),
    together(game, reports, state),
  ];
}

function practical(
  game: GameState,
  reports: readonly TurnReport[],
  state: StateId,
): PracticalFinding {
  let points = 0;
  let practicalPoints = 0;
  for (const { plans } of game.log)
    for (const e of plans[state].engagements) {
      points += e.points;
      if (e.format === 'c5plus' && !isCharged(e.issue)) practicalPoints += e.points;
    }
  const pressers = new Set<PartnerId>();
  let pressured = 0;
  for (const r of reports)
    for (const e of r.events) {
      if (e.kind !== 'pressure') continue;
      const partner = PARTNER_IDS.find((p) => e.id === pressureEventId(p, state));
      if (!partner) continue;
      pressured++;
      pressers.add(partner);
    }
  // A state that engaged no one drew no suspicion, but shows nothing of the lesson either.
  const verdict: LessonVerdict =
    pressured > 0 ? 'missed' : points > 0 && 2 * practicalPoints >= points ? 'shown' : 'mixed';
  return {
    lesson: 'practical',
    verdict,
    points,
    practicalPoints,
    pressured,
    pressers: PARTNER_IDS.filter((p) => pressers.has(p)),
    mostSuspicious: stateScore(game, state).maxSuspicion,
    citation: MECHANIC_CITATIONS.practicalIssues,
  };
}

function diversified(game: GameState, state: StateId): DiversifiedFinding {
  // The starting exposure is the scenario's, as a new game of the same scenario and seed has it.
  const start = createGame({ scenario: game.scenario, seed: game.seed });
  const atStart = stateScore(start, state);
  const atEnd = stateScore(game, state);
  const largestAtStart = atStart.topExposure;
  const largestAtEnd = atEnd.topExposure;
  const autonomyAtStart = atStart.indicators.autonomy;
  const autonomyAtEnd = atEnd.indicators.autonomy;
  const kept =
    autonomyAtEnd >= autonomyAtStart - AUTONOMY_KEPT &&
    largestAtEnd.share <= largestAtStart.share + SHARE_KEPT;
  const verdict: LessonVerdict = kept
    ? 'shown'
    : autonomyAtEnd < autonomyAtStart - AUTONOMY_LOST
      ? 'missed'
      : 'mixed';
  return {
    lesson: 'diversified',
    verdict,
    largestAtStart,
    largestAtEnd,
    autonomyAtStart,
    autonomyAtEnd,
    citation: MECHANIC_CITATIONS.diversification,
  };
}

function together(
  game: GameState,
  reports: readonly TurnReport[],
  state: StateId,
): TogetherFinding {
  let meetingsJoined = 0;
  let meetingGain = 0;
  for (const r of reports) {
    for (const m of r.meetings) if (m.convened && m.participants.includes(state)) meetingsJoined++;
    for (const e of r.effects)
      if (
        e.target.kind === 'indicator' &&
        e.target.state === state &&
        (e.cause.code === 'c5-meeting' || e.cause.code === 'summit') &&
        e.delta > 0
      )
        meetingGain += e.delta;
  }
  let consultation = 0;
  for (const { plans } of game.log) consultation += plans[state].consultation;
  const turns = game.log.length;
  const verdict: LessonVerdict =
    meetingsJoined === 0
      ? 'missed'
      : meetingsJoined >= turns && consultation > 0
        ? 'shown'
        : 'mixed';
  return {
    lesson: 'together',
    verdict,
    turns,
    meetingsJoined,
    meetingGain,
    consultation,
    cohesionAtStart: game.history[0]?.cohesion ?? game.cohesion,
    cohesionAtEnd: game.cohesion,
    citation: MECHANIC_CITATIONS.c5Meeting,
  };
}
