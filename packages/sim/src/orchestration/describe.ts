/**
 * English sentences for effects and reasons, for the CLI and for any client
 * that does not localize. Clients that do (the game) phrase the codes themselves.
 */

import type { Cause, Effect, EffectTarget, MeetingOutcome, Reason, Scenario } from '../model';
import { CALIBRATION as C } from '../model';

const INDICATOR_NAMES = {
  prosperity: 'prosperity',
  security: 'security',
  autonomy: 'autonomy',
  connectivity: 'connectivity',
  humanCapital: 'human capital',
} as const;

/** Names the number an effect moved, e.g. `KAZ prosperity` or `china suspicion of UZB`. */
export function describeTarget(target: EffectTarget): string {
  switch (target.kind) {
    case 'indicator':
      return `${target.state} ${INDICATOR_NAMES[target.indicator]}`;
    case 'ties':
      return `${target.state} ties with ${target.partner}`;
    case 'exposure':
      return `${target.state} exposure to ${target.partner}`;
    case 'attention':
      return `${target.partner} attention`;
    case 'suspicion':
      return `${target.partner} suspicion of ${target.state}`;
    case 'cohesion':
      return 'regional cohesion';
  }
}

/** Says why a number moved. */
export function describeCause(c: Cause): string {
  const on = c.issue ? ` on ${c.issue}` : '';
  switch (c.code) {
    case 'c5-meeting':
      return `C5+ meeting with ${c.partner}${on}`;
    case 'c5-no-meeting':
      return `C5+ talks with ${c.partner}${on} that did not become a meeting`;
    case 'summit':
      return `summit with ${c.partner}`;
    case 'bilateral-deal':
      return `bilateral deal with ${c.partner}${on}`;
    case 'rival-engagement':
      return `engagement with its rival ${c.partner}${on}`;
    case 'consultation':
      return `regional consultation by ${c.state}`;
    case 'cohesion-decay':
      return 'differing foreign policies pulling the region apart';
    case 'meeting-practice':
      return `meeting ${c.partner} as a group`;
    case 'regional-engagement':
      return 'the region engaging it as a group';
    case 'attention-reversion':
      return 'its own priorities reasserting themselves';
    case 'ties-decay':
      return `ties with ${c.partner} fading without upkeep`;
    case 'suspicion-decay':
      return 'suspicion fading with time';
    case 'indicator-reversion':
      return 'gains fading without upkeep';
    case 'pressure':
      return `pressure from ${c.partner}`;
    case 'scripted-event':
      return `historical event ${c.event}`;
    case 'random-event':
      return `event ${c.event}`;
    case 'exposure-diversity':
      return 'how concentrated its economic exposure is, its security and regional cohesion';
    case 'autonomy-concentration':
      return 'how concentrated its economic exposure is';
    case 'autonomy-security':
      return 'its security';
    case 'autonomy-cohesion':
      return 'regional cohesion, as far as it consulted the region';
    case 'long-term-delivery':
      return `a long-term programme with ${c.partner}${on} still delivering`;
    case 'deal-fading':
      return `a deal with ${c.partner}${on} wearing off`;
    case 'exposure-rebalance':
      return 'exposure rebalancing';
    case 'sanctions-regime':
      return `the sanctions regime against ${c.partner}`;
  }
}

/**
 * A C5+ meeting in words, saying why it failed if it did:
 * `The C5+ meeting with japan did not convene: its attention (22) was below the 25 a meeting needs.`
 */
export function describeMeeting(m: MeetingOutcome): string {
  const on = m.issues.length > 0 ? ` on ${m.issues.join(', ')}` : '';
  const kind = m.summit ? 'summit' : 'C5+ meeting';
  const came = m.participants.length === 5 ? 'all five' : m.participants.join(', ') || 'no state';
  if (m.convened) return `The ${kind} with ${m.partner}${on} convened (${came}).`;
  switch (m.reason) {
    case 'too-few-states':
      return `The C5+ meeting with ${m.partner}${on} did not convene: only ${m.participants.length} of the ${C.c5MinParticipants} states it needs came (${came}).`;
    case 'low-attention':
      return `The C5+ meeting with ${m.partner}${on} did not convene: its attention to the region (${m.attention.toFixed(0)}) was below the ${C.c5AttentionThreshold} a meeting needs.`;
    case 'no-format':
      return `The C5+ meeting with ${m.partner}${on} did not convene: ${m.partner} has no C5+ format with the region yet.`;
    default:
      return `The C5+ meeting with ${m.partner}${on} did not convene.`;
  }
}

/** One line for an effect: `KAZ prosperity +1.2 (C5+ meeting with japan on education)`. */
export function describeEffect(e: Effect): string {
  const scale = e.target.kind === 'exposure' ? 100 : 1;
  const unit = e.target.kind === 'exposure' ? ' pts of share' : '';
  const delta = e.delta * scale;
  return `${describeTarget(e.target)} ${delta >= 0 ? '+' : ''}${delta.toFixed(2)}${unit} (${describeCause(e.cause)})`;
}

/** Says why a strategy chose what it chose. */
export function describeReason(r: Reason): string {
  switch (r.code) {
    case 'regional-consultation':
      return 'keeps the region consulting so C5+ meetings yield more';
    case 'attend-summit':
      return `attends the summit with ${r.partner}`;
    case 'spread-practical':
      return `engages ${r.partner} as a group on ${r.issue}, a practical issue`;
    case 'diversify':
      return `adds a deal with ${r.partner}, the partner it depends on least`;
    case 'lean-toward':
      return `leans toward ${r.partner} on ${r.issue}`;
    case 'avoid-charged':
      return 'avoids politically charged issues';
    case 'highest-yield':
      return `takes the biggest immediate deal: ${r.partner} on ${r.issue}`;
    case 'format-closed-bilateral':
      return `${r.partner} has no C5+ format yet, so engages it bilaterally`;
    case 'historical-record':
      return 'does what the documents record for this year';
    case 'no-record':
      return 'the documents record nothing this year, so balances';
    case 'simulated-best':
      return `simulation ahead favours ${r.strategy} (mean welfare ${r.score?.toFixed(1)})`;
  }
}

/**
 * An objective's measured value as a reader expects it: a share as a whole
 * percentage (as the objective's text states its limit), a count of meetings
 * as a whole number, anything else to one decimal (never "-0.0").
 */
export function describeObjectiveValue(scenario: Scenario, id: string, value: number): string {
  const objective = scenario.objectives.find((o) => o.id === id);
  if (objective?.kind === 'exposure') return `${Math.round(value * 100)}%`;
  if (objective?.kind === 'meetings') return String(value);
  const text = value.toFixed(1);
  return Number(text) === 0 ? (0).toFixed(1) : text;
}
