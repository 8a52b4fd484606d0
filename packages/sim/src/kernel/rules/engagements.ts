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
  adjustIndicatorAt,
  adjustSuspicionAt,
  adjustTiesAt,
  rebalanceExposure,
  shiftExposureAt,
} from '../adjust';
import {
  indicatorAt,
  indicatorIndex,
  issueAt,
  issueIndex,
  partnerAt,
  partnerIndex,
  stateIndex,
} from '../by-key';
import { because, type TurnContext } from '../context';
import { partnerRecords, statePlans, stateRecords } from '../fixed-order';
import { isSanctioned } from './sanctions';

// The calibration's tables as arrays by position: an engagement resolves its
// partner and issue to their positions once (`partnerIndex`, `issueIndex`) and
// reads these, and the records, through switches on the position (see by-key.ts).
const ATTENTION_RESPONSE_AT = PARTNER_IDS.map((p) => ATTENTION_RESPONSE[p]);
const DELIVERY_PROFILE_AT = PARTNER_IDS.map((p) => DELIVERY_PROFILES[p]);
const DEAL_FADE_AT = PARTNER_IDS.map((p) => DEAL_FADE[p]);
const DEPENDENCE_PULL_AT = PARTNER_IDS.map((p) => DEPENDENCE_PULL[p]);

/** A partner that resents engagement with another: its position, its weight, whether it sanctions. */
interface Rival {
  readonly holder: number;
  readonly weight: number;
  readonly sanctioning: boolean;
}
const RESENTED_AT: readonly (readonly Rival[])[] = PARTNER_IDS.map((p) =>
  RESENTED_BY[p].map((r) => ({
    holder: partnerIndex(r.holder),
    weight: r.weight,
    sanctioning: Boolean(SANCTIONING[r.holder]),
  })),
);

/** What an issue yields: an indicator's position in `INDICATOR_ORDER` and its weight. */
interface Yield {
  readonly at: number;
  readonly weight: number;
}
const YIELDS_AT: readonly (readonly Yield[])[] = ISSUES.map((issue) =>
  ISSUE_YIELDS[issue].map((pair) => ({ at: indicatorIndex(pair[0]), weight: pair[1] })),
);

// Whether each issue is charged, by position in `ISSUES`: `isCharged` reads by a changing key.
const CHARGED_AT: readonly boolean[] = ISSUES.map(isCharged);

/** Whether a summit with a partner is scheduled in a year. */
export function summitScheduled(scenario: Scenario, year: number, partner: PartnerId): boolean {
  // Indexed, not iterated: the strategies ask this of every partner each turn.
  const scripted = scenario.scripted;
  for (let i = 0; i < scripted.length; i++) {
    const e = scripted[i] as (typeof scripted)[number];
    if (e.year === year && e.summit === partner) return true;
  }
  return false;
}

/** Whether a partner's C5+ format is open in a year. */
export function formatOpen(partner: PartnerModel, year: number): boolean {
  return partner.formatSince !== null && partner.formatSince <= year;
}

/** Raises indicators by an engagement's gain, spread by issue and with diminishing returns. */
export function deliver(ctx: TurnContext, s: StateModel, issue: Issue, gain: number): void {
  deliverAt(ctx, s, issueIndex(issue), gain);
}

