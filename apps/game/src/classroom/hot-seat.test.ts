import {
  createGame,
  type GameState,
  getScenario,
  getStrategy,
  hashState,
  type Plan,
  replay,
  type Scenario,
  type StateId,
} from '@c5plus/sim';
import { describe, expect, it } from 'vitest';
import {
  checkSetup,
  type HotSeat,
  HotSeatPhaseError,
  type HotSeatSetup,
  handoverView,
  hotSeatControllers,
  leaveSeat,
  nextYear,
  seatedPlayer,
  startHotSeat,
  submitPlan,
  takeSeat,
} from './hot-seat';

const war = getScenario('war-2022') as Scenario;
const setup: HotSeatSetup = {
  scenario: war,
  seed: 'class-7b',
  players: [
    { name: 'Aigerim', state: 'KAZ' },
    { name: 'Timur', state: 'UZB' },
    { name: 'Bekzat', state: 'KGZ' },
  ],
  ai: { TKM: 'neutral' },
};
const styles: Record<string, string> = { KAZ: 'multiVector', UZB: 'westLeaning', KGZ: 'greedy' };

function planFor(game: GameState, state: StateId): Plan {
  const strategy = getStrategy(styles[state] ?? 'multiVector');
  if (!strategy) throw new Error('no strategy');
  return strategy.decide(game, state, () => 0.5).plan;
}

function start(): HotSeat {
  const started = startHotSeat(setup);
  if (!started.ok) throw new Error(JSON.stringify(started.errors));
  return started.hotSeat;
}

/** Plays one year: each player takes the seat and hands in a plan. */
function playYear(hotSeat: HotSeat): HotSeat {
  let current = hotSeat;
  while (current.phase.kind === 'handover' || current.phase.kind === 'planning') {
    if (current.phase.kind === 'handover') current = takeSeat(current);
    const player = seatedPlayer(current);
    if (!player) throw new Error('nobody seated');
    const handed = submitPlan(current, planFor(current.game, player.state));
    if (!handed.ok) throw new Error(JSON.stringify(handed.errors));
    current = handed.hotSeat;
  }
  return current;
}

describe('hot-seat setup', () => {
  it('gives the players human control and the rest their strategies', () => {
    expect(hotSeatControllers(setup)).toEqual({
      KAZ: 'human',
      UZB: 'human',
      KGZ: 'human',
      TKM: 'neutral',
      TJK: 'multiVector',
    });
    expect(start().game.controllers.TKM).toBe('neutral');
  });

  it('names every problem of a bad setup', () => {
    expect(checkSetup({ ...setup, players: [{ name: 'Solo', state: 'KAZ' }] })).toEqual([
      { code: 'player-count', count: 1 },
    ]);
    const six = ['A', 'B', 'C', 'D', 'E', 'F'].map((name, i) => ({
      name,
      state: (['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB', 'KAZ'] as const)[i] as StateId,
    }));
    expect(checkSetup({ ...setup, players: six })).toContainEqual({
      code: 'player-count',
      count: 6,
    });
    expect(
      checkSetup({
        scenario: war,
        seed: 's',
        players: [
          { name: 'A', state: 'KAZ' },
          { name: ' ', state: 'KAZ' },
          { name: 'C', state: 'XYZ' as StateId },
        ],
        ai: { KAZ: 'greedy', TJK: 'nonsense' },
      }),
    ).toEqual([
      { code: 'empty-name', player: 1 },
      { code: 'duplicate-state', player: 1, state: 'KAZ' },
      { code: 'unknown-state', player: 2, state: 'XYZ' },
      { code: 'ai-for-player', state: 'KAZ' },
      { code: 'unknown-strategy', state: 'TJK', strategy: 'nonsense' },
    ]);
    expect(startHotSeat({ ...setup, players: [] }).ok).toBe(false);
  });
});

describe('hot-seat turns', () => {
  it('hands the seat round in order and shows no plan at a handover', () => {
    let h = start();
    expect(handoverView(h)).toEqual({
      year: 2022,
      next: { name: 'Aigerim', state: 'KAZ' },
      planned: 0,
      of: 3,
    });
    h = takeSeat(h);
    expect(handoverView(h)).toBeUndefined();
    expect(seatedPlayer(h)).toEqual({ name: 'Aigerim', state: 'KAZ' });
    const handed = submitPlan(h, planFor(h.game, 'KAZ'));
    if (!handed.ok) throw new Error('refused');
    h = handed.hotSeat;
    const view = handoverView(h);
    expect(view).toEqual({ year: 2022, next: { name: 'Timur', state: 'UZB' }, planned: 1, of: 3 });
    // The view carries names and counts only, never a plan.
    expect(JSON.stringify(view)).not.toMatch(/engagements|consultation/);
    expect(seatedPlayer(h)).toBeUndefined();
    expect(h.game.turn).toBe(0);
  });

  it('lets the wrong student get up without handing in anything', () => {
    const h = leaveSeat(takeSeat(start()));
    expect(h.phase).toEqual({ kind: 'handover', player: 0 });
    expect(h.pending).toEqual({});
  });

  it('refuses an invalid plan with the sim message and keeps the seat', () => {
    const h = takeSeat(start());
    const result = submitPlan(h, { engagements: [], consultation: 999, summits: [] });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]).toMatchObject({ code: 'over-budget', state: 'KAZ' });
    expect(h.phase).toEqual({ kind: 'planning', player: 0 });
  });

  it('resolves the year in one step once the last plan is in', () => {
    const h = playYear(start());
    expect(h.phase.kind).toBe('resolved');
    expect(h.game.turn).toBe(1);
    expect(h.reports).toHaveLength(1);
    expect(h.pending).toEqual({});
    // The same plans through the sim directly give the same game.
    const plans = h.game.log[0]?.plans;
    const direct = createGame({ scenario: war, seed: 'class-7b', controllers: h.game.controllers });
    expect(plans?.KAZ).toEqual(planFor(direct, 'KAZ'));
    expect(plans?.UZB).toEqual(planFor(direct, 'UZB'));
  });

  it('plays three students to the end, and the game replays to the same hash', () => {
    let h = start();
    let years = 0;
    while (h.phase.kind !== 'finished') {
      h = nextYear(playYear(h));
      years++;
    }
    expect(years).toBe(war.endYear - war.startYear + 1);
    expect(h.game.finished).toBe(true);
    expect(h.reports.map((r) => r.year)).toEqual(
      Array.from({ length: years }, (_, i) => war.startYear + i),
    );
    const again = replay(war, 'class-7b', h.game.log, { controllers: h.game.controllers });
    expect(hashState(again)).toBe(hashState(h.game));
  });

  it('refuses actions out of phase', () => {
    const h = start();
    expect(() => submitPlan(h, { engagements: [], consultation: 0, summits: [] })).toThrow(
      HotSeatPhaseError,
    );
    expect(() => nextYear(h)).toThrow(/handover phase/);
    expect(() => leaveSeat(h)).toThrow(HotSeatPhaseError);
    expect(() => takeSeat(takeSeat(h))).toThrow(HotSeatPhaseError);
  });
});
