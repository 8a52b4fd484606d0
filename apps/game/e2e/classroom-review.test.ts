/**
 * Replay review in the browser: an unaltered file is named unaltered and
 * steps forwards and back with each year's report; an edited one is named
 * tampered; a file that is not a replay is named invalid.
 */
import { createGame, getScenario, playOut, toReplay } from '@c5plus/sim';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBuiltGame } from './support/built-game';
import { openGame, screenshot, seriousViolations } from './support/classroom';

const game = useBuiltGame();

const replay = toReplay(
  playOut(
    createGame({
      scenario: getScenario('war-2022')!,
      seed: 'class-7b',
      controllers: { KAZ: 'greedy' },
    }),
  ),
);

async function load(page: Page, name: string, text: string) {
  await page.locator('#c5-replay-file').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
  const verdict = page.getByTestId('verdict');
  await verdict.waitFor();
  return verdict;
}

describe('replay review', () => {
  it('names an unaltered file, a tampered one and an invalid one, and steps through years', async () => {
    const { page, errors } = await openGame(game.browser, `${game.url}?lang=en`);
    await page.getByTestId('title-review-replay').click();
    await page.getByTestId('replay-review').waitFor();

    let verdict = await load(page, 'aigerim.replay.json', JSON.stringify(replay));
    expect(await verdict.getAttribute('data-verdict')).toBe('unaltered');
    expect(await verdict.textContent()).toContain(replay.hash);
    const position = page.getByTestId('review-position');
    expect(await position.textContent()).toMatch(/Before the first year/);
    expect(await page.getByTestId('review-back').isDisabled()).toBe(true);
    await page.getByTestId('review-forward').focus();
    await page.keyboard.press('Enter');
    expect(await position.textContent()).toBe('Year 2022: 1 of 5');
    // Focus stays on the button: Enter again moves on.
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    expect(await position.textContent()).toBe('Year 2024: 3 of 5');
    const report2024 = await page.getByTestId('turn-report').textContent();
    expect(report2024?.length).toBeGreaterThan(20);
    await page.getByTestId('review-back').click();
    expect(await position.textContent()).toBe('Year 2023: 2 of 5');
    expect(await page.getByTestId('turn-report').textContent()).not.toBe(report2024);
    expect(await seriousViolations(page, '[data-testid=replay-review]')).toEqual([]);
    await screenshot(page, 'classroom-review-unaltered');

    const edited = structuredClone(replay) as unknown as {
      plans: { plans: Record<string, { consultation: number; engagements: unknown[] }> }[];
    };
    const plan = edited.plans[1]!.plans.TJK!;
    plan.engagements = [];
    plan.consultation = 0;
    verdict = await load(page, 'timur.replay.json', JSON.stringify(edited));
    expect(await verdict.getAttribute('data-verdict')).toBe('tampered');
    expect(await verdict.textContent()).toMatch(/^⚠ Tampered: .*records [0-9a-f]{16}/);
    expect(await seriousViolations(page, '[data-testid=replay-review]')).toEqual([]);
    await screenshot(page, 'classroom-review-tampered');

    verdict = await load(page, 'notes.txt', 'these are my notes');
    expect(await verdict.getAttribute('data-verdict')).toBe('invalid');
    expect(await page.getByTestId('replay-problems').textContent()).toMatch(/not JSON/);
    expect(await page.getByTestId('review-turn').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
