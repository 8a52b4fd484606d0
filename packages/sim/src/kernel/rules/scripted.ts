/** Scripted history: the scenario's events for this year happen. */
import type { GameState } from '../../model';
import { becauseOfEvent, type TurnContext } from '../context';
import { applyScenarioEffect } from './scenario-effects';

/** Applies this year's scripted events. (Formats they open are set at creation: see `createGame`.) */
export function applyScriptedEvents(state: GameState, ctx: TurnContext): void {
  for (const event of ctx.scenario.scripted) {
    if (event.year !== state.year) continue;
    becauseOfEvent(ctx, 'scripted-event', event.id, event.citation);
    for (const effect of event.effects) applyScenarioEffect(state, effect, ctx);
    ctx.events.push(
      event.citation === undefined
        ? { id: event.id, title: event.title, kind: 'scripted' }
        : { id: event.id, title: event.title, kind: 'scripted', citation: event.citation },
    );
  }
}
