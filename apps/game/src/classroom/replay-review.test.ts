import {
  createGame,
  getScenario,
  playOut,
  type Replay,
  type Scenario,
  toReplay,
} from '@c5plus/sim';
import { describe, expect, it } from 'vitest';
import { back, forward, reviewReplay, viewAt } from './replay-review';

const war = getScenario('war-2022') as Scenario;
const played = playOut(
  createGame({
    scenario: war,
    seed: 'class-7b',
    controllers: { KAZ: 'greedy', UZB: 'westLeaning' },
  }),
);
const original: Replay = toReplay(played);
const file = JSON.stringify(original);

/** A replay file as loose JSON, to edit by hand as a student might. */
interface ReplayJson {
  format: string;
  seed?: string;
  hash: string;
  controllers: Record<string, string>;
  scenario: Record<string, unknown>;
  plans: {
    year: number;
    plans: Record<string, { consultation: number; engagements: unknown[] }>;
  }[];
}

function edited(change: (replay: ReplayJson) => void): string {
  const copy = JSON.parse(file);
  change(copy);
  return JSON.stringify(copy);
}

describe('reviewReplay', () => {
  it('re-plays an unaltered file year by year, with the reports the game produced', () => {
    const result = reviewReplay(file);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const { review } = result;
    expect(review.verdict).toEqual({ kind: 'unaltered', hash: original.hash });
    expect(review.turns.map((t) => t.year)).toEqual([2022, 2023, 2024, 2025, 2026]);
    expect(review.start.turn).toBe(0);
    expect(review.turns.at(-1)?.game.finished).toBe(true);
    expect(review.turns[0]?.report.effects.length).toBeGreaterThan(0);
    expect(review.turns[2]?.plans.KAZ).toEqual(original.plans[2]?.plans.KAZ);
    // The last reviewed year matches the played game's history.
    expect(review.turns.at(-1)?.game.history).toEqual(played.history);
  });

  it('names a file whose plans were edited within the rules as tampered', () => {
    const text = edited((r) => {
      const plan = r.plans[1]!.plans.TJK!;
      plan.consultation = plan.consultation > 0 ? plan.consultation - 1 : 0;
      plan.engagements = [];
    });
    const result = reviewReplay(text);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.review.verdict).toMatchObject({ kind: 'tampered', recorded: original.hash });
    if (result.review.verdict.kind === 'tampered')
      expect(result.review.verdict.reached).not.toBe(original.hash);
  });

  it('names a file whose hash was changed as tampered', () => {
    const result = reviewReplay(
      edited((r) => {
        r.hash = '0000000000000000';
      }),
    );
    expect(result.ok && result.review.verdict.kind).toBe('tampered');
  });

  it('names an edit that breaks the rules, with the year and the sim message', () => {
    const result = reviewReplay(
      edited((r) => {
        r.plans[0]!.plans.KAZ!.consultation = 999;
      }),
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'refused', turn: 0 } });
    if (!result.ok && result.error.code === 'refused') expect(result.error.reason).toMatch(/KAZ/);
    const wrongYear = reviewReplay(
      edited((r) => {
        r.plans[1]!.year = 1999;
      }),
    );
    expect(wrongYear).toMatchObject({ ok: false, error: { code: 'refused', turn: 1 } });
    const badController = reviewReplay(
      edited((r) => {
        r.controllers.TKM = 'chaos';
      }),
    );
    expect(badController).toMatchObject({ ok: false, error: { code: 'refused', turn: 0 } });
  });

  it('names files that are not replays, with field paths', () => {
    expect(reviewReplay('{oops')).toMatchObject({ ok: false, error: { code: 'not-json' } });
    const noSeed = reviewReplay(
      edited((r) => {
        delete r.seed;
        r.format = 'save';
      }),
    );
    if (noSeed.ok || noSeed.error.code !== 'not-a-replay') throw new Error('expected problems');
    expect(noSeed.error.problems.map((p) => p.path).sort()).toEqual(['format', 'seed']);
    const badScenario = reviewReplay(
      edited((r) => {
        r.scenario.startYear = 'soon';
      }),
    );
    if (badScenario.ok || badScenario.error.code !== 'invalid-scenario')
      throw new Error('expected scenario problems');
    expect(badScenario.error.problems.map((p) => p.path)).toContain('scenario.startYear');
  });
});

describe('stepping through a review', () => {
  const result = reviewReplay(file);
  if (!result.ok) throw new Error('setup');
  const { review } = result;

  it('moves forwards and back, year by year, and stops at both ends', () => {
    let view = viewAt(review, 0);
    expect(view).toMatchObject({ position: 0, last: 5, canBack: false, canForward: true });
    expect(view.turn).toBeUndefined();
    expect(view.game.year).toBe(2022);
    view = forward(review, view.position);
    expect(view.turn?.year).toBe(2022);
    expect(view.game.year).toBe(2023);
    view = forward(review, forward(review, view.position).position);
    expect(view.turn?.year).toBe(2024);
    view = back(review, view.position);
    expect(view.turn?.year).toBe(2023);
    expect(back(review, 0).position).toBe(0);
    expect(forward(review, 5)).toMatchObject({ position: 5, canForward: false, canBack: true });
    expect(viewAt(review, 99).position).toBe(5);
  });
});
