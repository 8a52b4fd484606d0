/** Long-term returns: programmes agreed in earlier years keep delivering. */

import type { GameState, PendingDelivery } from '../../model';
import { DELIVERY_PROFILES } from '../../model';
import { because, type TurnContext } from '../context';
import { deliver } from './engagements';

/** Delivers this year's share of every pending programme and keeps what is still to come. */
export function applyPendingDeliveries(state: GameState, ctx: TurnContext): void {
  if (state.pending.length === 0) {
    state.pending = [];
    return;
  }
  const next: PendingDelivery[] = [];
  for (const entry of state.pending) {
    because(
      ctx,
      'long-term-delivery',
      entry.partner,
      entry.issue,
      DELIVERY_PROFILES[entry.partner]?.citation,
    );
    ctx.why.state = entry.state;
    deliver(ctx, state.states[entry.state], entry.issue, entry.perYear);
    if (entry.yearsLeft > 1) next.push({ ...entry, yearsLeft: entry.yearsLeft - 1 });
  }
  state.pending = next;
}
