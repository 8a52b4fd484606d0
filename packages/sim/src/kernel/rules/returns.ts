/** Long-term returns: programmes agreed in earlier years keep delivering. */

import type { GameState, PendingDelivery } from '../../model';
import { MECHANIC_CITATIONS as CITE, DELIVERY_PROFILES } from '../../model';
import { ofState, partnerLookup } from '../by-key';
import { because, type TurnContext } from '../context';
import { deliver } from './engagements';

// Looked up by a changing id (see by-key.ts).
const deliveryProfile = partnerLookup(DELIVERY_PROFILES);

/** Delivers this year's share of every pending programme and keeps what is still to come. */
export function applyPendingDeliveries(state: GameState, ctx: TurnContext, inPlace = false): void {
  if (inPlace) {
    applyOwnedDeliveries(state.pending as OwnedDelivery[], ctx, state);
    return;
  }
  if (state.pending.length === 0) {
    state.pending = [];
    return;
  }
  const next: PendingDelivery[] = [];
  for (const entry of state.pending) {
    // The cause only for explanations: the fast path skips looking up its citation.
    if (ctx.record) explainDelivery(ctx, entry);
    deliver(ctx, ofState(state.states, entry.state), entry.issue, entry.perYear);
    // Written out, not spread: an object spread is several times slower, and this runs for every pending entry each turn.
    if (entry.yearsLeft > 1)
      next.push({
        state: entry.state,
        partner: entry.partner,
        issue: entry.issue,
        perYear: entry.perYear,
        yearsLeft: entry.yearsLeft - 1,
      });
  }
  state.pending = next;
}

/** A pending entry the state owns (see `ownedCopy` in plain.ts): counted down in place. */
type OwnedDelivery = { -readonly [K in keyof PendingDelivery]: PendingDelivery[K] };

/**
 * `applyPendingDeliveries` on a state that owns its pending array and every
 * entry in it: each kept entry counts its years down in place and the array
 * is compacted, in the same order, instead of a new entry and array a turn.
 */
function applyOwnedDeliveries(pending: OwnedDelivery[], ctx: TurnContext, state: GameState): void {
  let kept = 0;
  for (let i = 0; i < pending.length; i++) {
    const entry = pending[i] as OwnedDelivery;
    if (ctx.record) explainDelivery(ctx, entry);
    deliver(ctx, ofState(state.states, entry.state), entry.issue, entry.perYear);
    if (entry.yearsLeft > 1) {
      entry.yearsLeft -= 1;
      pending[kept] = entry;
      kept += 1;
    }
  }
  pending.length = kept;
}

/** Sets the cause of a pending entry's delivery. */
function explainDelivery(ctx: TurnContext, entry: PendingDelivery): void {
  // A negative entry is a transactional deal's gain wearing off (`DEAL_FADE`).
  if (entry.perYear < 0) because(ctx, 'deal-fading', entry.partner, entry.issue, CITE.dealFade);
  else
    because(
      ctx,
      'long-term-delivery',
      entry.partner,
      entry.issue,
      deliveryProfile(entry.partner)?.citation,
    );
  ctx.why.state = entry.state;
}
