/** Pressure: a partner whose suspicion of a state runs high acts on it. */
import { PARTNER_IDS, STATE_IDS } from '@c5plus/core';
import { CALIBRATION as C } from '../../model/calibration';
import { MECHANIC_CITATIONS as CITE } from '../../model/citations';
import type { GameState } from '../../model/types';
import { adjustIndicator, adjustTies } from '../adjust';
import { because, type TurnContext } from '../context';

/**
 * Each partner may press each state it suspects beyond the threshold, more
 * likely the higher its suspicion: the "collateral damage" of rivalry.
 */
export function applyPressure(state: GameState, ctx: TurnContext): void {
  const span = 100 - C.pressureThreshold;
  for (const partnerId of PARTNER_IDS) {
    const partner = state.partners[partnerId];
    for (const id of STATE_IDS) {
      const suspicion = partner.suspicion[id];
      if (suspicion < C.pressureThreshold) continue;
      if (ctx.random() >= (suspicion - C.pressureThreshold) / span) continue;
      const s = state.states[id];
      because(ctx, 'pressure', partnerId, undefined, CITE.rivalSuspicion);
      ctx.why.state = id;
      // Pressure hurts more where the state depends on the one pressing it.
      const leverage = C.pressureLeverageFloor + s.exposure[partnerId] * C.pressureLeveragePerShare;
      adjustIndicator(ctx, s, 'prosperity', -C.pressureProsperityLoss * leverage);
      adjustIndicator(ctx, s, 'security', -C.pressureSecurityLoss);
      adjustTies(ctx, s, partnerId, -C.pressureTiesLoss);
      ctx.events.push({
        id: `pressure-${partnerId}-${id}`,
        title: `${partnerId} presses ${id}`,
        kind: 'pressure',
        citation: CITE.rivalSuspicion,
      });
    }
  }
}
