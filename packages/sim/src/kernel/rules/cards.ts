/** Random events: a card from the scenario's seeded deck, some years. */
import type { GameState } from '../../model';
import { CALIBRATION as C } from '../../model';
import { rebalanceExposure } from '../adjust';
import { becauseOfEvent, type TurnContext } from '../context';
import { stateRecords } from '../fixed-order';
import { applyScenarioEffect } from './scenario-effects';

/** Draws a card with the scenario's chance and applies it; the deck cycles. */
export function drawRandomEvent(state: GameState, ctx: TurnContext): void {
  const deck = ctx.scenario.deck;
  if (deck.length === 0 || ctx.random() >= ctx.scenario.cardChance) return;
  const index = state.deck.order[state.deck.next % state.deck.order.length] ?? 0;
  state.deck.next += 1;
  const card = deck[index];
  if (!card) return;
  // The same kind of event comes mild or severe: a slump or a deep recession.
  const severity = C.cardSeverityMin + (C.cardSeverityMax - C.cardSeverityMin) * ctx.random();
  becauseOfEvent(ctx, 'random-event', card.id, card.citation);
  for (const effect of card.effects) applyScenarioEffect(state, effect, ctx, severity);
  for (const s of stateRecords(state.states)) rebalanceExposure(ctx, s);
  ctx.events.push(
    card.citation === undefined
      ? { id: card.id, title: card.title, kind: 'card' }
      : { id: card.id, title: card.title, kind: 'card', citation: card.citation },
  );
}
