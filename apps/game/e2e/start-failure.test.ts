/** A game whose data does not arrive says why in words, in the player's language, instead of a blank page. */
import { describe, expect, it } from 'vitest';
import { useBuiltGame } from './support/built-game';

// Without the service worker: once it has cached the data, a routed failure would never be seen.
const game = useBuiltGame({ serviceWorkers: 'block' });

describe('a failed start', () => {
  for (const [lang, file, words] of [
    ['en', 'dataset', /could not start[\s\S]*data did not arrive/],
    ['ru', 'dataset', /не смогла запуститься[\s\S]*Данные игры не загрузились/],
    ['en', 'region', /could not start[\s\S]*data did not arrive/],
  ] as const)
    it(`says so when the ${file} does not arrive (${lang})`, async () => {
      const page = await game.browser.context.newPage();
      await page.route(`**/${file}-*.json`, (route) => route.fulfill({ status: 404, body: '' }));
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
