/**
 * The hot-seat screens: the setup (players, states, the computer's
 * strategies), the handover that hides every plan, the seated player's plan,
 * the year's report, and the debrief with the class comparison. The turn
 * order is `hot-seat.ts`; these only show it and forward the choices.
 */
import { STATE_IDS } from '@c5plus/core';
import { type Scenario, type StateId, scenarios, strategies } from '@c5plus/sim';
import { compareHotSeat, HISTORICAL_LINE } from './class-comparison';
import { type ClassroomContext, partnerName, scenarioText, stateName } from './context';
import { button, el, field, mount, problemList, select } from './elements';
import {
  DEFAULT_AI,
  type HotSeat,
  type HotSeatPlayer,
  handoverView,
  leaveSeat,
  MAX_PLAYERS,
  MIN_PLAYERS,
  nextYear,
  seatedPlayer,
  startHotSeat,
  submitPlan,
  takeSeat,
} from './hot-seat';
import { saveHotSeat } from './hot-seat-save';
import { setupErrorMessage } from './messages';
import { planForm } from './plan-form';
import { readLibrary } from './scenario-library';
import { CLASSROOM_NS } from './strings';
import { summaryExport } from './summary-export-panel';

function translate(context: ClassroomContext) {
  return (key: string, options: Record<string, unknown> = {}) =>
    context.t(key, { ns: CLASSROOM_NS, ...options });
}

/** The setup screen; `preset` starts it on a scenario (an imported one, say). */
export function showHotSeatSetup(
  host: HTMLElement,
  context: ClassroomContext,
  preset?: { readonly scenario?: Scenario; readonly seed?: string },
): void {
  const t = translate(context);
  const available = [...scenarios, ...readLibrary(context.store).scenarios];
  if (preset?.scenario && !available.some((s) => s.id === preset.scenario?.id))
    available.push(preset.scenario);
  const scenarioSelect = select(
    available.map((s) => [s.id, scenarioText(context, s, 'title')] as const),
    preset?.scenario?.id ?? 'war-2022',
  );
  const seed = el('input', { type: 'text', value: preset?.seed ?? 'class', autocomplete: 'off' });
  const players: { name: string; state: StateId }[] = [
    { name: '', state: 'KAZ' },
    { name: '', state: 'KGZ' },
    { name: '', state: 'TJK' },
  ];
  const ai: Partial<Record<StateId, string>> = {};
  const list = el('ol', { class: 'c5-players' });
  const aiBox = el('div');
  const errors = el('div');
  const strategyOptions = Object.keys(strategies).map((id) => [id, t(`strategy.${id}`)] as const);
  const stateOptions = STATE_IDS.map((id) => [id, stateName(context, id)] as const);

  const render = () => {
    list.replaceChildren(
      ...players.map((p, i) => {
        const number = i + 1;
        const name = el('input', { type: 'text', value: p.name, autocomplete: 'off' });
        name.addEventListener('input', () => {
          p.name = name.value;
        });
        const state = select(stateOptions, p.state);
        state.addEventListener('change', () => {
          p.state = state.value as StateId;
          render();
        });
        return el(
          'li',
          {},
          field(t('hotSeat.playerName', { number }), name, `c5-player-name-${i}`),
          field(t('hotSeat.playerState', { number }), state, `c5-player-state-${i}`),
          players.length > MIN_PLAYERS
            ? button(t('hotSeat.removePlayer', { number }), () => {
                players.splice(i, 1);
                render();
              })
            : null,
        );
      }),
    );
    const free = STATE_IDS.filter((id) => !players.some((p) => p.state === id));
    aiBox.replaceChildren(
      el('h3', {}, t('hotSeat.aiHeading')),
      ...free.map((id) => {
        const choice = select(strategyOptions, ai[id] ?? DEFAULT_AI);
        choice.addEventListener('change', () => {
          ai[id] = choice.value;
        });
        return field(
          t('hotSeat.aiStrategy', { state: stateName(context, id) }),
          choice,
          `c5-ai-${id}`,
        );
      }),
    );
    add.disabled = players.length >= MAX_PLAYERS;
  };
  const add = button(t('hotSeat.addPlayer'), () => {
    const free = STATE_IDS.find((id) => !players.some((p) => p.state === id));
    if (!free || players.length >= MAX_PLAYERS) return;
    players.push({ name: '', state: free });
    render();
    list.querySelector<HTMLInputElement>('li:last-child input')?.focus();
  });
  const start = button(
    t('hotSeat.start'),
    () => {
      const scenario = available.find((s) => s.id === scenarioSelect.value) ?? available[0];
      if (!scenario) return;
      const chosenAi: Partial<Record<StateId, string>> = {};
      for (const [id, strategy] of Object.entries(ai))
        if (!players.some((p) => p.state === id)) chosenAi[id as StateId] = strategy;
      const started = startHotSeat({ scenario, seed: seed.value, players, ai: chosenAi });
      if (!started.ok) {
        errors.replaceChildren(
          problemList(
            t('hotSeat.errorsHeading'),
            started.errors.map((e) => ({
              path: t('hotSeat.players'),
              reason: setupErrorMessage(context.t, e, (id) => stateName(context, id)),
            })),
            'setup-problems',
          ),
        );
        errors.querySelector<HTMLElement>('[role=alert]')?.focus();
        return;
      }
      showHotSeatTurn(host, context, started.hotSeat);
    },
    { class: 'c5-primary', 'data-testid': 'hot-seat-start' },
  );
  render();
  mount(
    host,
    el(
      'section',
      {
        class: 'c5-screen',
        'aria-labelledby': 'c5-hot-seat-heading',
        'data-testid': 'hot-seat-setup',
      },
      el('h2', { id: 'c5-hot-seat-heading' }, t('hotSeat.heading')),
      el('p', {}, t('hotSeat.intro')),
      field(t('hotSeat.scenario'), scenarioSelect, 'c5-hot-seat-scenario'),
      field(t('hotSeat.seed'), seed, 'c5-hot-seat-seed'),
      el('h3', {}, t('hotSeat.players')),
      list,
      add,
      aiBox,
      errors,
      el(
        'div',
        { class: 'c5-actions' },
        start,
        button(t('title.back'), () => context.toTitle()),
      ),
    ),
  );
}

