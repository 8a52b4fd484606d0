/**
 * The classroom features' public surface for the rest of the game: the
 * strings to register, the title screen's entries, the screens, and the
 * shared-link check for the page's start.
 */
import './classroom.css';
import { showClassResults } from './class-results-screen';
import type { ClassroomContext } from './context';
import { button } from './elements';
import { showHotSeatSetup } from './hot-seat-screens';
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
} as const;

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
