/**
 * The simulation is deterministic across engines: the same scenario and seed
 * give the same final hash in Chromium as in Node.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createGame, getScenario, hashState, playOut } from '@c5plus/sim';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, launchBrowser } from './support/browser';
import { type StaticServer, serveStatic } from './support/static-server';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveStatic(dist);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('in the browser', () => {
  it.each([
    ['launch-2004', 'class-7b'],
    ['summits-2025', 'c5plus'],
    ['war-2022', 'x1'],
  ])('%s with seed %s ends in the same hash as in Node', async (scenarioId, seed) => {
    const page = await browser.context.newPage();
    await page.goto(`${server.url}?view=outcome&scenario=${scenarioId}&seed=${seed}`);
    const hash = await page.getByTestId('hash').textContent();
    const node = hashState(playOut(createGame({ scenario: getScenario(scenarioId)!, seed })));
    expect(hash).toBe(node);
    await page.close();
  });

  it('names a bad URL parameter and falls back to the defaults', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.url}?scenario=atlantis`);
    await expect(page.getByTestId('errors').textContent()).resolves.toMatch(
      /scenario: Unknown scenario "atlantis"/,
    );
    if (process.env.C5PLUS_SCREENSHOTS)
      await page.screenshot({ path: join(process.env.C5PLUS_SCREENSHOTS, 'errors.png') });
    await page.getByTestId('start').waitFor();
    await page.goto(`${server.url}?view=outcome`);
    await page.getByTestId('scorecard').waitFor();
    if (process.env.C5PLUS_SCREENSHOTS)
      await page.screenshot({
        path: join(process.env.C5PLUS_SCREENSHOTS, 'preview.png'),
        fullPage: true,
      });
    await page.close();
  });
});
