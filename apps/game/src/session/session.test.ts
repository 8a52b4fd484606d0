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
  it('plays turns, goes back like the sim’s fork, and resumes from a save', () => {
    const session = start();
    const budget = legalActions(session.game, 'KAZ').budget;
    for (let i = 0; i < 3; i++) {
      const result = session.submit({ engagements: [], consultation: budget, summits: [] });
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

  it('refuses an over-budget plan and keeps the game', () => {
    const session = start();
    const result = session.submit({ engagements: [], consultation: 999, summits: [] });
    expect(result.ok).toBe(false);
    expect(session.history).toHaveLength(1);
  });

  it('rejects a save whose plans do not rebuild it', () => {
    const session = start();
    session.submit({ engagements: [], consultation: 1, summits: [] });
    const tampered = { ...session.game, cohesion: session.game.cohesion + 1 };
    expect(() => Session.resume(tampered)).toThrow(HistoryError);
  });
});
