import { describe, expect, it } from 'vitest';
import { CALIBRATION } from '../model';
import { allPlay, idle, quietSandbox } from '../test-support';
import { createGame } from './game';
import { pressureEpisodes, pressureWaits } from './pressure-episode';
import { step } from './step';

/** One idle year in which the USA suspects KAZ fully (the EU as given); the first seed on which the USA presses. */
function westPresses(euSuspicion = 90) {
  for (let i = 0; i < 50; i++) {
    const game = structuredClone(createGame({ scenario: quietSandbox, seed: `episode-${i}` }));
    game.partners.usa.suspicion.KAZ = 100;
    game.partners.eu.suspicion.KAZ = euSuspicion;
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

  it('names the bloc partner even when it held no grievance of its own', () => {
    const r = westPresses(0);
    expect(pressureEpisodes(r.game, r.report).map((x) => x.allies)).toEqual([['eu']]);
  });

  it('finds none in a year without pressure', () => {
    const game = createGame({ scenario: quietSandbox, seed: 'calm' });
    const r = step(game, allPlay(idle));
    if (!r.ok) throw new Error('refused');
    expect(pressureEpisodes(r.game, r.report)).toEqual([]);
  });

  it('lists the partners still waiting out their respite, until the year they may press again', () => {
    const r = westPresses();
    const pressed = r.before.year;
    const nextPossible = pressed + CALIBRATION.pressureRespite;
    // The EU pressed with the USA as one regime, so it waits out the same respite.
    const waits = [
      { partner: 'usa', pressed, nextPossible },
      { partner: 'eu', pressed, nextPossible },
    ];
    expect(pressureWaits(r.game, 'KAZ')).toEqual(waits);
    expect(pressureWaits(r.game, 'UZB')).toEqual([]);
    const later = structuredClone(r.game);
    later.year = nextPossible - 1;
    expect(pressureWaits(later, 'KAZ')).toEqual(waits);
    later.year = nextPossible;
    expect(pressureWaits(later, 'KAZ')).toEqual([]);
  });
});