/** The screen for the hot-seat game's current phase. */
export function showHotSeatTurn(
  host: HTMLElement,
  context: ClassroomContext,
  hotSeat: HotSeat,
): void {
  const t = translate(context);
  const { phase, game } = hotSeat;
  // Saved at every change, so a reload continues from the title (hot-seat-save.ts).
  const refused = saveHotSeat(context.store, hotSeat);
  const notice = refused
    ? el(
        'p',
        { role: 'alert', class: 'c5-problems' },
        t('hotSeatSave.refused', { reason: refused }),
      )
    : null;
  const go = (next: HotSeat) => showHotSeatTurn(host, context, next);
  // The map beside the plan, from the seated student's side; hidden at every handover.
  const seated = seatedPlayer(hotSeat);
  context.showMap(seated ? { game, player: seated.state } : undefined);
  const section = (testId: string, ...children: (Node | null)[]) =>
    el(
      'section',
      { class: 'c5-screen', 'data-testid': testId, 'data-phase': phase.kind },
      ...children,
      notice,
    );
  if (phase.kind === 'handover') {
    const view = handoverView(hotSeat);
    if (!view) return;
    const vars = {
      name: view.next.name,
      state: stateName(context, view.next.state),
      year: view.year,
    };
    const take = button(t('handover.takeSeat', vars), () => go(takeSeat(hotSeat)), {
      class: 'c5-primary',
      'data-testid': 'take-seat',
    });
    mount(
      host,
      section(
        'handover',
        el('h2', {}, t('handover.heading', vars)),
        el('p', {}, t('handover.body', vars)),
        el('p', {}, t('handover.progress', { planned: view.planned, of: view.of })),
        take,
      ),
      take,
    );
    return;
  }
  if (phase.kind === 'planning') {
    const player = seatedPlayer(hotSeat) as HotSeatPlayer;
    const vars = { name: player.name, state: stateName(context, player.state), year: game.year };
    const form = planForm(context, game, player.state, t('handover.handIn'), (plan) => {
      const result = submitPlan(hotSeat, plan);
      if (!result.ok) return result.errors;
      go(result.hotSeat);
      return [];
    });
    mount(
      host,
      section(
        'planning',
        el('h2', {}, t('handover.planningAs', vars)),
        form,
        button(t('handover.leaveSeat'), () => go(leaveSeat(hotSeat))),
      ),
    );
    return;
  }
  if (phase.kind === 'resolved') {
    const last = game.finished;
    const onward = button(
      last ? t('handover.toDebrief') : t('handover.nextYear', { year: game.year }),
      () => go(nextYear(hotSeat)),
      { class: 'c5-primary', 'data-testid': 'next-year' },
    );
    mount(
      host,
      section(
        'resolved',
        el('h2', {}, t('handover.resolvedHeading', { year: phase.report.year })),
        el('p', {}, t('handover.resolvedBody')),
        context.renderReport(phase.report, game),
        onward,
      ),
    );
    return;
  }
  showHotSeatDebrief(host, context, hotSeat);
}

