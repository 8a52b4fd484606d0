/**
 * The debrief: the scorecard and objectives; the player's path year by year
 * beside the historical line and every strategy on the same seed (run by the
 * sim, ./debrief-chart.ts); what the game shows of the model's three lessons
 * (./debrief-findings.ts); the lessons with the documents' own arguments;
 * going back to a year; the replay export; a printable report.
 */
import { documentArguments, type PartnerId } from '@c5plus/core';
import { describeObjectiveValue, type GameState, scorecard, toReplay } from '@c5plus/sim';
import { app } from '../app';
import { summaryExport } from '../classroom';
import { classroomContext } from '../classroom/wiring';
import { download, el, scrollBox } from '../dom';
import { claimText, passage, personName, scenarioTexts, stateName, strategyName, t } from '../i18n';
import { quotation } from './causes';
import { pathsSection } from './debrief-chart';
import { findingsSection } from './debrief-findings';
import { showScreen } from './screens';

/** The documents' arguments that speak to this outcome: the format's general case, and the partners that weighed most on the player. */
function relevantArguments(game: GameState, player: keyof GameState['states']) {
  const partners = Object.entries(game.partners) as [PartnerId, GameState['partners'][PartnerId]][];
  const suspicious = partners.sort(
    (a, b) => b[1].suspicion[player] - a[1].suspicion[player],
  )[0]?.[0];
  const general = documentArguments.filter((a) => a.partners.length === 0).slice(0, 3);
  const specific = documentArguments
    .filter((a) => suspicious && a.partners.includes(suspicious))
    .slice(0, 2);
  return [...general, ...specific];
}

export function renderDebrief(root: HTMLElement): void {
  const session = app.session;
  if (!session) {
    showScreen('title');
    return;
  }
  const game = session.game;
  const player = session.player;
  const card = scorecard(game);
  const texts = scenarioTexts(game.scenario);

  const table = el('table', { class: 'scorecard', 'data-testid': 'scorecard' });
  table.append(
    el(
      'tr',
      {},
      el('th', { scope: 'col' }, t('debrief.state')),
      el('th', { scope: 'col' }, t('debrief.controller')),
      ...(['prosperity', 'security', 'autonomy', 'connectivity', 'humanCapital'] as const).map(
        (k) => el('th', { scope: 'col' }, t(`indicator.${k}`)),
      ),
      el('th', { scope: 'col' }, t('debrief.welfare')),
    ),
  );
  for (const s of card.states) {
    table.append(
      el(
        'tr',
        { class: s.state === player ? 'you' : undefined },
        el('th', { scope: 'row' }, stateName(s.state)),
        el('td', {}, s.state === player ? t('debrief.you') : strategyName(s.controller)),
        ...Object.values(s.indicators).map((v) => el('td', {}, v.toFixed(1))),
        el('td', {}, s.welfare.toFixed(1)),
      ),
    );
  }
  const objectives = el('ul', { class: 'objectives', 'data-testid': 'objectives' });
  for (const o of card.objectives) {
    const text = texts.objectives[o.id] ?? { text: o.text, language: 'en' };
    objectives.append(
      el(
        'li',
        {},
        `${o.met ? '✔' : '✘'} `,
        el('span', { lang: text.language }, text.text),
        ` — ${o.met ? t('debrief.met') : t('debrief.notMet')} (${describeObjectiveValue(game.scenario, o.id, o.value)})`,
      ),
    );
  }

  const lessons = el('ul', { class: 'lessons' });
  for (const l of texts.lessons) lessons.append(el('li', { lang: l.language }, l.text));
  const args = el('div', { class: 'arguments', 'data-testid': 'arguments' });
  for (const a of relevantArguments(game, player)) {
    const person = personName(a.arguedBy);
    const claim = claimText(a);
    args.append(
      el(
        'article',
        {},
        el(
          'p',
          {},
          el('span', { class: 'tag' }, t(`debrief.kind.${a.kind}`)),
          ' ',
          el('span', { lang: claim.language }, claim.text),
        ),
        ...a.sources.map((s) => quotation(passage(s))),
        person ? el('p', { class: 'help' }, t('debrief.argued', { person })) : null,
      ),
    );
  }

  const yearSelect = el('select', { id: 'go-back-year', 'data-testid': 'go-back-year' });
  session.history.forEach((s, turn) => {
    if (turn < session.history.length - 1 || !s.finished)
      yearSelect.append(el('option', { value: String(turn) }, String(s.year)));
  });
  const goBack = el('button', { type: 'button', 'data-testid': 'go-back' }, t('debrief.goBackTo'));
  goBack.addEventListener('click', () => {
    session.goBackTo(Number(yearSelect.value));
    showScreen('planning');
  });
  const exportButton = el(
    'button',
    { type: 'button', 'data-testid': 'export-replay' },
    t('debrief.exportReplay'),
  );
  exportButton.addEventListener('click', () =>
    download(
      `c5plus-${game.scenario.id}-${game.seed}.replay.json`,
      JSON.stringify(toReplay(game), null, 2),
    ),
  );
  const print = el('button', { type: 'button' }, t('debrief.print'));
  print.addEventListener('click', () => window.print());
  const again = el(
    'button',
    { type: 'button', 'data-testid': 'debrief-new' },
    t('debrief.newGame'),
  );
  again.addEventListener('click', () => showScreen('setup'));

  root.append(
    el('h1', {}, t('debrief.heading', { scenario: texts.title.text })),
    el('h2', {}, t('debrief.scorecard', { year: Math.min(card.year, game.endYear) })),
    scrollBox(t('debrief.scorecard', { year: Math.min(card.year, game.endYear) }), table),
    el('h3', {}, t('debrief.objectives')),
    objectives,
    findingsSection(game, session.turnReports, player),
    pathsSection(game, session.history, player),
    el('h3', {}, t('debrief.lessons')),
    lessons,
    el('h3', {}, t('debrief.arguments')),
    args,
    el('h3', { class: 'no-print' }, t('debrief.goBack')),
    el(
      'div',
      { class: 'field no-print' },
      el('label', { for: 'go-back-year' }, t('common.year', { year: '' }).trim()),
      ' ',
      yearSelect,
      ' ',
      goBack,
    ),
    el('div', { class: 'actions no-print' }, exportButton, print, again),
    summaryExport(classroomContext, game),
  );
}
