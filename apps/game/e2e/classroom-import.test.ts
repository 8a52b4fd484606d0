/**
 * A teacher's scenario in the browser: a good file is imported and kept, a
 * bad one lists its problems by field path, and neither touches the autosave
 * or the settings. The share link carries the scenario to another page.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createGame, getScenario, serialize } from '@c5plus/sim';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, launchBrowser } from './support/browser';
import { openGame, screenshot, seriousViolations } from './support/classroom';
import { type StaticServer, serveStatic } from './support/static-server';

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, '..', 'dist');
const exampleText = readFileSync(
  join(here, '..', '..', '..', 'docs', 'teachers', 'astana-2024.json'),
  'utf8',
);
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

const AUTOSAVE = 'c5plus.autosave.v1';
const SETTINGS = 'c5plus.settings.v1';

function storage(page: import('playwright-core').Page) {
  return page.evaluate(() => ({ ...window.localStorage }) as Record<string, string>);
}

describe('scenario import', () => {
  it('imports a good file, refuses a bad one with field paths, and keeps the autosave', async () => {
    const { page, errors } = await openGame(browser, `${server.url}?lang=en`);
    // A real saved game, as the game writes it, left from an earlier lesson.
    const save = serialize(
      createGame({
        scenario: getScenario('sandbox')!,
        seed: 'earlier',
        controllers: { KAZ: 'human' },
      }),
    );
    await page.evaluate(([key, text]) => window.localStorage.setItem(key, text), [
      AUTOSAVE,
      save,
    ] as const);
    await page.reload();
    await page.getByTestId('title-import-scenario').click();
    await page.getByTestId('scenario-import').waitFor();
    const before = await storage(page);
    expect(before[AUTOSAVE]).toBe(save);

    const bad = JSON.parse(exampleText);
    bad.startYear = 'soon';
    bad.initial.partners.japan.attention = -5;
    await page.locator('#c5-scenario-file').setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(bad)),
    });
    const problems = page.getByTestId('import-problems');
    await problems.waitFor();
    const listed = await problems.locator('li').allTextContents();
    expect(listed).toHaveLength(2);
    expect(listed[0]).toMatch(/^startYear: /);
    expect(listed[1]).toMatch(/^initial\.partners\.japan\.attention: /);
    expect(await problems.locator('p').textContent()).toBe('The file has 2 problems:');
    expect(await seriousViolations(page, '[data-testid=scenario-import]')).toEqual([]);
    await screenshot(page, 'classroom-import-errors');
    const afterBad = await storage(page);
    expect(afterBad).toEqual(before);

    await page.locator('#c5-scenario-file').setInputFiles({
      name: 'astana-2024.json',
      mimeType: 'application/json',
      buffer: Buffer.from(exampleText),
    });
    await expect(page.getByTestId('import-success').textContent()).resolves.toMatch(/astana-2024/);
    const afterGood = await storage(page);
    expect(afterGood[AUTOSAVE]).toBe(save);
    expect(afterGood[SETTINGS]).toBe(before[SETTINGS]);
    const library = JSON.parse(afterGood['c5plus.scenarios.v1'] ?? '{}');
    expect(library.scenarios.map((s: { id: string }) => s.id)).toEqual(['astana-2024']);
    await expect(page.getByTestId('library').locator('li').count()).resolves.toBe(1);
    expect(await seriousViolations(page, '[data-testid=scenario-import]')).toEqual([]);

    // The share link opens the scenario on another page.
    await page
      .getByTestId('library')
      .getByRole('button', { name: /Share link/ })
      .click();
    const link = await page.getByTestId('share-link').inputValue();
    expect(link).toMatch(/#scenario=1\.[A-Za-z0-9_-]+$/);
    const other = await openGame(browser, link);
    await other.page.getByTestId('scenario-link').waitFor();
    await expect(
      other.page.getByTestId('scenario-link').locator('h2').textContent(),
    ).resolves.toMatch(/Astana summit/);
    expect(await seriousViolations(other.page, '[data-testid=scenario-link]')).toEqual([]);
    await screenshot(other.page, 'classroom-scenario-link');
    // A link cut short names the damage instead of starting a game.
    await other.page.goto(link.slice(0, link.length - 40));
    await other.page.reload();
    await expect(other.page.getByTestId('link-problems').textContent()).resolves.toMatch(/damaged/);
    expect(other.errors).toEqual([]);
    await other.page.close();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens an imported scenario named in the link, after a reload; an unknown id gets the defaults', async () => {
    const { page, errors } = await openGame(browser, `${server.url}?lang=en`);
    await page.getByTestId('title-import-scenario').click();
    await page.locator('#c5-scenario-file').setInputFiles({
      name: 'astana-2024.json',
      mimeType: 'application/json',
      buffer: Buffer.from(exampleText),
    });
    await page.getByTestId('import-success').waitFor();

    await page.goto(`${server.url}?lang=en&scenario=astana-2024&seed=r1&state=KGZ`);
    await page.waitForSelector('body[data-screen=setup]');
    await expect(page.getByTestId('scenario').inputValue()).resolves.toBe('astana-2024');
    expect(await page.getByTestId('errors').count()).toBe(0);
    // Started and reloaded, the link still names it.
    await page.getByTestId('start').click();
    await page.waitForSelector('body[data-screen=planning]');
    expect(new URL(page.url()).searchParams.get('scenario')).toBe('astana-2024');
    await page.reload();
    await page.waitForSelector('body[data-ready=true]');
    expect(await page.evaluate(() => window.__c5plus?.app.request.scenario.id)).toBe('astana-2024');
    expect(await page.evaluate(() => window.__c5plus?.app.paramErrors.length)).toBe(0);

    await page.goto(`${server.url}?lang=en&scenario=astana-2025`);
    await page.waitForSelector('body[data-screen=setup]');
    await expect(page.getByTestId('errors').textContent()).resolves.toMatch(
      /scenario: Unknown scenario "astana-2025"\. Choose one of: .*astana-2024\./,
    );
    await expect(page.getByTestId('scenario').inputValue()).resolves.not.toBe('astana-2025');
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