const percent = (share: number) => `${Math.round(share * 100)}%`;
const fixed = (value: number) => value.toFixed(1);
const signedFixed = (value: number) => `${value >= 0 ? '+' : '−'}${Math.abs(value).toFixed(1)}`;

/** The debrief: the players ranked, beside the historical line and the strategies. */
export function showHotSeatDebrief(
  host: HTMLElement,
  context: ClassroomContext,
  hotSeat: HotSeat,
): void {
  const t = translate(context);
  const comparison = compareHotSeat(hotSeat.game, hotSeat.players);
  const lineName = (id: string) =>
    id === HISTORICAL_LINE ? t('comparison.historical') : t(`strategy.${id}`);
  const th = (text: string) => el('th', { scope: 'col' }, text);
  const players = el(
    'table',
    { 'data-testid': 'comparison' },
    el('caption', {}, t('comparison.caption')),
    el(
      'thead',
      {},
      el(
        'tr',
        {},
        th(t('comparison.rank')),
        th(t('comparison.player')),
        th(t('comparison.state')),
        th(t('comparison.welfare')),
        th(t('comparison.topPartner')),
        th(t('comparison.posture')),
        th(t('comparison.versusHistorical')),
        th(t('comparison.bestLine')),
      ),
    ),
    el(
      'tbody',
      {},
      ...comparison.players.map((p) => {
        const historical = p.lines.find((l) => l.line === HISTORICAL_LINE);
        return el(
          'tr',
          {},
          el('td', {}, String(p.rank)),
          el('th', { scope: 'row' }, p.name),
          el('td', {}, stateName(context, p.state)),
          el('td', {}, fixed(p.welfare)),
          el('td', {}, `${partnerName(context, p.topPartner)} (${percent(p.topShare)})`),
          el(
            'td',
            {},
            p.leaning
              ? t('comparison.leaning', { partner: partnerName(context, p.topPartner) })
              : t('comparison.balancing'),
          ),
          el('td', {}, historical ? signedFixed(historical.delta) : '—'),
          el(
            'td',
            {},
            p.bestLine
              ? `${lineName(p.bestLine.line)} (${fixed(p.bestLine.welfare)})`
              : t('comparison.none'),
          ),
        );
      }),
    ),
  );
  const lines = el(
    'table',
    { 'data-testid': 'comparison-lines' },
    el('caption', {}, t('comparison.linesHeading')),
    el(
      'thead',
      {},
      el(
        'tr',
        {},
        th(t('comparison.line')),
        ...hotSeat.players.map((p) => th(`${p.name} (${stateName(context, p.state)})`)),
        th(t('comparison.cohesion')),
      ),
    ),
    el(
      'tbody',
      {},
      ...comparison.lines.map((line) =>
        el(
          'tr',
          {},
          el('th', { scope: 'row' }, lineName(line.line)),
          ...hotSeat.players.map((p) => el('td', {}, fixed(line.welfare[p.state] ?? 0))),
          el('td', {}, fixed(line.cohesion)),
        ),
      ),
    ),
  );
  mount(
    host,
    el(
      'section',
      { class: 'c5-screen', 'data-testid': 'hot-seat-debrief' },
      el('h2', {}, t('debrief.heading')),
      el('p', {}, t('debrief.year', { year: hotSeat.game.year })),
      el('h3', {}, t('comparison.heading')),
      el('div', { class: 'c5-table-wrap' }, players),
      el('div', { class: 'c5-table-wrap' }, lines),
      summaryExport(context, hotSeat.game, hotSeat.players.map((p) => p.name).join(', ')),
      el(
        'div',
        { class: 'c5-actions' },
        button(t('debrief.newGame'), () =>
          showHotSeatSetup(host, context, {
            scenario: hotSeat.game.scenario,
            seed: hotSeat.game.seed,
          }),
        ),
        button(t('title.back'), () => context.toTitle()),
      ),
    ),
  );
}
