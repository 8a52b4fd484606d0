/**
 * Engagements: C5+ engagements with one partner pool into a meeting when
 * enough states join and the partner's attention suffices; bilateral deals are
 * larger but concentrate exposure and draw more rival suspicion.
 */
import { PARTNER_IDS, STATE_IDS } from '@c5plus/core';
import { CALIBRATION as C, ISSUE_YIELDS, RESENTED_BY } from '../../model/calibration';
import { MECHANIC_CITATIONS as CITE } from '../../model/citations';
import { isCharged } from '../../model/issues';
import type { Scenario } from '../../model/scenario';
import type {
  Engagement,
  GameState,
  Issue,
  PartnerId,
  PartnerModel,
  Plan,
  StateId,
  StateModel,
} from '../../model/types';
import {
  adjustAttention,
  adjustCohesion,
  adjustIndicator,
  adjustSuspicion,
  adjustTies,
  shiftExposure,
} from '../adjust';
import { cause, type TurnContext } from '../context';

/** Whether a summit with a partner is scheduled in the state's current year. */
export function summitScheduled(scenario: Scenario, year: number, partner: PartnerId): boolean {
  return scenario.scripted.some((e) => e.year === year && e.summit === partner);
}

/** Whether a partner's C5+ format is open in the state's current year. */
export function formatOpen(partner: PartnerModel, year: number): boolean {
  return partner.formatSince !== null && partner.formatSince <= year;
}

/** Raises indicators by an engagement's gain, spread by issue and with diminishing returns. */
function deliver(
  ctx: TurnContext,
  s: StateModel,
  issue: Issue,
  gain: number,
  partner: PartnerId,
  code: 'c5-meeting' | 'c5-no-meeting' | 'bilateral-deal',
  citation?: string,
) {
  const weights = ISSUE_YIELDS[issue];
  for (const key in weights) {
    const indicator = key as keyof typeof weights;
    const weight = weights[indicator] ?? 0;
    // Diminishing returns: full effect at 50, none at 100.
    const room = (100 - s.indicators[indicator]) / 50;
    adjustIndicator(
      ctx,
      s,
      indicator,
      gain * weight * room,
      () => cause(code, { partner, issue }),
      citation,
    );
  }
}

/** Every partner that resents engagement with `partner` raises its suspicion of the state. */
function drawRivalSuspicion(
  state: GameState,
  ctx: TurnContext,
  s: StateModel,
  partner: PartnerId,
  issue: Issue,
  points: number,
  factor: number,
) {
  const charged = isCharged(issue);
  const charge = charged ? 1 : C.practicalSuspicionFactor;
  const neutral = s.neutral ? C.neutralSuspicionFactor : 1;
  const base = points * C.suspicionPerPoint * charge * neutral * factor;
  const citation = s.neutral
    ? CITE.neutrality
    : charged
      ? CITE.rivalSuspicion
      : CITE.practicalIssues;
  for (const { holder, weight } of RESENTED_BY[partner]) {
    adjustSuspicion(
      ctx,
      state.partners[holder],
      s,
      base * weight,
      () => cause('rival-engagement', { partner, issue }),
      citation,
    );
  }
}

function attentionFactor(partner: PartnerModel): number {
  return 0.5 + (0.5 * partner.attention) / 100;
}

