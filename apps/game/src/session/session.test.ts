import { forkAt, getScenario, hashState, legalActions, toReplay } from '@c5plus/sim';
import { describe, expect, it } from 'vitest';
import { HistoryError, Session } from './session';

const scenario = getScenario('launch-2004')!;
const start = () =>
  Session.start({
    scenario,
    seed: 's1',
    player: 'KAZ',
    controllers: {
      KAZ: 'human',
      KGZ: 'neutral',
      TJK: 'multiVector',
      TKM: 'neutral',
      UZB: 'greedy',
    },
  });

describe('Session', () => {
  it('plays turns, goes back like the sim’s fork, and resumes from a save', async () => {
    const session = start();
    const budget = legalActions(session.game, 'KAZ').budget;
    for (let i = 0; i < 3; i++) {
      const result = await session.submit({ engagements: [], consultation: budget, summits: [] });
      expect(result.ok).toBe(true);
    }
    expect(session.history).toHaveLength(4);
    const resumed = Session.resume(session.game);
    expect(hashState(resumed.game)).toBe(hashState(session.game));
    expect(resumed.turnReports).toHaveLength(3);
    const fork = hashState(forkAt(toReplay(session.game), 1));
    session.goBackTo(1);
    expect(hashState(session.game)).toBe(fork);
  });

  it('refuses an over-budget plan and keeps the game', async () => {
    const session = start();
    const result = await session.submit({ engagements: [], consultation: 999, summits: [] });
    expect(result.ok).toBe(false);
    expect(session.history).toHaveLength(1);
  });

  it('resolves turns submitted together one after another, each on the state before it', async () => {
    const session = start();
    const budget = legalActions(session.game, 'KAZ').budget;
    const plan = { engagements: [], consultation: budget, summits: [] };
    const results = await Promise.all([session.submit(plan), session.submit(plan)]);
    expect(results.map((r) => r.ok)).toEqual([true, true]);
    expect(session.turnReports.map((r) => r.year)).toEqual([
      session.history[0]?.year,
      (session.history[0]?.year ?? 0) + 1,
    ]);
  });

  it('announces a turn once it is resolved, with its report', async () => {
    const session = start();
    const seen: number[] = [];
    session.bus.on('changed', ({ report }) => seen.push(report?.year ?? -1));
    const pending = session.submit({ engagements: [], consultation: 1, summits: [] });
    expect(seen).toEqual([]);
    const result = await pending;
    expect(result.ok && seen).toEqual([result.ok ? result.report.year : 0]);
  });

  it('rejects a save whose plans do not rebuild it', async () => {
    const session = start();
    await session.submit({ engagements: [], consultation: 1, summits: [] });
    const tampered = { ...session.game, cohesion: session.game.cohesion + 1 };
    expect(() => Session.resume(tampered)).toThrow(HistoryError);
  });
});
