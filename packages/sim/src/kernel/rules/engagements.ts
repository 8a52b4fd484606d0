/**
 * Engagements: C5+ engagements with one partner pool into a meeting when
 * enough states join and the partner's attention suffices; bilateral deals are
 * larger but concentrate exposure and draw more rival suspicion.
 */
import { PARTNER_IDS, STATE_IDS } from '@c5plus/core';
import type {
  Engagement,
  GameState,
  Issue,
  MeetingOutcome,
  PartnerId,
  PartnerModel,
  Plan,
  Scenario,
  StateId,
  StateModel,
} from '../../model';
import {
  ATTENTION_RESPONSE,
  CALIBRATION as C,
  MECHANIC_CITATIONS as CITE,
  DEAL_FADE,
  DELIVERY_PROFILES,
  DEPENDENCE_PULL,
  ISSUE_YIELDS,
  ISSUES,
  isCharged,
  RESENTED_BY,
  SANCTIONING,
} from '../../model';
import {
  adjustAttention,
  adjustCohesion,
  adjustIndicator,
  adjustSuspicion,
  adjustTies,
  rebalanceExposure,
  shiftExposure,
} from '../adjust';
import {
  byIndicator,
  byIssue,
  byPartner,
  ofIssue,
  ofPartner,
  ofState,
  partnerIndex,
  partnerLookup,
} from '../by-key';
import { because, type TurnContext } from '../context';
import { statePlans, stateRecords } from '../fixed-order';
import { isSanctioned } from './sanctions';

// The calibration's per-partner tables, looked up by a changing id (see by-key.ts).
const attentionResponse = partnerLookup(ATTENTION_RESPONSE);
const deliveryProfile = partnerLookup(DELIVERY_PROFILES);
const dealFade = partnerLookup(DEAL_FADE);
const resentedBy = partnerLookup(RESENTED_BY);
const sanctioning = partnerLookup(SANCTIONING);
const dependencePull = partnerLookup(DEPENDENCE_PULL);

// Whether each issue is charged, as a table read by name (`ofIssue`): `isCharged` reads by a changing key.
const CHARGED = {} as Record<Issue, boolean>;
for (const issue of ISSUES) CHARGED[issue] = isCharged(issue);

/** Whether a summit with a partner is scheduled in a year. */
export function summitScheduled(scenario: Scenario, year: number, partner: PartnerId): boolean {
  for (const e of scenario.scripted) if (e.year === year && e.summit === partner) return true;
  return false;
}

/** Whether a partner's C5+ format is open in a year. */
export function formatOpen(partner: PartnerModel, year: number): boolean {
  return partner.formatSince !== null && partner.formatSince <= year;
}

/** Raises indicators by an engagement's gain, spread by issue and with diminishing returns. */
export function deliver(ctx: TurnContext, s: StateModel, issue: Issue, gain: number): void {
  const yields = ofIssue(ISSUE_YIELDS, issue);
  // Indexed, not destructured: destructuring a pair in a loop goes through the iterator protocol, several times slower.
  for (let i = 0; i < yields.length; i++) {
    const pair = yields[i] as (typeof yields)[number];
    const indicator = pair[0];
    const weight = pair[1];
    // Diminishing returns: full effect at 50, falling with the square of the room left above it, none at 100.
    const left = (100 - byIndicator(s.indicators, indicator)) / (100 - C.fullGainLevel);
    const room = left < 1 ? left * left : left;
    adjustIndicator(ctx, s, indicator, gain * weight * room);
  }
}

/**
 * Delivers what a partner gives: at once, or, for a long-term partner
 * (`DELIVERY_PROFILES`), a share now and the rest queued to arrive over the
 * following years.
 */
function deliverFrom(
  state: GameState,
  ctx: TurnContext,
  s: StateModel,
  partner: PartnerId,
  issue: Issue,
  gain: number,
): void {
  const profile = deliveryProfile(partner);
  // One call of `deliver`, not one per branch: V8 then inlines it here.
  deliver(ctx, s, issue, profile ? gain * profile.now : gain);
  if (!profile) return;
  const perYear = (gain * (profile.total - profile.now)) / profile.years;
  if (perYear > 0)
    state.pending.push({ state: s.id, partner, issue, perYear, yearsLeft: profile.years });
}

