import {
  createGame,
  type GameState,
  getScenario,
  getStrategy,
  type Scenario,
  scorecard,
  step,
  welfare,
} from '@c5plus/sim';
import { describe, expect, it } from 'vitest';
import { compareHotSeat, HISTORICAL_LINE, LEANING_SHARE } from './class-comparison';
import {
  type HotSeat,
  nextYear,
  seatedPlayer,
  startHotSeat,
  submitPlan,
  takeSeat,
} from './hot-seat';

const war = getScenario('war-2022') as Scenario;
const players = [
  { name: 'Aigerim', state: 'KAZ' },
  { name: 'Timur', state: 'UZB' },
  { name: 'Bekzat', state: 'KGZ' },
] as const;
const classStyles: Record<string, string> = {
  KAZ: 'multiVector',
  UZB: 'russiaLeaning',
  KGZ: 'greedy',
};

/** A hot-seat game where each student plays like a strategy, for `years` years. */
function hotSeatGame(years: number, styles: Record<string, string> = classStyles): HotSeat {
  const started = startHotSeat({
    scenario: war,
    seed: 'class-7b',
    players,
    ai: { TKM: 'neutral' },
  });
  if (!started.ok) throw new Error('setup');
  let h = started.hotSeat;
  for (let y = 0; y < years; y++) {
    while (h.phase.kind === 'handover' || h.phase.kind === 'planning') {
      if (h.phase.kind === 'handover') h = takeSeat(h);
      const player = seatedPlayer(h);
      if (!player) throw new Error('nobody seated');
      const strategy = getStrategy(styles[player.state] ?? 'multiVector');
      const handed = submitPlan(
        h,
        strategy?.decide(h.game, player.state, () => 0.5).plan ?? {
          engagements: [],
          consultation: 0,
          summits: [],
        },
      );
      if (!handed.ok) throw new Error(JSON.stringify(handed.errors));
      h = handed.hotSeat;
    }
    h = nextYear(h);
  }
  return h;
}

function sameSeedWith(game: GameState, line: string, turns: number): GameState {
  const controllers = { ...game.controllers, KAZ: line, UZB: line, KGZ: line };
  let g = createGame({ scenario: war, seed: 'class-7b', controllers });
  for (let t = 0; t < turns; t++) {
    const result = step(g);
    if (!result.ok) throw new Error('refused');
    g = result.game;
  }
  return g;
}

describe('compareHotSeat', () => {
  const finished = hotSeatGame(5).game;
  const comparison = compareHotSeat(finished, players);

  it('ranks the players by welfare, with their scorecard lines', () => {
    expect(finished.finished).toBe(true);
    expect(comparison.players.map((p) => p.rank)).toEqual([1, 2, 3]);
    const welfares = comparison.players.map((p) => p.welfare);
    expect([...welfares].sort((a, b) => b - a)).toEqual(welfares);
    const card = scorecard(finished);
    for (const p of comparison.players) {
      const line = card.states.find((s) => s.state === p.state);
      expect(p.welfare).toBe(line?.welfare);
      expect(p.topShare).toBe(line?.topExposure.share);
      expect(p.leaning).toBe((line?.topExposure.share ?? 0) > LEANING_SHARE);
      expect(p.name).toBe(players.find((q) => q.state === p.state)?.name);
    }
  });

  it('compares each player with the historical line and every strategy on the same seed', () => {
    expect(comparison.lines[0]?.line).toBe(HISTORICAL_LINE);
    expect(comparison.lines.map((l) => l.line).sort()).toEqual([
      'chinaLeaning',
      'greedy',
      'historical',
      'lookahead',
      'multiVector',
      'neutral',
      'russiaLeaning',
      'westLeaning',
    ]);
    const historical = sameSeedWith(finished, HISTORICAL_LINE, 5);
    expect(comparison.lines[0]?.welfare.KAZ).toBeCloseTo(welfare(historical, 'KAZ'), 10);
    expect(comparison.lines[0]?.cohesion).toBeCloseTo(historical.cohesion, 10);
    for (const p of comparison.players) {
      for (const v of p.lines) expect(v.delta).toBeCloseTo(p.welfare - v.welfare, 10);
      const better = p.lines.filter((v) => v.welfare > p.welfare);
      if (better.length === 0) expect(p.bestLine).toBeUndefined();
      else expect(p.bestLine?.welfare).toBe(Math.max(...better.map((v) => v.welfare)));
    }
  });

  it('gives no difference when every student played exactly like the line', () => {
    // Greedy draws no chance, so students copying its plans reproduce its line.
    const allGreedy = hotSeatGame(5, { KAZ: 'greedy', UZB: 'greedy', KGZ: 'greedy' }).game;
    const result = compareHotSeat(allGreedy, players, ['greedy', 'westLeaning']);
    for (const p of result.players) {
      expect(p.lines[0]?.delta).toBeCloseTo(0, 10);
      expect(p.lines[1]?.delta).not.toBeCloseTo(0, 6);
    }
  });

  it('compares an unfinished game as far as it got', () => {
    const partial = hotSeatGame(2).game;
    const result = compareHotSeat(partial, players, [HISTORICAL_LINE, 'greedy']);
    expect(result.year).toBe(2024);
    const greedyTwo = sameSeedWith(partial, 'greedy', 2);
    expect(greedyTwo.turn).toBe(2);
    expect(result.lines[1]?.welfare.UZB).toBeCloseTo(welfare(greedyTwo, 'UZB'), 10);
  });
});
