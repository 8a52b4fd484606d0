/**
 * The simulation is deterministic across engines: the same scenario and seed
 * give the same final hash in Chromium as in Node.
 */
import { join } from 'node:path';
import { createGame, getScenario, hashState, playOut } from '@c5plus/sim';
import { describe, expect, it } from 'vitest';
import { useBuiltGame } from './support/built-game';

const game = useBuiltGame();

describe('in the browser', () => {
  it.each([
    ['launch-2004', 'class-7b'],
    ['summits-2025', 'c5plus'],
    ['war-2022', 'x1'],
  ])('%s with seed %s ends in the same hash as in Node', async (scenarioId, seed) => {
    const page = await game.browser.context.newPage();
    await page.goto(`${game.url}?view=outcome&scenario=${scenarioId}&seed=${seed}`);
    const hash = await page.getByTestId('hash').textContent();
    const node = hashState(playOut(createGame({ scenario: getScenario(scenarioId)!, seed })));
    expect(hash).toBe(node);
    await page.close();
  });

  it('names a bad URL parameter and falls back to the defaults', async () => {
    const page = await game.browser.context.newPage();
    await page.goto(`${game.url}?scenario=atlantis`);
    await expect(page.getByTestId('errors').textContent()).resolves.toMatch(
      /scenario: Unknown scenario "atlantis"/,
    );
    if (process.env.C5PLUS_SCREENSHOTS)
      await page.screenshot({ path: join(process.env.C5PLUS_SCREENSHOTS, 'errors.png') });
    await page.getByTestId('start').waitFor();
    await page.goto(`${game.url}?view=outcome`);
    await page.getByTestId('scorecard').waitFor();
    if (process.env.C5PLUS_SCREENSHOTS)
      await page.screenshot({
        path: join(process.env.C5PLUS_SCREENSHOTS, 'preview.png'),
        fullPage: true,
      });
    await page.close();
  });
});