const EVEN_SHARE = 1 / PARTNER_IDS.length;

/**
 * How far a deal reads as alignment: 1 when the state's exposure to the
 * engaged partner is no more than an even share, more the more the state
 * already depends on it. Rivals watch the state drifting into a partner's
 * orbit, not the single deal.
 */
export function alignmentFactor(s: StateModel, partner: PartnerId): number {
  const concentration =
    Math.max(0, Math.min(1, byPartner(s.exposure, partner)) - EVEN_SHARE) / (1 - EVEN_SHARE);
  return 1 + C.alignmentSuspicion * concentration;
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
): void {
  const charged = ofIssue(CHARGED, issue);
  const charge = charged ? 1 : C.practicalSuspicionFactor;
  const neutral = s.neutral ? C.neutralSuspicionFactor : 1;
  const base =
    points * C.suspicionPerPoint * charge * neutral * factor * alignmentFactor(s, partner);
  const citation = s.neutral
    ? CITE.neutrality
    : charged
      ? CITE.rivalSuspicion
      : CITE.practicalIssues;
  because(ctx, 'rival-engagement', partner, issue, citation);
  // A deal with a sanctioned partner reads, to those who sanction it, as helping it round the sanctions.
  const sanctioned = isSanctioned(ctx.scenario, state.year, partner);
  const resented = resentedBy(partner);
  // Indexed, not destructured (see `deliver`).
  for (let i = 0; i < resented.length; i++) {
    const rival = resented[i] as (typeof resented)[number];
    const rounding = sanctioned && sanctioning(rival.holder) ? C.sanctionedDealSuspicion : 1;
    adjustSuspicion(
      ctx,
      ofPartner(state.partners, rival.holder),
      s,
      base * rival.weight * rounding,
    );
  }
}

function attentionFactor(partner: PartnerModel): number {
  return C.attentionReachFloor + ((1 - C.attentionReachFloor) * partner.attention) / 100;
}

/** What ties with a partner add to what it delivers to the state. */
function tiesFactor(s: StateModel, partner: PartnerId): number {
  return 1 + (C.tiesYieldBonus * byPartner(s.ties, partner)) / 100;
}

/**
 * How much of the region's cohesion a state draws on this turn: in full if it
 * consulted the others enough, not at all if it did not consult.
 */
export function voiceOf(plan: Plan): number {
  return Math.min(1, plan.consultation / C.consultationForVoice);
}

// Built once: the citation is set for every engagement, on the fast path too.
const PARTNER_CITATIONS = PARTNER_IDS.map((p) => `partners/${p}`);

/** The dataset record behind what a partner delivers: that partner's own record. */
function partnerCitation(partner: PartnerId): string {
  return PARTNER_CITATIONS[partnerIndex(partner)] as string;
}

/** The practical issue a partner can do most on: what a summit's declaration is about. */
function summitIssue(partner: PartnerModel): Issue {
  let best: Issue = 'connectivity';
  for (const issue of SUMMIT_ISSUES)
    if (byIssue(partner.capacity, issue) > byIssue(partner.capacity, best)) best = issue;
  return best;
}

const SUMMIT_ISSUES: readonly Issue[] = [
  'connectivity',
  'customs',
  'water',
  'education',
  'health',
  'energy',
  'trade-investment',
];

/** The C5+ engagements and summit attendance with one partner this turn. */
interface Table {
  readonly participants: StateId[];
  readonly attendees: StateId[];
  readonly issues: Issue[];
}

/**
 * Gathers, in one pass over the plans, who sits at each partner's table, by
 * partner index (`PARTNER_IDS` order): an array indexed by position rather
 * than a record looked up by a changing key, which V8 cannot optimize.
 */
