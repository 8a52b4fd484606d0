/** After one load, the game starts and plays with the network cut (service worker). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, launchBrowser } from './support/browser';
import { DIST, openGame } from './support/play';
import { type StaticServer, serveStatic } from './support/static-server';

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveStatic(DIST);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('offline', () => {
  it('starts a game with the network cut after one load', async () => {
    const { page, errors } = await openGame(browser, server.url);
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
    await browser.context.setOffline(true);
    await page.reload();
    await page.waitForSelector('body[data-ready=true]');
    await page.getByTestId('new-game').click();
    await page.getByTestId('start').click();
    await page.waitForFunction(() => window.__c5plus?.map()?.drawn === true);
    expect(await page.locator('h2').first().textContent()).toMatch(/\d{4}/);
    await browser.context.setOffline(false);
    expect(failed).toEqual([]);
    // The browser's own update check of sw.js fails offline and logs it; no request of the page failed (above).
    expect(errors.filter((e) => !e.includes('ERR_INTERNET_DISCONNECTED'))).toEqual([]);
    await page.close();
  });
});
