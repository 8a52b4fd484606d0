/** The passing of a year: suspicion fades, ties fade, attention and indicators revert. */
import { PARTNER_IDS } from '@c5plus/core';
import type { GameState, PartnerId, PartnerModel, StateModel } from '../../model';
import { CALIBRATION as C, MECHANIC_CITATIONS as CITE } from '../../model';
import {
  adjustAttention,
  adjustCohesion,
  adjustIndicator,
  adjustSuspicion,
  adjustTies,
} from '../adjust';
import { byIndicator, byPartner, byState } from '../by-key';
import { because, type TurnContext } from '../context';
import { partnerRecords, stateRecords } from '../fixed-order';

const BASE_INDICATORS = ['prosperity', 'security', 'connectivity', 'humanCapital'] as const;

/** Applies the year's drift before anything new happens. */
export function applyDrift(state: GameState, ctx: TurnContext): void {
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
