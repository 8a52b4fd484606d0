/**
 * The dashboard: the player's indicators over the turns (uPlot), the partner
 * table and the real C5+ meetings of the dataset up to the current year,
 * beside the game's own meetings.
 */
import { PARTNER_IDS, type PartnerId, timeline, yearOf } from '@c5plus/core';
import { INDICATORS } from '@c5plus/sim';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { app } from '../app';
import { el, scrollBox } from '../dom';
import { language, partnerName, stateName, t } from '../i18n';
import {
  eventTitles,
  type NumberFormat,
  numberWithCauses,
  openCauses,
  POINTS,
  partnerEffects,
  SHARE,
} from './causes';
import { chartWidth, keepFitted } from './chart-fit';
import { hud } from './hud';
import { showScreen } from './screens';

/** The partner whose causes to open when the dashboard is next shown (a click on its map label). */
let pendingPartner: PartnerId | undefined;

/** Shows the dashboard with this partner's attention and suspicion opened to their causes. */
export function openPartnerCauses(partner: PartnerId): void {
  pendingPartner = partner;
  showScreen('dashboard');
  // After the router has focused the heading: the reader lands on the causes asked for.
  const toggle = document.querySelector<HTMLElement>(
    `[data-testid="attention-causes-${partner}-toggle"]`,
  );
  toggle?.focus();
  toggle?.scrollIntoView({ block: 'center' });
}

/** Line colours and dash patterns: the lines differ by dash as well as by colour. */
const SERIES = [
  { stroke: '#1f5fa8', dash: [] },
  { stroke: '#b3261e', dash: [8, 4] },
  { stroke: '#2e7d32', dash: [2, 3] },
  { stroke: '#6a3d9a', dash: [10, 3, 2, 3] },
  { stroke: '#8a5a00', dash: [4, 4] },
];

