/**
 * The classroom features' public surface for the rest of the game: the
 * strings to register, the title screen's entries, the screens, and the
 * shared-link check for the page's start.
 */
import './classroom.css';
import type { ClassroomContext } from './context';
import { button } from './elements';
import { showHotSeatSetup } from './hot-seat-screens';
import { showReplayReview } from './review-screen';
import { linkPayload } from './scenario-link';
import { showScenarioImport } from './scenario-screens';
import { CLASSROOM_NS } from './strings';

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

/** The title screen's buttons for the classroom screens, shown in `host`. */
export function classroomTitleEntries(host: HTMLElement, context: ClassroomContext): HTMLElement[] {
  const t = (key: string) => context.t(key, { ns: CLASSROOM_NS });
  return [
    button(t('title.hotSeat'), () => showHotSeatSetup(host, context), {
      'data-testid': 'title-hot-seat',
    }),
    button(t('title.importScenario'), () => showScenarioImport(host, context), {
      'data-testid': 'title-import-scenario',
    }),
    button(t('title.reviewReplay'), () => showReplayReview(host, context), {
      'data-testid': 'title-review-replay',
    }),
  ];
}
