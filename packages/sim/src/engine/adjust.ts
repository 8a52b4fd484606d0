/**
 * The only way rules change numbers: each function clamps, applies and (when
 * recording) explains the change. Causes are passed as factories so that the
 * fast path never builds them.
 */
import { PARTNER_IDS } from '@c5plus/core';
import type {
  Cause,
  EffectTarget,
  Indicator,
  PartnerId,
  PartnerModel,
  StateModel,
} from '../model/types';
import type { TurnContext } from './context';

/** Clamps to the 0–100 scale of every indicator, tie, attention and suspicion. */
export function clamp100(value: number): number {
  return value < 0 ? 0 : Math.min(value, 100);
}

const TINY = 1e-9;

/** Records an explained effect. */
function record(
  ctx: TurnContext,
  target: EffectTarget,
  delta: number,
  why: () => Cause,
  citation: string | undefined,
) {
  if (Math.abs(delta) <= TINY) return;
  const cause = why();
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
  why: () => Cause,
  citation?: string,
): void {
  const before = state.indicators[indicator];
  const after = clamp100(before + delta);
  state.indicators[indicator] = after;
  if (ctx.record)
    record(ctx, { kind: 'indicator', state: state.id, indicator }, after - before, why, citation);
}

/** Moves a state's ties toward a partner. */
export function adjustTies(
  ctx: TurnContext,
  state: StateModel,
  partner: PartnerId,
  delta: number,
  why: () => Cause,
  citation?: string,
): void {
  const before = state.ties[partner];
  const after = clamp100(before + delta);
  state.ties[partner] = after;
  if (ctx.record)
    record(ctx, { kind: 'ties', state: state.id, partner }, after - before, why, citation);
}

/** Moves a partner's attention to the region. */
export function adjustAttention(
  ctx: TurnContext,
  partner: PartnerModel,
  delta: number,
  why: () => Cause,
  citation?: string,
): void {
  const before = partner.attention;
  const after = clamp100(before + delta);
  partner.attention = after;
  if (ctx.record)
    record(ctx, { kind: 'attention', partner: partner.id }, after - before, why, citation);
}

/** Moves a partner's suspicion of a state. */
export function adjustSuspicion(
  ctx: TurnContext,
  partner: PartnerModel,
  state: StateModel,
  delta: number,
  why: () => Cause,
  citation?: string,
): void {
  const before = partner.suspicion[state.id];
  const after = clamp100(before + delta);
  partner.suspicion[state.id] = after;
  if (ctx.record)
    record(
      ctx,
      { kind: 'suspicion', partner: partner.id, state: state.id },
      after - before,
      why,
      citation,
    );
}

/** Moves the region's cohesion. */
export function adjustCohesion(
  ctx: TurnContext,
  region: { cohesion: number },
  delta: number,
  why: () => Cause,
  citation?: string,
): void {
  const before = region.cohesion;
  const after = clamp100(before + delta);
  region.cohesion = after;
  if (ctx.record) record(ctx, { kind: 'cohesion' }, after - before, why, citation);
}

/**
 * Shifts a share of a state's economic exposure toward (positive) or away from
 * (negative) one partner, taking from or giving to the others in proportion, so
 * that the shares still sum to 1.
 */
export function shiftExposure(
  ctx: TurnContext,
  state: StateModel,
  partner: PartnerId,
  share: number,
  why: () => Cause,
  citation?: string,
): void {
  const exposure = state.exposure;
  const current = exposure[partner];
  const target = Math.min(1, Math.max(0, current + share));
  const moved = target - current;
  const others = 1 - current;
  if (Math.abs(moved) < TINY || (moved > 0 && others < TINY)) return;
  let total = 0;
  for (const key of PARTNER_IDS) {
    if (key === partner) continue;
    const before = exposure[key];
    // Others shrink (or grow) in proportion to their shares, or evenly when all are zero.
    const scaled =
      others > TINY ? before * (1 - moved / others) : -moved / (PARTNER_IDS.length - 1);
    const after = Math.max(scaled, 0);
    exposure[key] = after;
    total += after;
    if (ctx.record)
      record(
        ctx,
        { kind: 'exposure', state: state.id, partner: key },
        after - before,
        why,
        citation,
      );
  }
  exposure[partner] = 1 - total;
  if (ctx.record)
    record(
      ctx,
      { kind: 'exposure', state: state.id, partner },
      exposure[partner] - current,
      why,
      citation,
    );
}
