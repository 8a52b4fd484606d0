/**
 * Partner-attention shocks: a partner's politics can turn it toward the region
 * or away from it in any year — leadership changes, an election, a disaster
 * at home — as Japan's "three leadership changes" of 2009–2012 did (001).
 */
import { PARTNER_IDS } from '@c5plus/core';
import type { GameState } from '../../model';
import { CALIBRATION as C, MECHANIC_CITATIONS as CITE } from '../../model';
import { adjustAttention } from '../adjust';
import { becauseOfEvent, type TurnContext } from '../context';

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
    becauseOfEvent(ctx, 'random-event', id, CITE.attentionShock);
    ctx.why.partner = partnerId;
    adjustAttention(
      ctx,
      state.partners[partnerId],
      away ? -C.attentionShockSize : C.attentionShockSize,
    );
    ctx.events.push({
      id,
      title: away
        ? `${partnerId}'s politics turn it away from the region`
        : `${partnerId}'s politics turn it toward the region`,
      kind: 'card',
      citation: CITE.attentionShock,
    });
  }
}
