/** The passing of a year: suspicion fades, ties fade, attention and indicators revert. */
import { PARTNER_IDS, STATE_IDS } from '@c5plus/core';
import type { GameState } from '../../model';
import { CALIBRATION as C, MECHANIC_CITATIONS as CITE } from '../../model';
import {
  adjustAttention,
  adjustCohesion,
  adjustIndicator,
  adjustSuspicion,
  adjustTies,
} from '../adjust';
import { because, type TurnContext } from '../context';

const BASE_INDICATORS = ['prosperity', 'security', 'connectivity', 'humanCapital'] as const;

/** Applies the year's drift before anything new happens. */
export function applyDrift(state: GameState, ctx: TurnContext): void {
  because(ctx, 'cohesion-decay');
  adjustCohesion(ctx, state, -C.cohesionDecay);
  for (const partnerId of PARTNER_IDS) {
    const partner = state.partners[partnerId];
    because(ctx, 'attention-reversion', partnerId, undefined, CITE.attention);
    adjustAttention(ctx, partner, (partner.baseline - partner.attention) * C.attentionReversion);
    because(ctx, 'suspicion-decay', partnerId);
    for (const id of STATE_IDS) {
      const suspicion = partner.suspicion[id];
      if (suspicion > 0)
        adjustSuspicion(ctx, partner, state.states[id], -suspicion * C.suspicionDecay);
    }
  }
  for (const id of STATE_IDS) {
    const s = state.states[id];
    because(ctx, 'indicator-reversion');
    for (const indicator of BASE_INDICATORS) {
      adjustIndicator(ctx, s, indicator, (50 - s.indicators[indicator]) * C.indicatorReversion);
    }
    for (const partnerId of PARTNER_IDS) {
      const ties = s.ties[partnerId];
      if (ties <= 0) continue;
      because(ctx, 'ties-decay', partnerId);
      adjustTies(ctx, s, partnerId, -ties * C.tiesDecay);
    }
  }
}
