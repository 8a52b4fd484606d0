/**
 * After one load, the game starts and plays with the network cut (service
 * worker); its icon is inline, so no request for it can fail.
 */
import { describe, expect, it } from 'vitest';
import { useBuiltGame } from './support/built-game';
import { openGame } from './support/play';

const game = useBuiltGame();

describe('offline', () => {
  it('starts a game with the network cut after one load', async () => {
    const { page, errors } = await openGame(game.browser, game.url);
    await page.waitForFunction(
      async () => {
        const registration = await navigator.serviceWorker.ready;
        return registration.active !== null && navigator.serviceWorker.controller !== null;
      },
      undefined,
      { timeout: 30_000 },
    );
    const failed: string[] = [];
    page.on('requestfailed', (r) => failed.push(r.url()));
    await game.browser.context.setOffline(true);
    await page.reload();
    await page.waitForSelector('body[data-ready=true]');
    await page.getByTestId('new-game').click();
    await page.getByTestId('start').click();
    await page.waitForFunction(() => window.__c5plus?.map()?.drawn === true);
    expect(await page.locator('h2').first().textContent()).toMatch(/\d{4}/);
    await game.browser.context.setOffline(false);
    expect(failed).toEqual([]);
    // The browser's own update check of sw.js fails offline and logs it; no request of the page failed (above).
    expect(errors.filter((e) => !e.includes('ERR_INTERNET_DISCONNECTED'))).toEqual([]);
    await page.close();
  });

  it('has an inline icon that its content security policy lets load', async () => {
    const { page, errors } = await openGame(game.browser, game.url);
    const icon = await page.evaluate(async () => {
      const href = document.querySelector<HTMLLinkElement>('link[rel=icon]')?.href ?? '';
      const image = new Image();
      const loaded = new Promise<boolean>((resolve) => {
        image.onload = () => resolve(true);
        image.onerror = () => resolve(false);
      });
      image.src = href;
      return {
        inline: href.startsWith('data:image/svg+xml,'),
        loaded: await loaded,
        width: image.naturalWidth,
      };
    });
    expect(icon).toEqual({ inline: true, loaded: true, width: 32 });
    expect(errors).toEqual([]);
    await page.close();
  });
});
