/**
 * Partner-attention shocks: a partner's politics can turn it toward the region
 * or away from it in any year — leadership changes, an election, a disaster
 * at home — as Japan's "three leadership changes" of 2009–2012 did (001).
 */
import { PARTNER_IDS } from '@c5plus/core';
import type { GameState, PartnerId } from '../../model';
import { CALIBRATION as C, MECHANIC_CITATIONS as CITE } from '../../model';
import { adjustAttention, adjustIndicator, rebalanceExposure, shiftExposure } from '../adjust';
import { byPartner, ofPartner } from '../by-key';
import { becauseOfEvent, type TurnContext } from '../context';
import { stateRecords } from '../fixed-order';

const EVEN_SHARE = 1 / PARTNER_IDS.length;

/**
 * A partner turned away by its own troubles (a slump, a crisis, a change of
 * government) buys less from the region: the states that depend on it lose
 * prosperity in proportion to how concentrated their exposure on it is, and
 * some of that trade is gone. Overreliance is a vulnerability (003).
 */
function hitDependents(
  state: GameState,
  ctx: TurnContext,
  partnerId: PartnerId,
  event: string,
): void {
  const hit: StateModelList = [];
  for (const s of stateRecords(state.states)) {
    const share = byPartner(s.exposure, partnerId);
    const concentration = Math.max(0, share - EVEN_SHARE) / (1 - EVEN_SHARE);
    if (concentration <= 0) continue;
    becauseOfEvent(ctx, 'random-event', event, CITE.diversification);
    ctx.why.partner = partnerId;
    adjustIndicator(ctx, s, 'prosperity', -C.dependenceShockLoss * concentration);
    shiftExposure(ctx, s, partnerId, -share * C.dependenceShockCut);
    hit.push(s);
  }
  for (const s of hit) rebalanceExposure(ctx, s);
}

type StateModelList = GameState['states'][keyof GameState['states']][];

/** Each partner, with a small chance, turns sharply toward or away from the region. */
export function applyAttentionShocks(state: GameState, ctx: TurnContext): void {
  // A scenario without random events (card chance 0) is played without shocks too.
  if (ctx.scenario.cardChance === 0) return;
  const year = state.year;
  for (const partnerId of PARTNER_IDS) {
    if (ctx.random() >= C.attentionShockChance) continue;
    // A year the record shows the partner meeting the five (a summit, a format opened) is not left to chance.
    if (
      ctx.scenario.scripted.some(
        (e) => e.year === year && (e.summit === partnerId || e.opensFormat === partnerId),
      )
    )
      continue;
    const away = ctx.random() < C.attentionShockAwayShare;
    const id = `attention-${away ? 'away' : 'toward'}-${partnerId}`;
    // The documents' instance of such a shock is Japan's; another partner's
    // shock is a chance card of the same kind, with no passage of its own.
    const citation = partnerId === 'japan' ? CITE.attentionShock : undefined;
    becauseOfEvent(ctx, 'random-event', id, citation);
    ctx.why.partner = partnerId;
    adjustAttention(
      ctx,
      ofPartner(state.partners, partnerId),
      away ? -C.attentionShockSize : C.attentionShockSize,
    );
    if (away) hitDependents(state, ctx, partnerId, id);
    ctx.events.push({
      id,
      title: away
        ? `${partnerId}'s politics turn it away from the region`
        : `${partnerId}'s politics turn it toward the region`,
      kind: 'card',
      ...(citation ? { citation } : {}),
    });
  }
}