/** `deliver`, the issue given by its position in `ISSUES`. */
function deliverAt(ctx: TurnContext, s: StateModel, iAt: number, gain: number): void {
  const yields = YIELDS_AT[iAt] as readonly Yield[];
  for (let i = 0; i < yields.length; i++) {
    const y = yields[i] as Yield;
    // Diminishing returns: full effect at 50, falling with the square of the room left above it, none at 100.
    const left = (100 - indicatorAt(s.indicators, y.at)) / (100 - C.fullGainLevel);
    const room = left < 1 ? left * left : left;
    adjustIndicatorAt(ctx, s, y.at, gain * y.weight * room);
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
  pAt: number,
  issue: Issue,
  iAt: number,
  gain: number,
): void {
  const profile = DELIVERY_PROFILE_AT[pAt];
  // One call of `deliverAt`, not one per branch: V8 then inlines it here.
  deliverAt(ctx, s, iAt, profile ? gain * profile.now : gain);
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
  return alignmentAt(s, partnerIndex(partner));
}

/** `alignmentFactor`, the partner given by its position in `PARTNER_IDS`. */
function alignmentAt(s: StateModel, at: number): number {
  const concentration =
    Math.max(0, Math.min(1, partnerAt(s.exposure, at)) - EVEN_SHARE) / (1 - EVEN_SHARE);
  return 1 + C.alignmentSuspicion * concentration;
}

/** Every partner that resents engagement with `partner` raises its suspicion of the state. */
function drawRivalSuspicion(
  partners: readonly PartnerModel[],
  sanctioned: boolean,
  ctx: TurnContext,
  s: StateModel,
  sAt: number,
  partner: PartnerId,
  pAt: number,
  issue: Issue,
  iAt: number,
  points: number,
  factor: number,
): void {
  const charged = CHARGED_AT[iAt] as boolean;
  const charge = charged ? 1 : C.practicalSuspicionFactor;
  const neutral = s.neutral ? C.neutralSuspicionFactor : 1;
  const base = points * C.suspicionPerPoint * charge * neutral * factor * alignmentAt(s, pAt);
  const citation = s.neutral
    ? CITE.neutrality
    : charged
      ? CITE.rivalSuspicion
      : CITE.practicalIssues;
  because(ctx, 'rival-engagement', partner, issue, citation);
  // A deal with a sanctioned partner (`sanctioned`) reads, to those who sanction it, as helping it round the sanctions.
  const resented = RESENTED_AT[pAt] as readonly Rival[];
  // Indexed, not iterated: a `for…of` goes through the iterator protocol.
  for (let i = 0; i < resented.length; i++) {
    const rival = resented[i] as Rival;
    const rounding = sanctioned && rival.sanctioning ? C.sanctionedDealSuspicion : 1;
    adjustSuspicionAt(
      ctx,
      partners[rival.holder] as PartnerModel,
      s,
      sAt,
      base * rival.weight * rounding,
    );
  }
}

function attentionFactor(partner: PartnerModel): number {
  return C.attentionReachFloor + ((1 - C.attentionReachFloor) * partner.attention) / 100;
}

/** What ties with a partner add to what it delivers to the state. */
function tiesFactor(s: StateModel, pAt: number): number {
  return 1 + (C.tiesYieldBonus * partnerAt(s.ties, pAt)) / 100;
}

/**
 * How much of the region's cohesion a state draws on this turn: in full if it
 * consulted the others enough, not at all if it did not consult.
 */
export function voiceOf(plan: Plan): number {
  return Math.min(1, plan.consultation / C.consultationForVoice);
}

// Built once, by partner position: the citation is set for every engagement, on the fast path too.
const PARTNER_CITATIONS = PARTNER_IDS.map((p) => `partners/${p}`);

/**
 * The practical issue a partner can do most on, by its position in `ISSUES`:
 * what a summit's declaration is about. The summit issues are the first
 * seven of `ISSUES`, connectivity to trade and investment.
 */
function summitIssueAt(partner: PartnerModel): number {
  let best = 0;
  for (let i = 1; i < SUMMIT_ISSUE_COUNT; i++)
    if (issueAt(partner.capacity, i) > issueAt(partner.capacity, best)) best = i;
  return best;
}

const SUMMIT_ISSUE_COUNT = 7;

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
function tablesOf(planned: readonly Plan[]): (Table | undefined)[] {
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
  for (let i = 0; i < planned.length; i++) {
    const id = STATE_IDS[i] as StateId;
    const plan = planned[i] as Plan;
    // Indexed, not iterated: a `for…of` goes through the iterator protocol.
    const summits = plan.summits;
    for (let j = 0; j < summits.length; j++)
      tableAt(tables, summits[j] as PartnerId).attendees.push(id);
    const engagements = plan.engagements;
    for (let j = 0; j < engagements.length; j++) {
      const e = engagements[j] as Engagement;
      if (e.format !== 'c5plus') continue;
      const table = tableAt(tables, e.partner);
      // Not read at index -1 when empty: that is a slow lookup by name, not an array read.
      const participants = table.participants;
      const count = participants.length;
      if (count === 0 || participants[count - 1] !== id) participants.push(id);
      if (!holds(table.issues, e.issue)) table.issues.push(e.issue);
    }
  }
  return tables;
}

/** Whether a table's issues hold an issue: a plain loop, cheaper than `includes` on a few entries. */
function holds(issues: readonly Issue[], issue: Issue): boolean {
  for (let i = 0; i < issues.length; i++) if (issues[i] === issue) return true;
  return false;
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

/**
 * Resolves the C5+ meetings and summits with one partner, given by its
 * position in `PARTNER_IDS`; `states` and `planned` are the records and the
 * plans in `STATE_IDS` order.
 */
function resolvePartner(
  state: GameState,
  states: readonly StateModel[],
  partners: readonly PartnerModel[],
  planned: readonly Plan[],
  ctx: TurnContext,
  pAt: number,
  { participants, attendees, issues }: Table,
): void {
  const partnerId = PARTNER_IDS[pAt] as PartnerId;
  const partner = partners[pAt] as PartnerModel;
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

  const cited = PARTNER_CITATIONS[pAt] as string;
  const participation =
    1 + (C.participationAmplifier * (participants.length - 1)) / (STATE_IDS.length - 1);
  const reach = attentionFactor(partner);
  const sanctioned = isSanctioned(ctx.scenario, state.year, partnerId);
  let pointsReceived = 0;
  for (let i = 0; i < participants.length; i++) {
    const id = participants[i] as StateId;
    const sAt = stateIndex(id);
    const atSummit = summit && attendees.includes(id) ? 1 + C.summitAmplifier : 1;
    pointsReceived += sitAtTable(
      state,
      partners,
      sanctioned,
      ctx,
      states[sAt] as StateModel,
      sAt,
      planned[sAt] as Plan,
      partner,
      pAt,
      reach,
      convened,
      participation,
      atSummit,
    );
  }
  if (summit) {
    for (let i = 0; i < attendees.length; i++) {
      const sAt = stateIndex(attendees[i] as StateId);
      const s = states[sAt] as StateModel;
      because(ctx, 'summit', partnerId, undefined, cited);
      adjustTiesAt(ctx, s, pAt, C.summitCost * C.summitTiesPerPoint);
      // Leaders sign what ministers prepared: the summit delivers on the partner's strongest practical issue.
      const iAt = summitIssueAt(partner);
      deliverFrom(
        state,
        ctx,
        s,
        partnerId,
        pAt,
        ISSUES[iAt] as Issue,
        iAt,
        C.summitCost *
          C.c5Yield *
          C.summitYield *
          issueAt(partner.capacity, iAt) *
          reach *
          tiesFactor(s, pAt),
      );
      drawRivalSuspicion(
        partners,
        sanctioned,
        ctx,
        s,
        sAt,
        partnerId,
        pAt,
        'connectivity',
        CONNECTIVITY_AT,
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
      pointsReceived * C.c5AttentionGain * (ATTENTION_RESPONSE_AT[pAt] as number),
    );
  }
}

const CONNECTIVITY_AT = issueIndex('connectivity');

/**
 * One state's C5+ engagements at a partner's table, and the points it put in.
 * A function of its own, not part of `resolvePartner`: V8 then inlines the
 * adjustments here, where the larger function runs out of its inlining budget.
 * The state and the partner come with their positions in `STATE_IDS` and
 * `PARTNER_IDS`, and each engagement's issue is resolved to its position once;
 * `reach` is the partner's `attentionFactor`, taken once for the table (no rule
 * moves the partner's attention while its table's states sit).
 */
function sitAtTable(
  state: GameState,
  partners: readonly PartnerModel[],
  sanctioned: boolean,
  ctx: TurnContext,
  s: StateModel,
  sAt: number,
  plan: Plan,
  partner: PartnerModel,
  pAt: number,
  reach: number,
  convened: boolean,
  participation: number,
  atSummit: number,
): number {
  const partnerId = partner.id;
  const cited = PARTNER_CITATIONS[pAt] as string;
  // A state draws on the region's cohesion only if it consulted the region itself.
  const united = 1 + (C.cohesionAmplifier * state.cohesion * voiceOf(plan)) / 100;
  const known = tiesFactor(s, pAt);
  let points = 0;
  const engagements = plan.engagements;
  for (let i = 0; i < engagements.length; i++) {
    const e = engagements[i] as Engagement;
    if (e.partner !== partnerId || e.format !== 'c5plus') continue;
    points += e.points;
    const issue = e.issue;
    const iAt = issueIndex(issue);
    const base = e.points * C.c5Yield * issueAt(partner.capacity, iAt) * reach * known;
    // One call of `deliverFrom` for both outcomes: V8 then inlines it here.
    because(ctx, convened ? 'c5-meeting' : 'c5-no-meeting', partnerId, issue, cited);
    deliverFrom(
      state,
      ctx,
      s,
      partnerId,
      pAt,
      issue,
      iAt,
      convened ? base * participation * united * atSummit : base * C.c5FailedYieldShare,
    );
    if (convened) adjustTiesAt(ctx, s, pAt, e.points * C.c5TiesGain);
    because(ctx, 'c5-meeting', partnerId, issue, CITE.diversification);
    shiftExposureAt(ctx, s, pAt, e.points * C.c5ExposureShift);
    drawRivalSuspicion(
      partners,
      sanctioned,
      ctx,
      s,
      sAt,
      partnerId,
      pAt,
      issue,
      iAt,
      e.points,
      C.c5SuspicionFactor,
    );
  }
  return points;
}

/** Resolves one bilateral engagement; the state comes with its position in `STATE_IDS`. */
function resolveBilateral(
  state: GameState,
  partners: readonly PartnerModel[],
  ctx: TurnContext,
  s: StateModel,
  sAt: number,
  e: Engagement,
): void {
  const partnerId = e.partner;
  const issue = e.issue;
  const pAt = partnerIndex(partnerId);
  const iAt = issueIndex(issue);
  const partner = partners[pAt] as PartnerModel;
  const gain =
    e.points *
    C.c5Yield *
    C.bilateralYieldMultiplier *
    issueAt(partner.capacity, iAt) *
    attentionFactor(partner) *
    tiesFactor(s, pAt);
  because(ctx, 'bilateral-deal', partnerId, issue, PARTNER_CITATIONS[pAt]);
  deliverFrom(state, ctx, s, partnerId, pAt, issue, iAt, gain);
  const fade = DEAL_FADE_AT[pAt];
  // A great power's deal pays now; the part spent rather than built wears off in the next years.
  if (fade && gain > 0)
    state.pending.push({
      state: s.id,
      partner: partnerId,
      issue,
      perYear: (-gain * fade.share) / fade.years,
      yearsLeft: fade.years,
    });
  adjustTiesAt(ctx, s, pAt, e.points * C.bilateralTiesGain);
  adjustAttention(
    ctx,
    partner,
    e.points * C.bilateralAttentionGain * (ATTENTION_RESPONSE_AT[pAt] as number),
  );
  because(ctx, 'bilateral-deal', partnerId, issue, CITE.diversification);
  // Some partners' deals bind trade harder: dependence on them does not unwind in a year.
  shiftExposureAt(
    ctx,
    s,
    pAt,
    e.points * C.bilateralExposureShift * (DEPENDENCE_PULL_AT[pAt] ?? 1),
  );
  drawRivalSuspicion(
    partners,
    isSanctioned(ctx.scenario, state.year, partnerId),
    ctx,
    s,
    sAt,
    partnerId,
    pAt,
    issue,
    iAt,
    e.points,
    1,
  );
}

/** Resolves every engagement and summit of the turn. */
export function resolveEngagements(
  state: GameState,
  plans: Readonly<Record<StateId, Plan>>,
  ctx: TurnContext,
): void {
  // Records and plans read once in STATE_IDS order (see fixed-order.ts).
  const states = stateRecords(state.states);
  const partners = partnerRecords(state.partners);
  const planned = statePlans(plans);
  const tables = tablesOf(planned);
  for (let p = 0; p < PARTNER_IDS.length; p++) {
    const table = tables[p];
    if (table) resolvePartner(state, states, partners, planned, ctx, p, table);
  }
  for (let i = 0; i < states.length; i++) {
    const s = states[i] as StateModel;
    const engagements = (planned[i] as Plan).engagements;
    for (let j = 0; j < engagements.length; j++) {
      const e = engagements[j] as Engagement;
      if (e.format === 'bilateral') resolveBilateral(state, partners, ctx, s, i, e);
    }
  }
  for (const s of states) rebalanceExposure(ctx, s);
}
