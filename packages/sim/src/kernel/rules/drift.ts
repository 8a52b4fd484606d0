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
import { byIndicator } from '../by-key';
import { because, type TurnContext } from '../context';
import { partnerRecords, partnerValues, stateRecords, stateValues } from '../fixed-order';

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
    const suspicions = stateValues(partner.suspicion);
    for (let i = 0; i < states.length; i++) {
      const suspicion = suspicions[i] as number;
      if (suspicion > 0)
        adjustSuspicion(ctx, partner, states[i] as StateModel, -suspicion * C.suspicionDecay);
    }
  }
  for (const s of states) {
    because(ctx, 'indicator-reversion');
    for (const indicator of BASE_INDICATORS) {
      const level = byIndicator(s.indicators, indicator);
      adjustIndicator(ctx, s, indicator, (50 - level) * C.indicatorReversion);
    }
    const ties = partnerValues(s.ties);
    for (let p = 0; p < ties.length; p++) {
      const tie = ties[p] as number;
      if (tie <= 0) continue;
      const partnerId = PARTNER_IDS[p] as PartnerId;
      because(ctx, 'ties-decay', partnerId);
      adjustTies(ctx, s, partnerId, -tie * C.tiesDecay);
    }
  }
}
