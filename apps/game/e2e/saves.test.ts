/** Saves in the browser: reload mid-game and continue; a corrupt save is reported, kept aside, and a fresh game starts. */
import { describe, expect, it } from 'vitest';
import { useBuiltGame } from './support/built-game';
import { axeProblems, mouseTurn, openGame, shot } from './support/play';

const game = useBuiltGame();

describe('saves', () => {
  it('continues after a reload', async () => {
    const { page, errors } = await openGame(
      game.browser,
      `${game.url}?scenario=launch-2004&seed=reload-1&state=UZB`,
    );
    await page.getByTestId('start').click();
    await page.waitForSelector('body[data-screen=planning]');
    await mouseTurn(page);
    await mouseTurn(page);
    const log = await page.evaluate(() => window.__c5plus?.app.session?.game.log);
    await page.goto(game.url);
    await page.waitForSelector('body[data-ready=true]');
    await page.getByTestId('continue').click();
    await page.waitForSelector('body[data-screen=planning]');
    expect(await page.locator('h2').first().textContent()).toMatch(/2006/);
    // The same plans, turn by turn (a loaded save's keys follow the schema's order).
    expect(await page.evaluate(() => window.__c5plus?.app.session?.game.log)).toEqual(log);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('reports a corrupt save, keeps it aside and starts a fresh game', async () => {
    const { page, errors } = await openGame(game.browser, game.url);
    await page.evaluate(() =>
      localStorage.setItem(
        'c5plus.autosave.v1',
        '{"format":"c5plus-save","schemaVersion":1,"game":{',
      ),
    );
    await page.reload();
    await page.waitForSelector('body[data-ready=true]');
    const alert = page.getByTestId('broken-save');
    await expect(alert.textContent()).resolves.toMatch(/not valid JSON/);
    expect(await axeProblems(page)).toEqual([]);
    await shot(page, 'en-broken-save');
    const kept = await page.evaluate(() =>
      Object.keys(localStorage)
        .filter((k) => k.startsWith('c5plus.autosave.broken.'))
        .map((k) => localStorage.getItem(k)),
    );
    expect(kept).toContain('{"format":"c5plus-save","schemaVersion":1,"game":{');
    const download = page.waitForEvent('download');
    await page.getByTestId('download-broken').click();
    expect((await download).suggestedFilename()).toMatch(/^c5plus\.autosave\.broken\.\d+\.json$/);
    await page.getByTestId('new-game').click();
    await page.getByTestId('start').click();
    await page.waitForSelector('body[data-screen=planning]');
    expect(await page.evaluate(() => localStorage.getItem('c5plus.autosave.v1'))).toMatch(
      /c5plus-save/,
    );
    expect(errors).toEqual([]);
    await page.close();
  });
});