function tablesOf(plans: Readonly<Record<StateId, Plan>>): (Table | undefined)[] {
  // One slot a partner from the start: writes then never leave holes.
  const tables: (Table | undefined)[] = [
    undefined,
    undefined,
    undefined,
    undefined,
    undefined,
    undefined,
    undefined,
  ];
  const planned = statePlans(plans);
  for (let i = 0; i < planned.length; i++) {
    const id = STATE_IDS[i] as StateId;
    const plan = planned[i] as Plan;
    for (const partner of plan.summits) tableAt(tables, partner).attendees.push(id);
    for (const e of plan.engagements) {
      if (e.format !== 'c5plus') continue;
      const table = tableAt(tables, e.partner);
      if (table.participants[table.participants.length - 1] !== id) table.participants.push(id);
      if (!table.issues.includes(e.issue)) table.issues.push(e.issue);
    }
  }
  return tables;
}

/** A partner's table, set up on first use. */
function tableAt(tables: (Table | undefined)[], partner: PartnerId): Table {
  const index = partnerIndex(partner);
  let table = tables[index];
  if (!table) {
    table = { participants: [], attendees: [], issues: [] };
    tables[index] = table;
  }
  return table;
}

/** Resolves the C5+ meetings and summits with one partner. */
function resolvePartner(
  state: GameState,
  plans: Readonly<Record<StateId, Plan>>,
  ctx: TurnContext,
  partnerId: PartnerId,
  { participants, attendees, issues }: Table,
): void {
  const partner = ofPartner(state.partners, partnerId);
  const open = formatOpen(partner, state.year);
  const attentive = partner.attention >= C.c5AttentionThreshold;
  const convened = open && attentive && participants.length >= C.c5MinParticipants;
  const summit =
    open &&
    attentive &&
    attendees.length >= C.c5MinParticipants &&
    summitScheduled(ctx.scenario, state.year, partnerId);
  const met = convened || summit;
  const sitting = participants.length > 0 ? participants : attendees;
  const attention = partner.attention;
  // Written out, not spread: an object spread is several times slower.
  const outcome: MeetingOutcome = met
    ? { partner: partnerId, participants: sitting, issues, convened: met, summit, attention }
    : {
        partner: partnerId,
        participants: sitting,
        issues,
        convened: met,
        summit,
        attention,
        reason: !open ? 'no-format' : !attentive ? 'low-attention' : 'too-few-states',
      };
  ctx.meetings.push(outcome);

  const cited = partnerCitation(partnerId);
  const participation =
    1 + (C.participationAmplifier * (participants.length - 1)) / (STATE_IDS.length - 1);
  const reach = attentionFactor(partner);
  let pointsReceived = 0;
  for (const id of participants) {
    const atSummit = summit && attendees.includes(id) ? 1 + C.summitAmplifier : 1;
    pointsReceived += sitAtTable(
      state,
      ctx,
      ofState(state.states, id),
      ofState(plans, id),
      partner,
      convened,
      participation,
      atSummit,
    );
  }
  if (summit) {
    for (const id of attendees) {
      const s = ofState(state.states, id);
      because(ctx, 'summit', partnerId, undefined, cited);
      adjustTies(ctx, s, partnerId, C.summitCost * C.summitTiesPerPoint);
      // Leaders sign what ministers prepared: the summit delivers on the partner's strongest practical issue.
      const issue = summitIssue(partner);
      deliverFrom(
        state,
        ctx,
        s,
        partnerId,
        issue,
        C.summitCost *
          C.c5Yield *
          C.summitYield *
          byIssue(partner.capacity, issue) *
          reach *
          tiesFactor(s, partnerId),
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
    because(ctx, 'meeting-practice', partnerId, undefined, CITE.minilateralism);
    adjustCohesion(ctx, state, C.meetingCohesionGain);
    because(ctx, 'regional-engagement', partnerId, undefined, CITE.attention);
    adjustAttention(
      ctx,
      partner,
      pointsReceived * C.c5AttentionGain * attentionResponse(partnerId),
    );
  }
}

/**
 * One state's C5+ engagements at a partner's table, and the points it put in.
 * A function of its own, not part of `resolvePartner`: V8 then inlines the
 * adjustments here, where the larger function runs out of its inlining budget.
 */
function sitAtTable(
  state: GameState,
  ctx: TurnContext,
  s: StateModel,
  plan: Plan,
  partner: PartnerModel,
  convened: boolean,
  participation: number,
  atSummit: number,
): number {
  const partnerId = partner.id;
  const cited = partnerCitation(partnerId);
  const reach = attentionFactor(partner);
  // A state draws on the region's cohesion only if it consulted the region itself.
  const united = 1 + (C.cohesionAmplifier * state.cohesion * voiceOf(plan)) / 100;
  const known = tiesFactor(s, partnerId);
  let points = 0;
  for (const e of plan.engagements) {
    if (e.partner !== partnerId || e.format !== 'c5plus') continue;
    points += e.points;
    const base = e.points * C.c5Yield * byIssue(partner.capacity, e.issue) * reach * known;
    // One call of `deliverFrom` for both outcomes: V8 then inlines it here.
    because(ctx, convened ? 'c5-meeting' : 'c5-no-meeting', partnerId, e.issue, cited);
    deliverFrom(
      state,
      ctx,
      s,
      partnerId,
      e.issue,
      convened ? base * participation * united * atSummit : base * C.c5FailedYieldShare,
    );
    if (convened) adjustTies(ctx, s, partnerId, e.points * C.c5TiesGain);
    because(ctx, 'c5-meeting', partnerId, e.issue, CITE.diversification);
    shiftExposure(ctx, s, partnerId, e.points * C.c5ExposureShift);
    drawRivalSuspicion(state, ctx, s, partnerId, e.issue, e.points, C.c5SuspicionFactor);
  }
  return points;
}

/** Resolves one bilateral engagement. */
function resolveBilateral(state: GameState, ctx: TurnContext, s: StateModel, e: Engagement): void {
  const partner = ofPartner(state.partners, e.partner);
  const gain =
    e.points *
    C.c5Yield *
    C.bilateralYieldMultiplier *
    byIssue(partner.capacity, e.issue) *
    attentionFactor(partner) *
    tiesFactor(s, e.partner);
  because(ctx, 'bilateral-deal', e.partner, e.issue, partnerCitation(e.partner));
  deliverFrom(state, ctx, s, e.partner, e.issue, gain);
  const fade = dealFade(e.partner);
  // A great power's deal pays now; the part spent rather than built wears off in the next years.
  if (fade && gain > 0)
    state.pending.push({
      state: s.id,
      partner: e.partner,
      issue: e.issue,
      perYear: (-gain * fade.share) / fade.years,
      yearsLeft: fade.years,
    });
  adjustTies(ctx, s, e.partner, e.points * C.bilateralTiesGain);
  adjustAttention(ctx, partner, e.points * C.bilateralAttentionGain * attentionResponse(e.partner));
  because(ctx, 'bilateral-deal', e.partner, e.issue, CITE.diversification);
  // Some partners' deals bind trade harder: dependence on them does not unwind in a year.
  shiftExposure(
    ctx,
    s,
    e.partner,
    e.points * C.bilateralExposureShift * (dependencePull(e.partner) ?? 1),
  );
  drawRivalSuspicion(state, ctx, s, e.partner, e.issue, e.points, 1);
}

/** Resolves every engagement and summit of the turn. */
export function resolveEngagements(
  state: GameState,
  plans: Readonly<Record<StateId, Plan>>,
  ctx: TurnContext,
): void {
  const tables = tablesOf(plans);
  for (let p = 0; p < PARTNER_IDS.length; p++) {
    const table = tables[p];
    if (table) resolvePartner(state, plans, ctx, PARTNER_IDS[p] as PartnerId, table);
  }
  // Records and plans read once in STATE_IDS order (see fixed-order.ts).
  const states = stateRecords(state.states);
  const planned = statePlans(plans);
  for (let i = 0; i < states.length; i++) {
    const s = states[i] as StateModel;
    for (const e of (planned[i] as Plan).engagements)
      if (e.format === 'bilateral') resolveBilateral(state, ctx, s, e);
  }
  for (const s of states) rebalanceExposure(ctx, s);
}
