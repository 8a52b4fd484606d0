/**
 * One turn (one year), as an ordered list of rules that mutate the state. The
 * same function runs on an immer draft (`step`) and on a plain copy
 * (`stepPlain`); the order below is the model's order of resolution.
 */
import type { GameState, Plan, Snapshot, StateId, TurnReport } from '../model';
import type { TurnContext } from './context';
import {
  copyIndicators,
  copyPartnerModel,
  copyStateModel,
  freezeLogEntry,
  freezeRecords,
  freezeSnapshot,
} from './copy';
import { applyAttentionShocks } from './rules/attention-shocks';
import { deriveAutonomy, startingAutonomy } from './rules/autonomy';
import { drawRandomEvent } from './rules/cards';
import { resolveConsultation } from './rules/consultation';
import { applyDrift } from './rules/drift';
import { resolveEngagements } from './rules/engagements';
import { applyPressure } from './rules/pressure';
import { applyPendingDeliveries } from './rules/returns';
import { applySanctions } from './rules/sanctions';
import { applyScriptedEvents } from './rules/scripted';

/** The indicators at the end of a turn. */
export function snapshotOf(state: GameState): Snapshot {
  // Written out by id (see copy.ts): a loop over the ids writes by a changing key.
  const { KAZ, KGZ, TJK, TKM, UZB } = state.states;
  return {
    year: state.year,
    cohesion: state.cohesion,
    states: {
      KAZ: copyIndicators(KAZ.indicators),
      KGZ: copyIndicators(KGZ.indicators),
      TJK: copyIndicators(TJK.indicators),
      TKM: copyIndicators(TKM.indicators),
      UZB: copyIndicators(UZB.indicators),
    },
    attention: attentionOf(state.partners),
  };
}

/** Each partner's attention, as a per-partner table. */
function attentionOf(partners: GameState['partners']): Snapshot['attention'] {
  return {
    japan: partners.japan.attention,
    'south-korea': partners['south-korea'].attention,
    usa: partners.usa.attention,
    china: partners.china.attention,
    russia: partners.russia.attention,
    eu: partners.eu.attention,
    italy: partners.italy.attention,
  };
}

/**
 * The working state of a turn: a plain object with fresh copies of every state
 * and partner record and of the deck, copied from the state as the turn
 * began. Nearly every number in them moves each turn, so nothing is lost to
 * sharing; the rules mutate this plain object on both paths, and `runTurn`
 * then writes what changed into its target. On an immer draft that is a
 * handful of assignments instead of a proxy trap per number read or written;
 * the scenario, the past history and the log stay structurally shared.
 */
export function workingCopy(before: GameState): GameState {
  const from = before.states;
  const partners = before.partners;
  return {
    ...before,
    states: {
      KAZ: copyStateModel(from.KAZ),
      KGZ: copyStateModel(from.KGZ),
      TJK: copyStateModel(from.TJK),
      TKM: copyStateModel(from.TKM),
      UZB: copyStateModel(from.UZB),
    },
    partners: {
      japan: copyPartnerModel(partners.japan),
      'south-korea': copyPartnerModel(partners['south-korea']),
      usa: copyPartnerModel(partners.usa),
      china: copyPartnerModel(partners.china),
      russia: copyPartnerModel(partners.russia),
      eu: copyPartnerModel(partners.eu),
      italy: copyPartnerModel(partners.italy),
    },
    deck: { order: before.deck.order, next: before.deck.next },
  };
}

/**
 * Resolves one turn, writing the result into `target` (an immer draft, or the
 * plain state itself), and reports it. `plans` must be complete and valid;
 * `ctx.before` is the state as the turn begins. With `inPlace`, the rules
 * change `target`'s own records instead of fresh copies: `target` must be
 * `ctx.before` and own every record and array a turn writes (see `ownedCopy`
 * in plain.ts).
 */
export function runTurn(
  target: GameState,
  plans: Readonly<Record<StateId, Plan>>,
  ctx: TurnContext,
  inPlace = false,
): TurnReport {
  const starting = startingAutonomy(ctx.before);
  const state = inPlace ? target : workingCopy(ctx.before);
  const deckBefore = ctx.before.deck.next;
  const year = state.year;
  applyDrift(state, ctx);
  applyAttentionShocks(state, ctx);
  applyScriptedEvents(state, ctx);
  applyPendingDeliveries(state, ctx, inPlace);
  resolveConsultation(state, plans, ctx);
  resolveEngagements(state, plans, ctx);
  applySanctions(state, ctx);
  applyPressure(state, ctx);
  drawRandomEvent(state, ctx);
  deriveAutonomy(state, plans, ctx, starting);

  if (inPlace) {
    // The arrays are the state's own: appended to, not copied.
    state.history.push(snapshotOf(state));
    state.log.push({ year, plans });
    state.turn += 1;
    state.year = year + 1;
    if (year + 1 > state.endYear) state.finished = true;
    return { year, effects: ctx.effects, meetings: ctx.meetings, events: ctx.events };
  }
  const history = state.history.concat(snapshotOf(state));
  const log = state.log.concat({ year, plans });
  if (ctx.record) {
    // Frozen here, key by key, so that immer skips what it would otherwise walk and freeze.
    freezeRecords(state.states, state.partners);
    freezeSnapshot(history[history.length - 1] as Snapshot);
    freezeLogEntry(log[log.length - 1] as GameState['log'][number]);
    Object.freeze(history);
    Object.freeze(log);
    Object.freeze(state.deck);
    for (const entry of state.pending) Object.freeze(entry);
    Object.freeze(state.pending);
  }
  target.states = state.states;
  target.partners = state.partners;
  target.cohesion = state.cohesion;
  if (state.deck.next !== deckBefore) target.deck = state.deck;
  target.history = history;
  target.pending = state.pending;
  target.log = log;
  target.turn = state.turn + 1;
  target.year = year + 1;
  if (year + 1 > state.endYear) target.finished = true;
  return { year, effects: ctx.effects, meetings: ctx.meetings, events: ctx.events };
}
