/**
 * The classroom screens joined to the game: its i18next instance and
 * language, its router, its setup (to play an imported scenario) and its own
 * report pieces (the same cause lists and citations the student saw).
 */
import {
  type GameState,
  legalActions,
  type Scenario,
  type StateId,
  type TurnReport,
} from '@c5plus/sim';
import i18next from 'i18next';
import { app } from '../app';
import { el, signed } from '../dom';
import { eventTitle, language, partnerName, stateName, t, targetText } from '../i18n';
import { adviceBox, openFormatsLine } from '../panels/advice';
import { causeList, citation, eventTitles } from '../panels/causes';
import { showScreen } from '../panels/screens';
import type { ClassroomContext } from './context';
import { registerClassroomStrings } from './messages';

registerClassroomStrings(i18next);

/** A year's report as the game's result screen phrases it, for every state. */
export function gameReportView(report: TurnReport, game: GameState): HTMLElement {
  const titles = eventTitles(game);
  const events = report.events.map((e) =>
    el(
      'li',
      {},
      el('span', { class: 'tag' }, t(`result.kind.${e.kind}`)),
      ' ',
      el('strong', {}, eventTitle(e.citation, e.title)),
      e.citation ? citation(e.citation) : null,
    ),
  );
  const meetings = report.meetings.map((m) => {
    const partner = partnerName(m.partner) + (m.summit ? ` (${t('result.summit')})` : '');
    return el(
      'li',
      {},
      m.convened
        ? `✔ ${t('result.convened', { partner, states: m.participants.map((s) => stateName(s as StateId)).join(', '), issues: m.issues.map((i) => t(`issue.${i}`)).join(', ') })}`
        : `✘ ${t('result.failed', { partner, reason: t(`result.reason.${m.reason ?? 'no-format'}`) })}`,
    );
  });
  // Effects grouped by the number they moved, each opened to its causes.
  const byTarget = new Map<string, typeof report.effects>();
  for (const e of report.effects) {
    const key = targetText(e.target);
    byTarget.set(key, [...(byTarget.get(key) ?? []), e]);
  }
  const changes = [...byTarget.entries()].map(([target, effects]) =>
    el(
      'li',
      {},
      el(
        'details',
        {},
        el(
          'summary',
          {},
          `${target}: ${signed(
            effects.reduce((sum, e) => sum + e.delta, 0),
            2,
          )}`,
        ),
        causeList(effects, titles),
      ),
    ),
  );
  return el(
    'div',
    { class: 'c5-report', 'data-testid': 'turn-report' },
    el('h4', {}, t('result.events')),
    el('ul', {}, ...(events.length > 0 ? events : [el('li', {}, t('result.noEvents'))])),
    el('h4', {}, t('result.meetings')),
    el('ul', {}, ...(meetings.length > 0 ? meetings : [el('li', {}, t('result.noMeetings'))])),
    el('h4', {}, t('result.indicators')),
    el('ul', { class: 'c5-effects' }, ...changes),
  );
}

/** Opens the game's setup on a scenario (an imported or linked one). */
function playScenario(scenario: Scenario): void {
  app.request = { ...app.request, scenario };
  history.replaceState(null, '', location.pathname + location.search);
  showScreen('setup');
}

/** The context every classroom screen gets in the game. */
export const classroomContext: ClassroomContext = {
  t: (key, options) => t(key, options),
  language,
  store: {
    getItem: (key) => window.localStorage.getItem(key),
    setItem: (key, value) => window.localStorage.setItem(key, value),
    removeItem: (key) => window.localStorage.removeItem(key),
  },
  toTitle: () => {
    app.mapView = undefined;
    if (location.hash) history.replaceState(null, '', location.pathname + location.search);
    showScreen('title');
  },
  playScenario,
  renderReport: gameReportView,
  planningAids: (game, state, use) => [
    openFormatsLine(legalActions(game, state)),
    adviceBox(game, state, use),
  ],
  showMap: (view) => {
    app.mapView = view ? { ...view, report: undefined } : undefined;
    document.body.classList.toggle('with-map', view !== undefined);
    app.onMapView?.();
  },
};
