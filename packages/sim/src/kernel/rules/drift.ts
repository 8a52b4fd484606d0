/** The passing of a year: suspicion fades, ties fade, attention and indicators revert. */
import { PARTNER_IDS } from '@c5plus/core';
import type {
  GameState,
  Indicator,
  PartnerId,
  PartnerModel,
  StateId,
  StateModel,
} from '../../model';
import { CALIBRATION as C, MECHANIC_CITATIONS as CITE } from '../../model';
import {
  adjustAttention,
  adjustCohesion,
  adjustIndicator,
  adjustSuspicion,
  adjustTies,
  clamp100,
} from '../adjust';
import { byIndicator, byPartner, byState } from '../by-key';
import { because, type TurnContext } from '../context';
import { partnerRecords, stateRecords } from '../fixed-order';

const BASE_INDICATORS = ['prosperity', 'security', 'connectivity', 'humanCapital'] as const;

/** Applies the year's drift before anything new happens. */
export function applyDrift(state: GameState, ctx: TurnContext): void {
  if (!ctx.record) {
    driftUnexplained(state);
    return;
  }
  // Records and tables read once in id order (see fixed-order.ts): this runs over every pair each turn.
  const states = stateRecords(state.states);
  const partners = partnerRecords(state.partners);
  because(ctx, 'cohesion-decay');
  adjustCohesion(ctx, state, -C.cohesionDecay);
  for (let p = 0; p < partners.length; p++) {
    const partner = partners[p] as PartnerModel;
    const partnerId = partner.id;
    because(ctx, 'attention-reversion', partnerId, undefined, CITE.attention);
    adjustAttention(ctx, partner, (partner.baseline - partner.attention) * C.attentionReversion);
    because(ctx, 'suspicion-decay', partnerId);
    for (let i = 0; i < states.length; i++) {
      const s = states[i] as StateModel;
      // Read by key (see by-key.ts); each step changes only its own entry.
      const suspicion = byState(partner.suspicion, s.id);
      if (suspicion > 0) adjustSuspicion(ctx, partner, s, -suspicion * C.suspicionDecay);
    }
  }
  for (const s of states) {
    because(ctx, 'indicator-reversion');
    for (const indicator of BASE_INDICATORS) {
      const level = byIndicator(s.indicators, indicator);
      adjustIndicator(ctx, s, indicator, (50 - level) * C.indicatorReversion);
    }
    for (let p = 0; p < PARTNER_IDS.length; p++) {
      const partnerId = PARTNER_IDS[p] as PartnerId;
      const tie = byPartner(s.ties, partnerId);
      if (tie <= 0) continue;
      because(ctx, 'ties-decay', partnerId);
      adjustTies(ctx, s, partnerId, -tie * C.tiesDecay);
    }
  }
}

/**
 * The same drift on the fast path, with nothing to explain: every table is
 * written by name, not through the adjust functions' readers by key. The
 * arithmetic is theirs, term for term (`clamp100(before + delta)`), so the
 * two paths agree to the bit (the plain path's games hash as `step`'s do).
 */
function driftUnexplained(state: GameState): void {
  state.cohesion = clamp100(state.cohesion + -C.cohesionDecay);
  const states = stateRecords(state.states);
  const partners = partnerRecords(state.partners);
  for (let p = 0; p < partners.length; p++) {
    const partner = partners[p] as PartnerModel;
    partner.attention = clamp100(
      partner.attention + (partner.baseline - partner.attention) * C.attentionReversion,
    );
    decayByState(partner.suspicion, C.suspicionDecay);
  }
  for (let i = 0; i < states.length; i++) {
    const s = states[i] as StateModel;
    revertBaseIndicators(s.indicators);
    decayByPartner(s.ties, C.tiesDecay);
  }
}

// `decayed` and `reverted` clamp as `clamp100` does, written out: one call fewer
// to inline at each of their sixteen uses keeps them all within V8's inlining budget.

/** A positive value after a year's decay at `rate`, as `adjust*` would leave it. */
function decayed(value: number, rate: number): number {
  return value > 0 ? Math.min(Math.max(value + -value * rate, 0), 100) : value;
}

/** An indicator after a year's reversion toward 50, as `adjustIndicator` would leave it. */
function reverted(level: number): number {
  return Math.min(Math.max(level + (50 - level) * C.indicatorReversion, 0), 100);
}

function decayByState(t: Record<StateId, number>, rate: number): void {
  t.KAZ = decayed(t.KAZ, rate);
  t.KGZ = decayed(t.KGZ, rate);
  t.TJK = decayed(t.TJK, rate);
  t.TKM = decayed(t.TKM, rate);
  t.UZB = decayed(t.UZB, rate);
}

function decayByPartner(t: Record<PartnerId, number>, rate: number): void {
  t.japan = decayed(t.japan, rate);
  t['south-korea'] = decayed(t['south-korea'], rate);
  t.usa = decayed(t.usa, rate);
  t.china = decayed(t.china, rate);
  t.russia = decayed(t.russia, rate);
  t.eu = decayed(t.eu, rate);
  t.italy = decayed(t.italy, rate);
}

/** `BASE_INDICATORS`, by name. */
function revertBaseIndicators(t: Record<Indicator, number>): void {
  t.prosperity = reverted(t.prosperity);
  t.security = reverted(t.security);
  t.connectivity = reverted(t.connectivity);
  t.humanCapital = reverted(t.humanCapital);
}
