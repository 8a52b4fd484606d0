/**
 * One turn (one year), as an ordered list of rules that mutate the state. The
 * same function runs on an immer draft (`step`) and on a plain copy
 * (`stepPlain`); the order below is the model's order of resolution.
 */
import { PARTNER_IDS, STATE_IDS } from '@c5plus/core';
import type { GameState, Plan, Snapshot, StateId, TurnReport } from '../model/types';
import { deepFreeze, type TurnContext } from './context';
import { copyPartnerModel, copyStateModel, freezeRecords } from './copy';
import { deriveAutonomy } from './rules/autonomy';
import { drawRandomEvent } from './rules/cards';
import { resolveConsultation } from './rules/consultation';
import { applyDrift } from './rules/drift';
import { resolveEngagements } from './rules/engagements';
import { applyPressure } from './rules/pressure';
import { applyScriptedEvents } from './rules/scripted';

/** The indicators at the end of a turn. */
export function snapshotOf(state: GameState): Snapshot {
  const states = {} as Snapshot['states'];
  for (const id of STATE_IDS) states[id] = { ...state.states[id].indicators };
  const attention = {} as Snapshot['attention'];
  for (const id of PARTNER_IDS) attention[id] = state.partners[id].attention;
  return { year: state.year, cohesion: state.cohesion, states, attention };
}

/**
 * Gives the game fresh copies of every state and partner record, copied from
 * the state as the turn began. Nearly every number in them moves each turn, so
 * nothing is lost to sharing; on an immer draft the rules then work on plain
 * objects instead of paying a proxy trap per number (the scenario, history and
 * log stay structurally shared), and on a plain copy it is what keeps the
 * original's records untouched.
 */
function freshRecords(state: GameState, before: GameState): void {
  const from = before.states;
  state.states = {
    KAZ: copyStateModel(from.KAZ),
    KGZ: copyStateModel(from.KGZ),
    TJK: copyStateModel(from.TJK),
    TKM: copyStateModel(from.TKM),
    UZB: copyStateModel(from.UZB),
  };
  const partners = before.partners;
  state.partners = {
    japan: copyPartnerModel(partners.japan),
    'south-korea': copyPartnerModel(partners['south-korea']),
    usa: copyPartnerModel(partners.usa),
    china: copyPartnerModel(partners.china),
    russia: copyPartnerModel(partners.russia),
    eu: copyPartnerModel(partners.eu),
    italy: copyPartnerModel(partners.italy),
  };
}

/** Resolves one turn in place and reports it. `plans` must be complete and valid. */
export function runTurn(
  state: GameState,
  plans: Readonly<Record<StateId, Plan>>,
  ctx: TurnContext,
): TurnReport {
  const year = state.year;
  freshRecords(state, ctx.before);
  applyDrift(state, ctx);
  applyScriptedEvents(state, ctx);
  resolveConsultation(state, plans, ctx);
  resolveEngagements(state, plans, ctx);
  applyPressure(state, ctx);
  drawRandomEvent(state, ctx);
  deriveAutonomy(state, ctx);

  // New arrays rather than pushes: pushing to an immer draft's array makes immer
  // revisit every past entry when it finalizes.
  state.history = ctx.before.history.concat(snapshotOf(state));
  state.log = ctx.before.log.concat({ year, plans });
  if (ctx.record) {
    // Frozen here so that immer skips what it would otherwise walk and freeze.
    freezeRecords(state.states, state.partners);
    // Past entries are frozen already; only the new ones need walking.
    deepFreeze(state.history[state.history.length - 1]);
    deepFreeze(state.log[state.log.length - 1]);
    Object.freeze(state.history);
    Object.freeze(state.log);
  }
  state.turn += 1;
  state.year += 1;
  if (state.year > state.endYear) state.finished = true;
  return { year, effects: ctx.effects, meetings: ctx.meetings, events: ctx.events };
}
