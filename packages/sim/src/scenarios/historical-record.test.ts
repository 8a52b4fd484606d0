/**
 * Played as a strategy, each scenario's historical line convenes the C5+
 * meetings and summits the dataset records as held in its years, and not
 * those it records as postponed or cancelled.
 */
import { events } from '@c5plus/core';
import { describe, expect, it } from 'vitest';
import { summitScheduled } from '../kernel/rules/engagements';
import type { GameState, MeetingOutcome, PartnerId } from '../model/types';
import { createGame } from '../orchestration/game';
import { step } from '../orchestration/step';
import { everyoneOn } from '../test-support';
import { scenarios } from '.';

/**
 * A recorded meeting is played when a C5+ meeting with its partner convenes
 * that year; a recorded summit, when the scenario schedules that summit, must
 * be held as a summit (a state's capital cannot attend every summit of 2025,
 * so unscheduled ones are met at ministers' level).
 */
const SEEDS = ['record-1', 'record-2', 'record-3', 'record-4', 'record-5'];

/** Every meeting outcome of a game, by year. */
function meetingsOf(game: GameState): Map<number, MeetingOutcome[]> {
  const byYear = new Map<number, MeetingOutcome[]>();
  let current = game;
  while (!current.finished) {
    const year = current.year;
    const result = step(current);
    if (!result.ok) throw new Error(result.errors.map((e) => e.message).join(' '));
    byYear.set(year, [...result.report.meetings]);
    current = result.game;
  }
  return byYear;
}

const yearOf = (date: string) => Number(date.slice(0, 4));

describe.each(scenarios.filter((s) => s.id !== 'sandbox'))(
  'the historical line of $id',
  (scenario) => {
    const recorded = events.filter(
      (e) =>
        e.c5plus &&
        e.partner !== undefined &&
        (e.kind === 'meeting' || e.kind === 'summit') &&
        yearOf(e.date) >= scenario.startYear &&
        yearOf(e.date) <= scenario.endYear,
    );
    const games = SEEDS.map((seed) =>
      meetingsOf(createGame({ scenario, seed, controllers: everyoneOn('historical') })),
    );
    const convened = (year: number, partner: PartnerId, summit: boolean) =>
      games.every((g) =>
        (g.get(year) ?? []).some(
          (m) => m.partner === partner && m.convened && (!summit || m.summit),
        ),
      );
    const anyConvened = (year: number, partner: PartnerId, summit: boolean) =>
      games.some((g) =>
        (g.get(year) ?? []).some(
          (m) => m.partner === partner && m.convened && (!summit || m.summit),
        ),
      );

    it('convenes every meeting the dataset records as held', () => {
      const missed = recorded
        .filter((e) => e.status === 'held')
        .filter(
          (e) =>
            !convened(
              yearOf(e.date),
              e.partner as PartnerId,
              e.kind === 'summit' &&
                summitScheduled(scenario, yearOf(e.date), e.partner as PartnerId),
            ),
        )
        .map((e) => e.id);
      expect(missed.join(' ')).toBe('');
    });

    it('does not convene what the dataset records as postponed or cancelled', () => {
      const held = recorded
        .filter((e) => e.status === 'postponed' || e.status === 'cancelled')
        .filter((e) => anyConvened(yearOf(e.date), e.partner as PartnerId, e.kind === 'summit'))
        .map((e) => e.id);
      expect(held).toEqual([]);
    });
  },
);
