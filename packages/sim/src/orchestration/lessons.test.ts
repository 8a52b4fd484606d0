import { describe, expect, it } from 'vitest';
import type { GameState, StateId, TurnReport } from '../model';
import { getScenario } from '../scenarios';
import { createGame } from './game';
import { lessonFindings } from './lessons';
import { step } from './step';

/** A whole game with `KAZ` on `strategy` (the others multi-vector), and its reports. */
function played(scenarioId: string, strategy: string, seed: string) {
  const scenario = getScenario(scenarioId);
  if (!scenario) throw new Error(`no scenario ${scenarioId}`);
  let game: GameState = createGame({ scenario, seed, controllers: { KAZ: strategy } });
  const reports: TurnReport[] = [];
  while (!game.finished) {
    const r = step(game);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    game = r.game;
    reports.push(r.report);
  }
  return { game, reports };
}

const verdicts = (strategy: string, state: StateId = 'KAZ') => {
  const counts = {
    practical: new Map<string, number>(),
    diversified: new Map(),
    together: new Map(),
  };
  for (let i = 0; i < 20; i++) {
    const { game, reports } = played('launch-2004', strategy, `lessons-${i}`);
    for (const f of lessonFindings(game, reports, state))
      counts[f.lesson].set(f.verdict, (counts[f.lesson].get(f.verdict) ?? 0) + 1);
  }
  return counts;
};

describe('lessonFindings', () => {
  it('states the figures of each lesson from the game itself', () => {
    const { game, reports } = played('launch-2004', 'russiaLeaning', 'press-11');
    const [practical, diversified, together] = lessonFindings(game, reports, 'KAZ');
    const spent = game.log.reduce(
      (sum, t) => sum + t.plans.KAZ.engagements.reduce((s, e) => s + e.points, 0),
      0,
    );
    expect(practical.points).toBe(spent);
    // Seed press-11: the USA presses Kazakhstan in 2005, the EU in 2009.
    expect(practical.pressured).toBeGreaterThanOrEqual(2);
    expect(practical.pressers).toEqual(expect.arrayContaining(['usa', 'eu']));
    expect(practical.verdict).toBe('missed');
    expect(practical.citation).toBe('principles/principle-practical-not-charged');
    expect(diversified.largestAtEnd.partner).toBe('russia');
    expect(diversified.autonomyAtEnd).toBeCloseTo(game.states.KAZ.indicators.autonomy, 9);
    expect(diversified.autonomyAtStart).toBeCloseTo(game.history[0]?.states.KAZ.autonomy ?? 0, 9);
    expect(together.turns).toBe(game.log.length);
    expect(together.cohesionAtEnd).toBe(game.cohesion);
  });

  it('finds no lesson borne out by a state that engaged no one', () => {
    const scenario = getScenario('sandbox');
    if (!scenario) throw new Error('no sandbox');
    let game = createGame({ scenario, seed: 'idle', controllers: { KAZ: 'human' } });
    const reports: TurnReport[] = [];
    while (!game.finished) {
      const r = step(game, { KAZ: { engagements: [], consultation: 0, summits: [] } });
      if (!r.ok) throw new Error(JSON.stringify(r.errors));
      game = r.game;
      reports.push(r.report);
    }
    const [practical, , together] = lessonFindings(game, reports, 'KAZ');
    expect(practical).toMatchObject({ points: 0, pressured: 0, verdict: 'mixed' });
    expect(together).toMatchObject({ meetingsJoined: 0, consultation: 0, verdict: 'missed' });
  });

  it('finds multi-vector play bearing the lessons out, and Russia-leaning play paying for them', () => {
    const steady = verdicts('multiVector');
    const leaning = verdicts('russiaLeaning');
    // Over 20 seeds: the steady course is never pressed and keeps its autonomy.
    expect(steady.practical.get('missed') ?? 0).toBe(0);
    expect(steady.diversified.get('shown') ?? 0).toBeGreaterThanOrEqual(18);
    expect(steady.together.get('missed') ?? 0).toBe(0);
    // Leaning on Russia is pressed in most games and loses autonomy in every one.
    expect(leaning.practical.get('missed') ?? 0).toBeGreaterThanOrEqual(12);
    expect(leaning.diversified.get('missed') ?? 0).toBe(20);
  });
});
