/**
 * The only way rules change numbers: each function clamps, applies and (when
 * recording) explains the change with the context's current cause, which the
 * rule sets beforehand with `because`.
 */
import { PARTNER_IDS } from '@c5plus/core';
import type { EffectTarget, Indicator, PartnerId, PartnerModel, StateModel } from '../model';
import { MECHANIC_CITATIONS } from '../model';
import {
  byIndicator,
  byPartner,
  byState,
  indicatorAt,
  partnerAt,
  setByIndicator,
  setByPartner,
  setByState,
  setIndicatorAt,
  setPartnerAt,
  setStateAt,
  stateAt,
} from './by-key';
import { because, currentCause, type TurnContext } from './context';
import {
  dividePartnerValues,
  fillPartnerValues,
  INDICATOR_ORDER,
  partnerValues,
  setPartnerValues,
  sumOfPartnerValues,
} from './fixed-order';

const CITE_DIVERSIFICATION = MECHANIC_CITATIONS.diversification;

/** Clamps to the 0–100 scale of every indicator, tie, attention and suspicion. */
export function clamp100(value: number): number {
  return Math.min(Math.max(value, 0), 100);
}

const TINY = 1e-9;

/** Records an explained effect. */
function record(ctx: TurnContext, target: EffectTarget, delta: number): void {
  if (Math.abs(delta) <= TINY) return;
  const citation = ctx.why.citation;
  const cause = currentCause(ctx);
  ctx.effects.push(
    citation === undefined ? { target, delta, cause } : { target, delta, cause, citation },
  );
}

/** Moves one indicator of a state. */
export function adjustIndicator(
  ctx: TurnContext,
  state: StateModel,
  indicator: Indicator,
  delta: number,
): void {
  const before = byIndicator(state.indicators, indicator);
  const after = clamp100(before + delta);
  setByIndicator(state.indicators, indicator, after);
  if (ctx.record) record(ctx, { kind: 'indicator', state: state.id, indicator }, after - before);
}

/** `adjustIndicator` by the indicator's position in `INDICATOR_ORDER` (see by-key.ts). */
export function adjustIndicatorAt(
  ctx: TurnContext,
  state: StateModel,
  at: number,
  delta: number,
): void {
  const before = indicatorAt(state.indicators, at);
  const after = clamp100(before + delta);
  setIndicatorAt(state.indicators, at, after);
  if (ctx.record)
    record(
      ctx,
      { kind: 'indicator', state: state.id, indicator: INDICATOR_ORDER[at] as Indicator },
      after - before,
    );
}

/** Moves a state's ties toward a partner. */
export function adjustTies(
  ctx: TurnContext,
  state: StateModel,
  partner: PartnerId,
  delta: number,
): void {
  const before = byPartner(state.ties, partner);
  const after = clamp100(before + delta);
  setByPartner(state.ties, partner, after);
  if (ctx.record) record(ctx, { kind: 'ties', state: state.id, partner }, after - before);
}

/** `adjustTies` by the partner's position in `PARTNER_IDS`. */
export function adjustTiesAt(ctx: TurnContext, state: StateModel, at: number, delta: number): void {
  const before = partnerAt(state.ties, at);
  const after = clamp100(before + delta);
  setPartnerAt(state.ties, at, after);
  if (ctx.record)
    record(
      ctx,
      { kind: 'ties', state: state.id, partner: PARTNER_IDS[at] as PartnerId },
      after - before,
    );
}

/** Moves a partner's attention to the region. */
export function adjustAttention(ctx: TurnContext, partner: PartnerModel, delta: number): void {
  const before = partner.attention;
  const after = clamp100(before + delta);
  partner.attention = after;
  if (ctx.record) record(ctx, { kind: 'attention', partner: partner.id }, after - before);
}

/** Moves a partner's suspicion of a state. */
export function adjustSuspicion(
  ctx: TurnContext,
  partner: PartnerModel,
  state: StateModel,
  delta: number,
): void {
  const before = byState(partner.suspicion, state.id);
  const after = clamp100(before + delta);
  setByState(partner.suspicion, state.id, after);
  if (ctx.record)
    record(ctx, { kind: 'suspicion', partner: partner.id, state: state.id }, after - before);
}

/** `adjustSuspicion`, the state given with its position in `STATE_IDS` too. */
export function adjustSuspicionAt(
  ctx: TurnContext,
  partner: PartnerModel,
  state: StateModel,
  at: number,
  delta: number,
): void {
  const before = stateAt(partner.suspicion, at);
  const after = clamp100(before + delta);
  setStateAt(partner.suspicion, at, after);
  if (ctx.record)
    record(ctx, { kind: 'suspicion', partner: partner.id, state: state.id }, after - before);
}

/** Moves the region's cohesion. */
export function adjustCohesion(
  ctx: TurnContext,
  region: { cohesion: number },
  delta: number,
): void {
  const before = region.cohesion;
  const after = clamp100(before + delta);
  region.cohesion = after;
  if (ctx.record) record(ctx, { kind: 'cohesion' }, after - before);
}

/**
 * Moves a share of a state's economic exposure toward (positive) or away from
 * (negative) one partner. The shares no longer sum to 1 until
 * `rebalanceExposure` runs: a turn's engagements each add their share, and the
 * state's exposure is rebalanced once at the end, the others shrinking in
 * proportion.
 */
export function shiftExposure(
  ctx: TurnContext,
  state: StateModel,
  partner: PartnerId,
  share: number,
): void {
  const before = byPartner(state.exposure, partner);
  const after = Math.max(0, before + share);
  setByPartner(state.exposure, partner, after);
  if (ctx.record) record(ctx, { kind: 'exposure', state: state.id, partner }, after - before);
}

/** `shiftExposure` by the partner's position in `PARTNER_IDS`. */
export function shiftExposureAt(
  ctx: TurnContext,
  state: StateModel,
  at: number,
  share: number,
): void {
  const before = partnerAt(state.exposure, at);
  const after = Math.max(0, before + share);
  setPartnerAt(state.exposure, at, after);
  if (ctx.record)
    record(
      ctx,
      { kind: 'exposure', state: state.id, partner: PARTNER_IDS[at] as PartnerId },
      after - before,
    );
}

/** Scales a state's exposure shares back to a sum of 1 (even shares if all are 0). */
export function rebalanceExposure(ctx: TurnContext, state: StateModel): void {
  // Summed in PARTNER_IDS order, by name (see fixed-order.ts): this runs for every state each turn.
  const total = sumOfPartnerValues(state.exposure);
  if (Math.abs(total - 1) < TINY) return;
  because(ctx, 'exposure-rebalance', undefined, undefined, CITE_DIVERSIFICATION);
  if (!ctx.record) {
    // In place, with nothing to explain: no arrays to allocate.
    if (total > TINY) dividePartnerValues(state.exposure, total);
    else fillPartnerValues(state.exposure, 1 / PARTNER_IDS.length);
    return;
  }
  const shares = partnerValues(state.exposure);
  const scaled: number[] = [];
  for (const before of shares) scaled.push(total > TINY ? before / total : 1 / PARTNER_IDS.length);
  setPartnerValues(state.exposure, scaled);
  for (let i = 0; i < PARTNER_IDS.length; i++) {
    const partner = PARTNER_IDS[i] as PartnerId;
    record(
      ctx,
      { kind: 'exposure', state: state.id, partner },
      (scaled[i] as number) - (shares[i] as number),
    );
  }
}
