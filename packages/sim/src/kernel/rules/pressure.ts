/** Pressure: a partner whose suspicion of a state runs high acts on it, in its own way. */
import { PARTNER_IDS, STATE_IDS } from '@c5plus/core';
import type { GameState } from '../../model';
import { CALIBRATION as C, PRESSURE_CONDUCT } from '../../model';
import { adjustIndicator, adjustSuspicion, adjustTies } from '../adjust';
import { because, type TurnContext } from '../context';

/** The chance a partner presses a state it suspects this much, in a year: 0 below the threshold, 1 past the ramp. */
export function pressureChance(suspicion: number): number {
  if (suspicion < C.pressureThreshold) return 0;
  return Math.min(1, (suspicion - C.pressureThreshold) / C.pressureRamp);
}

/**
 * Each pressing partner may press each state it suspects beyond the
 * threshold, more likely the higher its suspicion: the "collateral damage" of
 * rivalry. What it costs depends on who presses (`PRESSURE_CONDUCT`), on the
 * state's exposure to the presser, and on their ties.
 */
export function applyPressure(state: GameState, ctx: TurnContext): void {
  for (const partnerId of PARTNER_IDS) {
    const conduct = PRESSURE_CONDUCT[partnerId];
    if (!conduct) continue;
    const partner = state.partners[partnerId];
    for (const id of STATE_IDS) {
      const suspicion = partner.suspicion[id];
      if (suspicion < C.pressureThreshold) continue;
      if (ctx.random() >= pressureChance(suspicion)) continue;
      const s = state.states[id];
      because(ctx, 'pressure', partnerId, undefined, conduct.citation);
      ctx.why.state = id;
      // Pressure hurts more where the state depends on the one pressing it, less where ties are good.
      const leverage = C.pressureLeverageFloor + s.exposure[partnerId] * C.pressureLeveragePerShare;
      const softened = 1 - (C.pressureTiesSoftening * s.ties[partnerId]) / 100;
      if (conduct.prosperity > 0)
        adjustIndicator(ctx, s, 'prosperity', -conduct.prosperity * leverage * softened);
      if (conduct.connectivity > 0)
        adjustIndicator(ctx, s, 'connectivity', -conduct.connectivity * leverage * softened);
      if (conduct.security > 0) adjustIndicator(ctx, s, 'security', -conduct.security * softened);
      adjustTies(ctx, s, partnerId, -C.pressureTiesLoss);
      adjustSuspicion(ctx, partner, s, -suspicion * C.pressureRelief);
      ctx.events.push({
        id: `pressure-${partnerId}-${id}`,
        title: `${partnerId} presses ${id}`,
        kind: 'pressure',
        citation: conduct.citation,
      });
    }
  }
}
