/**
 * The turn's result: the year's events (dated and cited when historical), the
 * C5+ meetings held or failed and why, and the player's indicators with every
 * change opened to its causes.
 */
import { INDICATORS, type PressureEpisode, pressureEpisodes, type StateId } from '@c5plus/sim';
import { app } from '../app';
import { el, signed } from '../dom';
import {
  citationView,
  eventTitle,
  issueName,
  partnerName,
  scenarioTexts,
  stateName,
  t,
} from '../i18n';
import { causeList, chanceTitle, citation, eventTitles } from './causes';
import { filledLater, inFrameSlices } from './frames';
import { hud } from './hud';
import { showScreen } from './screens';

export function renderResult(root: HTMLElement): void {
  const session = app.session;
  const report = session?.lastReport;
  if (!session || !report) {
    showScreen('planning');
    return;
  }
  const game = session.game;
  const before = session.history[session.history.length - 2] ?? game;
  const player = session.player;
  const titles = eventTitles(game);
  const deck = scenarioTexts(game.scenario).deck;
  const episodes = pressureEpisodes(game, report);

  // The causes, folded away, are built in the frames after the screen's first.
  const fills: (() => void)[] = [];
  const later = (effects: Parameters<typeof causeList>[0], summary = t('result.causes')) => {
    const details = el('details', {}, el('summary', {}, summary));
    fills.push(filledLater(details, () => causeList(effects, titles)));
    return details;
  };

  const events = el('ul', { class: 'events', 'data-testid': 'events' });
  for (const e of report.events) {
    const scripted = game.scenario.scripted.find((s) => s.id === e.id);
    const card = game.scenario.deck.find((c) => c.id === e.id);
    const view = e.citation ? citationView(e.citation) : undefined;
    const own = report.effects.filter((x) => x.cause.event === e.id);
    const cardTexts = card ? deck[card.id] : undefined;
    const shown = scripted
      ? { text: eventTitle(e.citation, e.title), language: undefined }
      : cardTexts
        ? cardTexts.title
        : { text: chanceTitle(e.id, e.title), language: undefined };
    events.append(
      el(
        'li',
        { class: `event ${e.kind}` },
        el(
          'p',
          {},
          el('span', { class: 'tag' }, t(`result.kind.${e.kind}`)),
          ' ',
          // A chance card's citation is evidence of its kind, not its date.
          scripted && view?.date ? el('time', {}, `${view.date} · `) : null,
          el('strong', { lang: shown.language }, shown.text),
        ),
        cardTexts ? el('p', { lang: cardTexts.text.language }, cardTexts.text.text) : null,
        ...pressureWhy(episodes.find((x) => x.event === e.id)),
        // A chance card happens in any year; its passage shows that such events are real.
        e.kind === 'card' && e.citation
          ? el('p', { class: 'why' }, t('result.cardEvidence'))
          : null,
        e.citation ? citation(e.citation) : null,
        own.length > 0 ? later(own) : null,
      ),
    );
  }
  if (report.events.length === 0) events.append(el('li', {}, t('result.noEvents')));

  const meetings = el('ul', { class: 'meetings', 'data-testid': 'meetings' });
  for (const m of report.meetings) {
    const partner = partnerName(m.partner) + (m.summit ? ` (${t('result.summit')})` : '');
    meetings.append(
      el(
        'li',
        { class: m.convened ? 'held' : 'failed' },
        m.convened
          ? `✔ ${t('result.convened', { partner, states: m.participants.map((s) => stateName(s as StateId)).join(', '), issues: m.issues.map(issueName).join(', ') })}`
          : `✘ ${t('result.failed', { partner, reason: t(`result.reason.${m.reason ?? 'no-format'}`) })}`,
      ),
    );
  }
  if (report.meetings.length === 0) meetings.append(el('li', {}, t('result.noMeetings')));

  const table = el('table', { class: 'indicators', 'data-testid': 'indicator-changes' });
  table.append(
    el(
      'thead',
      {},
      el(
        'tr',
        {},
        el('th', { scope: 'col' }, t('result.indicators')),
        el('th', { scope: 'col' }, t('result.before')),
        el('th', { scope: 'col' }, t('result.after')),
        el('th', { scope: 'col' }, t('result.change')),
      ),
    ),
  );
  const body = el('tbody', {});
  const rows: [string, number, number, ReturnType<typeof report.effects.filter>][] = INDICATORS.map(
    (k) => [
      t(`indicator.${k}`),
      before.states[player].indicators[k],
      game.states[player].indicators[k],
      report.effects.filter(
        (e) =>
          e.target.kind === 'indicator' && e.target.state === player && e.target.indicator === k,
      ),
    ],
  );
  rows.push([
    t('result.cohesion'),
    before.cohesion,
    game.cohesion,
    report.effects.filter((e) => e.target.kind === 'cohesion'),
  ]);
  for (const [name, a, b, effects] of rows) {
    body.append(
      el(
        'tr',
        {},
        el('th', { scope: 'row' }, name),
        el('td', {}, a.toFixed(1)),
        el('td', {}, b.toFixed(1)),
        el('td', {}, later(effects, signed(b - a))),
      ),
    );
  }
  table.append(body);

  const next = el(
    'button',
    { type: 'button', class: 'primary', 'data-testid': 'next' },
    game.finished ? t('result.debrief') : t('result.next'),
  );
  next.addEventListener('click', () => showScreen(game.finished ? 'debrief' : 'planning'));

  root.append(
    hud(game, player, 'dashboard'),
    el('h2', {}, t('result.heading', { year: report.year })),
    el('h3', {}, t('result.events')),
    events,
    el('h3', {}, t('result.meetings')),
    meetings,
    el('h3', {}, t('result.indicators')),
    table,
    el('div', { class: 'actions' }, next),
  );
  void inFrameSlices(fills, () => events.isConnected);
}

/** Why a partner pressed, in words: how high its suspicion ran, when it may press again, who pressed with it. */
function pressureWhy(episode: PressureEpisode | undefined): HTMLElement[] {
  if (!episode) return [];
  const lines = [
    el(
      'p',
      { class: 'why' },
      t('result.pressureWhy', {
        partner: partnerName(episode.partner),
        state: stateName(episode.state),
        suspicion: Math.round(episode.suspicion),
        threshold: episode.threshold,
        year: episode.nextPossible,
      }),
    ),
  ];
  if (episode.allies.length > 0)
    lines.push(
      el(
        'p',
        { class: 'why' },
        t('result.pressureAllies', { allies: episode.allies.map(partnerName).join(', ') }),
      ),
    );
  return lines;
}
