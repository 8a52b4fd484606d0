/** Pressure: a partner whose suspicion of a state runs high acts on it, in its own way. */
import { PARTNER_IDS, STATE_IDS } from '@c5plus/core';
import type { GameState, PartnerId, PartnerModel, StateId, StateModel } from '../../model';
import { CALIBRATION as C, PRESSURE_CONDUCT } from '../../model';
import { adjustIndicator, adjustSuspicion, adjustTies } from '../adjust';
import { byPartner, byState, partnerLookup, setByState, stateAt } from '../by-key';
import { because, type TurnContext } from '../context';
import { partnerRecords, stateRecords } from '../fixed-order';

// Looked up by a changing id (see by-key.ts).
const pressureConduct = partnerLookup(PRESSURE_CONDUCT);

/** The id of the event of `partner` pressing `state`. */
export function pressureEventId(partner: PartnerId, state: StateId): string {
  return `pressure-${partner}-${state}`;
}

/** The first year a partner that last pressed a state in `lastPressed` (0: never) may press it again. */
export function nextPressureYear(lastPressed: number): number {
  return lastPressed + C.pressureRespite;
}

/** The chance a partner presses a state it suspects this much, in a year: 0 below the threshold, 1 past the ramp. */
export function pressureChance(suspicion: number): number {
  if (suspicion < C.pressureThreshold) return 0;
  return Math.min(1, (suspicion - C.pressureThreshold) / C.pressureRamp);
}

/**
 * The West presses as one sanctions regime: the partners of `bloc` other than
 * the one that pressed spend their grievance against the state too and bide
 * their time with it, so one Western episode is not followed by a second from
 * its ally in the same years.
 */
function spendBlocGrievance(
  ctx: TurnContext,
  partners: readonly PartnerModel[],
  s: StateModel,
  year: number,
  presser: PartnerId,
  bloc: string,
): void {
  // The cause stays the presser's pressure, set by the caller.
  for (let q = 0; q < partners.length; q++) {
    const allyId = PARTNER_IDS[q] as PartnerId;
    if (allyId === presser || pressureConduct(allyId)?.bloc !== bloc) continue;
    const ally = partners[q] as PartnerModel;
    setByState(ally.lastPressed, s.id, year);
    const grievance = byState(ally.suspicion, s.id);
    if (grievance > 0) adjustSuspicion(ctx, ally, s, -grievance * C.pressureRelief);
  }
}

/**
 * Each pressing partner may press each state it suspects beyond the
 * threshold, more likely the higher its suspicion: the "collateral damage" of
 * rivalry. What it costs depends on who presses (`PRESSURE_CONDUCT`), on the
 * state's exposure to the presser, and on their ties.
 */
export function applyPressure(state: GameState, ctx: TurnContext): void {
  // Records and tables read once in id order (see fixed-order.ts).
  const partners = partnerRecords(state.partners);
  const states = stateRecords(state.states);
  for (let p = 0; p < partners.length; p++) {
    const partnerId = PARTNER_IDS[p] as PartnerId;
    const conduct = pressureConduct(partnerId);
    if (!conduct) continue;
    const partner = partners[p] as PartnerModel;
    for (let i = 0; i < states.length; i++) {
      const id = STATE_IDS[i] as StateId;
      // Read through the switch by position (see by-key.ts), not copied into arrays first:
      // pressing a state changes only its own entries here (and the bloc allies' tables).
      const suspicion = stateAt(partner.suspicion, i);
      if (suspicion < C.pressureThreshold) continue;
      // A partner that pressed lately bides its time; no chance is drawn meanwhile.
      if (state.year < nextPressureYear(stateAt(partner.lastPressed, i))) continue;
      if (ctx.random() >= pressureChance(suspicion)) continue;
      const s = states[i] as StateModel;
      because(ctx, 'pressure', partnerId, undefined, conduct.citation);
      ctx.why.state = id;
      // Pressure hurts more where the state depends on the one pressing it, less where ties are good.
      const leverage =
        C.pressureLeverageFloor + byPartner(s.exposure, partnerId) * C.pressureLeveragePerShare;
      const severity =
        C.pressureSeverityMin + (C.pressureSeverityMax - C.pressureSeverityMin) * ctx.random();
      const softened =
        severity * (1 - (C.pressureTiesSoftening * byPartner(s.ties, partnerId)) / 100);
      if (conduct.prosperity > 0)
        adjustIndicator(ctx, s, 'prosperity', -conduct.prosperity * leverage * softened);
      if (conduct.connectivity > 0)
        adjustIndicator(ctx, s, 'connectivity', -conduct.connectivity * leverage * softened);
      if (conduct.security > 0) adjustIndicator(ctx, s, 'security', -conduct.security * softened);
      adjustTies(ctx, s, partnerId, -C.pressureTiesLoss);
      adjustSuspicion(ctx, partner, s, -suspicion * C.pressureRelief);
      setByState(partner.lastPressed, id, state.year);
      if (conduct.bloc) spendBlocGrievance(ctx, partners, s, state.year, partnerId, conduct.bloc);
      ctx.events.push({
        id: pressureEventId(partnerId, id),
        title: `${partnerId} presses ${id}`,
        kind: 'pressure',
        citation: conduct.citation,
      });
    }
  }
}