export function renderDashboard(root: HTMLElement): void {
  const session = app.session;
  if (!session) {
    showScreen('title');
    return;
  }
  const game = session.game;
  const player = session.player;
  const snapshots = game.history;

  const chartBox = el('figure', { class: 'chart', 'data-testid': 'chart' });
  const caption = el('figcaption', {}, t('dashboard.chart'));
  chartBox.append(caption);
  const data: uPlot.AlignedData = [
    snapshots.map((s) => s.year),
    ...INDICATORS.map((k) => snapshots.map((s) => s.states[player][k])),
  ];
  // A text table of the same numbers, for screen readers and print.
  const table = el('table', { class: 'numbers' });
  table.append(
    el(
      'tr',
      {},
      el('th', { scope: 'col' }, ''),
      ...snapshots.map((s) => el('th', { scope: 'col' }, String(s.year))),
    ),
  );
  for (const k of INDICATORS)
    table.append(
      el(
        'tr',
        {},
        el('th', { scope: 'row' }, t(`indicator.${k}`)),
        ...snapshots.map((s) => el('td', {}, s.states[player][k].toFixed(0))),
      ),
    );
  table.append(
    el(
      'tr',
      {},
      el('th', { scope: 'row' }, t('result.cohesion')),
      ...snapshots.map((s) => el('td', {}, s.cohesion.toFixed(0))),
    ),
  );

  const partners = el('table', { class: 'partners', 'data-testid': 'partner-table' });
  const report = session.lastReport;
  if (report)
    partners.append(
      el('caption', { class: 'help' }, t('dashboard.partnersHelp', { year: report.year })),
    );
  const columns = ['attention', 'suspicion', 'ties', 'exposure', 'formatOpen'] as const;
  partners.append(
    el(
      'tr',
      {},
      el('th', { scope: 'col' }, t('dashboard.partner')),
      ...columns.map((k) => el('th', { scope: 'col' }, t(`dashboard.${k}`))),
    ),
  );
  // Each number opens to the last turn's explained effects on it, in a row of their own.
  const titles = eventTitles(game);
  const opened: HTMLButtonElement[] = [];
  for (const p of PARTNER_IDS) {
    const m = game.partners[p];
    const open = m.formatSince !== null && m.formatSince <= game.year;
    const effects = partnerEffects(report?.effects ?? [], p, player);
    const causesCell = el('td', { colspan: String(columns.length + 1) });
    const causesRow = el('tr', { class: 'causes-row', hidden: true }, causesCell);
    const showRow = () => {
      causesRow.hidden = [...causesCell.children].every((c) => (c as HTMLElement).hidden);
    };
    // One number of the row and its causes: `what` names the effects, the heading and the test id.
    const number = (
      what: 'attention' | 'suspicion' | 'ties' | 'exposure',
      value: number,
      format: NumberFormat = POINTS,
    ) =>
      numberWithCauses({
        value,
        effects: effects[what],
        titles,
        year: report?.year,
        heading: t(`partnerCauses.${what}Of`, {
          partner: partnerName(p),
          state: stateName(player),
          year: report?.year,
        }),
        testId: `${what}-causes-${p}`,
        format,
        onToggle: showRow,
      });
    const attention = number('attention', m.attention);
    const suspicion = number('suspicion', m.suspicion[player]);
    const ties = number('ties', game.states[player].ties[p]);
    const exposure = number('exposure', game.states[player].exposure[p], SHARE);
    causesCell.append(attention.causes, suspicion.causes, ties.causes, exposure.causes);
    if (p === pendingPartner) opened.push(attention.toggle, suspicion.toggle);
    partners.append(
      el(
        'tr',
        { 'data-testid': `partner-row-${p}` },
        el('th', { scope: 'row' }, partnerName(p)),
        el('td', {}, attention.toggle),
        el('td', {}, suspicion.toggle),
        el('td', {}, ties.toggle),
        el('td', {}, exposure.toggle),
        el('td', {}, open ? t('dashboard.yes') : t('dashboard.no')),
      ),
      causesRow,
    );
  }

  const year = Math.min(game.year, game.endYear);
  const real = el('ol', { class: 'timeline', 'data-testid': 'timeline' });
  for (const e of timeline().filter(
    (e) => e.c5plus && e.kind !== 'anniversary' && yearOf(e.date) <= year,
  )) {
    real.append(
      el('li', {}, el('time', {}, e.date), ' ', language() === 'ru' ? e.titleRu : e.title),
    );
  }
  const ours = el('ul', { class: 'timeline' });
  session.turnReports.forEach((r) => {
    for (const m of r.meetings.filter((m) => m.convened))
      ours.append(
        el(
          'li',
          {},
          el('time', {}, String(r.year)),
          ` ${partnerName(m.partner)}: ${m.participants.map((s) => stateName(s)).join(', ')}`,
        ),
      );
  });
  if (ours.childElementCount === 0) ours.append(el('li', {}, t('dashboard.noGameMeetings')));

  root.append(
    hud(game, player, 'back'),
    el('h2', {}, t('dashboard.heading')),
    chartBox,
    el(
      'details',
      {},
      el('summary', {}, t('dashboard.chart')),
      scrollBox(t('dashboard.chart'), table),
    ),
    el('h3', {}, t('dashboard.partners')),
    scrollBox(t('dashboard.partners'), partners),
    el(
      'div',
      { class: 'columns' },
      el('section', {}, el('h3', {}, t('dashboard.timeline', { year })), real),
      el('section', {}, el('h3', {}, t('dashboard.gameMeetings')), ours),
    ),
  );
  // The chart's own box is in the page by now: the chart takes its width, and follows it.
  const width = chartWidth(chartBox, 640);
  const plot = new uPlot(
    {
      width,
      height: 240,
      title: '',
      scales: { x: { time: false }, y: { range: [0, 100] } },
      legend: { live: false },
      axes: [
        {
          stroke: '#222',
          incrs: [1, 2, 5, 10],
          values: (_u, ticks) => ticks.map((v) => String(v)),
        },
        { stroke: '#222' },
      ],
      series: [
        { label: t('common.year', { year: '' }).trim() },
        ...INDICATORS.map((k, i) => ({
          label: t(`indicator.${k}`),
          stroke: SERIES[i]?.stroke ?? '#000',
          dash: SERIES[i]?.dash ?? [],
          width: 2,
        })),
      ],
    },
    data,
    chartBox,
  );
  keepFitted(chartBox, 640, () => [plot]);
  chartBox.dataset.series = String(plot.series.length - 1);
  pendingPartner = undefined;
  for (const toggle of opened) openCauses(toggle);
}
