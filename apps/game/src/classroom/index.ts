/**
 * The classroom features' public surface for the rest of the game: the
 * strings to register, the title screen's entries, the screens, and the
 * shared-link check for the page's start.
 */
import './classroom.css';
import { showClassResults } from './class-results-screen';
import type { ClassroomContext } from './context';
import { button, el } from './elements';
import { readHotSeat } from './hot-seat-save';
import { showHotSeatSetup, showHotSeatTurn } from './hot-seat-screens';
import { showReplayReview } from './review-screen';
import { linkPayload } from './scenario-link';
import { showScenarioImport, showScenarioLink } from './scenario-screens';
import { CLASSROOM_NS } from './strings';

export { showClassResults } from './class-results-screen';
export type { ClassroomContext } from './context';
export { showHotSeatDebrief, showHotSeatSetup, showHotSeatTurn } from './hot-seat-screens';
export { registerClassroomStrings } from './messages';
export { reportList } from './report-view';
export { showReplayReview } from './review-screen';
export { findScenario, readLibrary } from './scenario-library';
export { showScenarioImport, showScenarioLink } from './scenario-screens';
export { summaryExport } from './summary-export-panel';

/** Whether the page was opened from a link that carries a scenario. */
export function hasScenarioLink(hash: string): boolean {
  return linkPayload(hash) !== undefined;
}

/** The router names of the classroom screens. */
export const CLASSROOM_SCREENS = {
  hotSeat: 'hot-seat',
  importScenario: 'scenario-import',
  reviewReplay: 'replay-review',
  scenarioLink: 'scenario-link',
  classResults: 'class-results',
  hotSeatResume: 'hot-seat-resume',
} as const;

/** A broken hot-seat save's notice: it was moved aside once, and stays on the title this visit. */
let brokenHotSeat: HTMLElement | undefined;

/**
 * Registers the classroom screens with the game's router; `register` is the
 * router's own function, so the screens are shown like every other.
 */
export function registerClassroomScreens(
  register: (name: string, render: (root: HTMLElement) => void) => void,
  context: ClassroomContext,
): void {
  register(CLASSROOM_SCREENS.hotSeat, (root) => showHotSeatSetup(root, context));
  register(CLASSROOM_SCREENS.importScenario, (root) => showScenarioImport(root, context));
  register(CLASSROOM_SCREENS.reviewReplay, (root) => showReplayReview(root, context));
  register(CLASSROOM_SCREENS.classResults, (root) => showClassResults(root, context));
  register(CLASSROOM_SCREENS.hotSeatResume, (root) => {
    const read = readHotSeat(context.store);
    if (read.kind === 'ok') showHotSeatTurn(root, context, read.hotSeat);
    else context.toTitle();
  });
  register(CLASSROOM_SCREENS.scenarioLink, (root) => {
    void showScenarioLink(root, context, window.location.hash);
  });
}

/** The title screen's buttons for the classroom screens; `show` is the router's. */
export function classroomTitleEntries(
  context: ClassroomContext,
  show: (name: string) => void,
): HTMLElement[] {
  const t = (key: string) => context.t(key, { ns: CLASSROOM_NS });
  return [
    ...hotSeatEntry(context, show),
    button(t('title.hotSeat'), () => show(CLASSROOM_SCREENS.hotSeat), {
      'data-testid': 'title-hot-seat',
    }),
    button(t('title.importScenario'), () => show(CLASSROOM_SCREENS.importScenario), {
      'data-testid': 'title-import-scenario',
    }),
    button(t('title.reviewReplay'), () => show(CLASSROOM_SCREENS.reviewReplay), {
      'data-testid': 'title-review-replay',
    }),
    button(
      context.t('classResults.title', { ns: CLASSROOM_NS }),
      () => show(CLASSROOM_SCREENS.classResults),
      { 'data-testid': 'title-class-results' },
    ),
  ];
}

/** "Continue the hot-seat game" when one is saved, or the notice of a save that did not read. */
function hotSeatEntry(context: ClassroomContext, show: (name: string) => void): HTMLElement[] {
  const t = (key: string, options: Record<string, unknown> = {}) =>
    context.t(key, { ns: CLASSROOM_NS, ...options });
  const read = readHotSeat(context.store);
  if (read.kind === 'broken')
    brokenHotSeat = el(
      'p',
      { role: 'alert', class: 'c5-problems', 'data-testid': 'hot-seat-save-broken' },
      t('hotSeatSave.broken', { message: read.message, key: read.key }),
    );
  const entries = brokenHotSeat ? [brokenHotSeat] : [];
  if (read.kind !== 'ok') return entries;
  const { hotSeat } = read;
  const names = hotSeat.players.map((p) => p.name).join(', ');
  const finished = hotSeat.phase.kind === 'finished';
  const label = finished
    ? t('hotSeatSave.debrief', { names })
    : t('hotSeatSave.continue', { names, year: hotSeat.game.year });
  return [
    ...entries,
    button(label, () => show(CLASSROOM_SCREENS.hotSeatResume), {
      'data-testid': 'title-hot-seat-continue',
    }),
  ];
}
