/**
 * What the classroom screens need from the game around them: the strings,
 * the storage, names from the dataset and the ways out. The game builds one
 * of these and passes it in, so the screens depend on no game internals.
 */
import { partners, states } from '@c5plus/core';
import {
  type GameState,
  localizeScenario,
  type PartnerId,
  type Plan,
  type Scenario,
  type StateId,
  type TurnReport,
} from '@c5plus/sim';
import type { KeyValueStore } from './key-value-store';

/** A string in the page's language (i18next's `t`, or the game's wrapper of it). */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

export interface ClassroomContext {
  readonly t: Translate;
  /** The page's language, for names from the dataset. */
  readonly language: () => 'en' | 'ru';
  readonly store: KeyValueStore;
  /** Back to the title screen. */
  toTitle(): void;
  /** Plays a scenario alone, through the game's own setup. */
  playScenario(scenario: Scenario): void;
  /** The report of one resolved year, as the game shows it to a student. */
  renderReport(report: TurnReport, game: GameState): HTMLElement;
  /**
   * The single-player planning screen's aids for one state's year: first the
   * line naming the open C5+ formats, then each strategy's advice with its
   * preview; `use` gets the advised plan when the student takes it.
   */
  planningAids(game: GameState, state: StateId, use: (plan: Plan) => void): HTMLElement[];
  /** Shows the map beside the screen from this state's side, or (undefined) hides it. */
  showMap(view: { readonly game: GameState; readonly player: StateId } | undefined): void;
}

/** A state's name in the page's language, from the dataset. */
export function stateName(context: ClassroomContext, id: string): string {
  const state = states.find((s) => s.id === id);
  return state ? state.name[context.language()] : id;
}

/** A partner's name in the page's language, from the dataset. */
export function partnerName(context: ClassroomContext, id: PartnerId | string): string {
  const partner = partners.find((p) => p.id === id);
  return partner ? partner.name[context.language()] : id;
}

/**
 * A scenario's title and summary in the page's language where the scenario
 * carries a translation, else its own text (a teacher's file may be English only).
 */
export function scenarioText(
  context: ClassroomContext,
  scenario: Scenario,
  field: 'title' | 'summary',
): string {
  return localizeScenario(scenario, context.language())[field].text;
}

export type { StateId };
