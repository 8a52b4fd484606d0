/** A game that cannot start says why in words, in the player's language, instead of a blank page. */
import { describe, expect, it } from 'vitest';
import { useBuiltGame } from './support/built-game';

const game = useBuiltGame();

describe('a failed start', () => {
  for (const [lang, words] of [
    ['en', /could not start[\s\S]*dataset did not arrive/],
    ['ru', /не смогла запуститься[\s\S]*Набор данных игры не загрузился/],
  ] as const)
    it(`names the dataset that did not arrive (${lang})`, async () => {
      const page = await game.browser.context.newPage();
      await page.route('**/dataset-*.json', (route) => route.fulfill({ status: 404, body: '' }));
      await page.goto(`${game.url}?lang=${lang}`);
      const failure = page.getByTestId('start-failure');
      await failure.waitFor();
      expect(await page.locator('#screen').textContent()).toMatch(words);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
      expect(await page.evaluate(() => document.body.dataset.ready)).toBeUndefined();
      await page.close();
    });

  it('is not shown when the game starts', async () => {
    const page = await game.browser.context.newPage();
    await page.goto(game.url);
    await page.waitForSelector('body[data-ready=true]');
    expect(await page.getByTestId('start-failure').count()).toBe(0);
    await page.close();
  });
});