/** Resolves the C5+ meetings and summits with one partner. */
function resolvePartner(
  state: GameState,
  plans: Readonly<Record<StateId, Plan>>,
  ctx: TurnContext,
  partnerId: PartnerId,
) {
  const partner = state.partners[partnerId];
  const open = formatOpen(partner, state.year);
  const participants: StateId[] = [];
  const attendees: StateId[] = [];
  const issues: Issue[] = [];
  for (const id of STATE_IDS) {
    const plan = plans[id];
    if (plan.summits.includes(partnerId)) attendees.push(id);
    let joined = false;
    for (const e of plan.engagements) {
      if (e.partner !== partnerId || e.format !== 'c5plus') continue;
      joined = true;
      if (!issues.includes(e.issue)) issues.push(e.issue);
    }
    if (joined) participants.push(id);
  }
  if (participants.length === 0 && attendees.length === 0) return;

  const attentive = partner.attention >= C.c5AttentionThreshold;
  const convened = open && attentive && participants.length >= C.c5MinParticipants;
  const summit =
    open &&
    attentive &&
    attendees.length >= C.c5MinParticipants &&
    summitScheduled(ctx.scenario, state.year, partnerId);
  const reason = !open ? 'no-format' : !attentive ? 'low-attention' : 'too-few-states';
  ctx.meetings.push({
    partner: partnerId,
    participants: participants.length > 0 ? participants : attendees,
    issues,
    convened: convened || summit,
    ...(convened || summit ? {} : { reason }),
    summit,
  });

  const amplifier =
    (1 + (C.cohesionAmplifier * state.cohesion) / 100) *
    (1 + (C.participationAmplifier * (participants.length - 1)) / (STATE_IDS.length - 1));
  const reach = attentionFactor(partner);
  let pointsReceived = 0;
  for (const id of participants) {
    const s = state.states[id];
    const atSummit = summit && attendees.includes(id) ? 1 + C.summitAmplifier : 1;
    for (const e of plans[id].engagements) {
      if (e.partner !== partnerId || e.format !== 'c5plus') continue;
      pointsReceived += e.points;
      const base = e.points * C.c5Yield * partner.capacity[e.issue] * reach;
      if (convened) {
        deliver(
          ctx,
          s,
          e.issue,
          base * amplifier * atSummit,
          partnerId,
          'c5-meeting',
          CITE.c5Meeting,
        );
        adjustTies(
          ctx,
          s,
          partnerId,
          e.points * C.c5TiesGain,
          () => cause('c5-meeting', { partner: partnerId, issue: e.issue }),
          CITE.c5Meeting,
        );
      } else {
        deliver(ctx, s, e.issue, base * C.c5FailedYieldShare, partnerId, 'c5-no-meeting');
      }
      shiftExposure(
        ctx,
        s,
        partnerId,
        e.points * C.c5ExposureShift,
        () => cause('c5-meeting', { partner: partnerId, issue: e.issue }),
        CITE.diversification,
      );
      drawRivalSuspicion(state, ctx, s, partnerId, e.issue, e.points, C.c5SuspicionFactor);
    }
  }
  if (summit) {
    for (const id of attendees) {
      const s = state.states[id];
      adjustTies(
        ctx,
        s,
        partnerId,
        C.summitCost * C.c5TiesGain * 2,
        () => cause('summit', { partner: partnerId }),
        CITE.c5Meeting,
      );
      drawRivalSuspicion(
        state,
        ctx,
        s,
        partnerId,
        'connectivity',
        C.summitCost,
        C.c5SuspicionFactor,
      );
      pointsReceived += C.summitCost;
    }
  }
  if (convened || summit) {
    partner.meetingsHeld += 1;
    adjustCohesion(
      ctx,
      state,
      C.meetingCohesionGain,
      () => cause('meeting-practice', { partner: partnerId }),
      CITE.minilateralism,
    );
    adjustAttention(
      ctx,
      partner,
      pointsReceived * C.c5AttentionGain,
      () => cause('regional-engagement', { partner: partnerId }),
      CITE.attention,
    );
  }
}

/** Resolves one bilateral engagement. */
function resolveBilateral(state: GameState, ctx: TurnContext, s: StateModel, e: Engagement) {
  const partner = state.partners[e.partner];
  const why = () => cause('bilateral-deal', { partner: e.partner, issue: e.issue });
  const gain =
    e.points *
    C.c5Yield *
    C.bilateralYieldMultiplier *
    partner.capacity[e.issue] *
    attentionFactor(partner);
  deliver(ctx, s, e.issue, gain, e.partner, 'bilateral-deal');
  adjustTies(ctx, s, e.partner, e.points * C.bilateralTiesGain, why);
  shiftExposure(ctx, s, e.partner, e.points * C.bilateralExposureShift, why, CITE.diversification);
  drawRivalSuspicion(state, ctx, s, e.partner, e.issue, e.points, 1);
  adjustAttention(ctx, partner, e.points * C.bilateralAttentionGain, why);
}

/** Resolves every engagement and summit of the turn. */
export function resolveEngagements(
  state: GameState,
  plans: Readonly<Record<StateId, Plan>>,
  ctx: TurnContext,
): void {
  for (const partnerId of PARTNER_IDS) resolvePartner(state, plans, ctx, partnerId);
  for (const id of STATE_IDS) {
    const s = state.states[id];
    for (const e of plans[id].engagements)
      if (e.format === 'bilateral') resolveBilateral(state, ctx, s, e);
  }
}
