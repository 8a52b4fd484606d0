import { describe, expect, it } from 'vitest';
import { CALIBRATION } from '../model';
import { allPlay, idle, quietSandbox } from '../test-support';
import { createGame } from './game';
import { pressureEpisodes } from './pressure-episode';
import { step } from './step';

/** One idle year in which the USA and the EU suspect KAZ fully; the first seed on which the USA presses. */
function westPresses() {
  for (let i = 0; i < 50; i++) {
    const game = structuredClone(createGame({ scenario: quietSandbox, seed: `episode-${i}` }));
    game.partners.usa.suspicion.KAZ = 100;
    game.partners.eu.suspicion.KAZ = 90;
    const r = step(game, allPlay(idle));
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    if (r.report.events.some((e) => e.id === 'pressure-usa-KAZ')) return { before: game, ...r };
  }
  throw new Error('the USA never pressed');
}

describe('pressureEpisodes', () => {
  it('says how high suspicion ran, when the partner may press again and who pressed with it', () => {
    const r = westPresses();
    const episodes = pressureEpisodes(r.game, r.report);
    expect(episodes).toHaveLength(1);
    const [episode] = episodes;
    // A year's fading comes first: 100 × (1 − suspicionDecay).
    expect(episode).toEqual({
      event: 'pressure-usa-KAZ',
      partner: 'usa',
      state: 'KAZ',
      suspicion: expect.closeTo(100 * (1 - CALIBRATION.suspicionDecay), 6),
      threshold: CALIBRATION.pressureThreshold,
      nextPossible: r.before.year + CALIBRATION.pressureRespite,
      allies: ['eu'],
    });
    expect(r.report.events.map((e) => e.id)).toContain(episode?.event);
  });

  it('finds none in a year without pressure', () => {
    const game = createGame({ scenario: quietSandbox, seed: 'calm' });
    const r = step(game, allPlay(idle));
    if (!r.ok) throw new Error('refused');
    expect(pressureEpisodes(r.game, r.report)).toEqual([]);
  });
});
