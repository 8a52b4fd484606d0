/**
 * Whole scenarios to the debrief: one by keyboard only (in Russian), one by
 * mouse only (in English), with no console or page error, axe on every screen,
 * no missing string, and a screenshot of each screen.
 */
import { readFile } from 'node:fs/promises';
import { getScenario, type Replay, replay, verifyReplay } from '@c5plus/sim';
import { describe, expect, it } from 'vitest';
import { useBuiltGame } from './support/built-game';
import {
  axeProblems,
  keyboardTurn,
  mouseTurn,
  openGame,
  screenOf,
  shot,
  tabTo,
} from './support/play';

const built = useBuiltGame();

const missing = (page: import('playwright-core').Page) =>
  page.evaluate(() => window.__c5plus?.missingKeys ?? ['no hook']);

describe('a whole scenario', () => {
  it('by mouse, in English, to the debrief; the replay it exports replays in the sim', async () => {
    const { page, errors } = await openGame(built.browser, built.url);
    const axe: string[] = [];
    const check = async (name: string, full = false) => {
      axe.push(...(await axeProblems(page)).map((p) => `${name}: ${p}`));
      await shot(page, `en-${name}`, full);
    };
    await check('title');
    await page.getByTestId('new-game').click();
    await page.getByTestId('scenario').selectOption('roadmap-2015');
    await page.getByTestId('seed').fill('mouse-1');
    await check('setup', true);
    await page.getByTestId('start').click();
    await page.waitForFunction(() => window.__c5plus?.map()?.drawn === true);
    // The map is drawn: the canvas has more than one colour in it.
    const colours = await page.evaluate(() => {
      const canvas = document.querySelector('#map-canvas canvas') as HTMLCanvasElement;
      const copy = document.createElement('canvas');
      copy.width = 200;
      copy.height = 150;
      const ctx = copy.getContext('2d') as CanvasRenderingContext2D;
      ctx.drawImage(canvas, 0, 0, 200, 150);
      const data = ctx.getImageData(0, 0, 200, 150).data;
      const seen = new Set<number>();
      for (let i = 0; i < data.length; i += 4)
        seen.add(
          ((data[i] as number) << 16) | ((data[i + 1] as number) << 8) | (data[i + 2] as number),
        );
      return seen.size;
    });
    expect(colours).toBeGreaterThan(5);
    await check('planning');
    const years = getScenario('roadmap-2015')!.endYear - getScenario('roadmap-2015')!.startYear + 1;
    for (let turn = 0; turn < years; turn++) {
      if (turn === 0) {
        await page.locator('.advice-box > summary').click();
        await page.getByTestId('ask').click();
        await check('advice');
        await page.locator('.advice-box > summary').click();
      }
      await page.locator('.advice-box > summary').click();
      await page.getByTestId('advice-strategy').selectOption('multiVector');
      await page.getByTestId('ask').click();
      await page.getByTestId('use-advice').click();
      await page.getByTestId('submit').click();
      await page.waitForSelector('body[data-screen=result]');
      if (turn === 0) {
        await check('result', true);
        await page.locator('[data-testid=indicator-changes] summary').first().click();
        await check('causes', true);
        await page.getByTestId('open-dashboard').click();
        await page.getByTestId('chart').locator('canvas').waitFor();
        await check('dashboard', true);
        await page.getByTestId('close-dashboard').click();
        await page.waitForSelector('body[data-screen=planning]');
        continue;
      }
      await page.getByTestId('next').click();
    }
    await page.waitForSelector('body[data-screen=debrief]');
    await page.waitForSelector('[data-testid=paths][data-ready=true]', { timeout: 60_000 });
    await check('debrief', true);
    // Every strategy's path beside the player's, as numbers (the charts draw the same).
    expect(await page.getByTestId('path-table').locator('tr[data-path]').count()).toBe(9);

    // What the game shows of the three lessons: multi-vector play bears them out.
    const findings = page.locator('[data-testid=findings] article');
    expect(
      await findings.evaluateAll((list) => list.map((a) => a.getAttribute('data-lesson'))),
    ).toEqual(['practical', 'diversified', 'together']);
    expect(await findings.first().getAttribute('data-verdict')).toBe('shown');
    expect(await findings.first().textContent()).toMatch(/No partner pressed you/);
    const download = page.waitForEvent('download');
    await page.getByTestId('export-replay').click();
    const file = await (await download).path();
    const exported = JSON.parse(await readFile(file, 'utf8')) as Replay;
    expect(verifyReplay(exported).ok).toBe(true);
    expect(
      replay(exported.scenario, exported.seed, exported.plans, {
        controllers: exported.controllers,
      }).finished,
    ).toBe(true);

    // Go back to the second year and play on from there.
    await page.getByTestId('go-back-year').selectOption({ label: '2016' });
    await page.getByTestId('go-back').click();
    await page.waitForSelector('body[data-screen=planning]');
    expect(await page.locator('h2').first().textContent()).toMatch(/2016/);
    await mouseTurn(page);
    expect(await screenOf(page)).toBe('planning');

    expect(await missing(page)).toEqual([]);
    expect(axe).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  }, 240_000);

  it('by keyboard only, in Russian, to the debrief', async () => {
    const { page, errors } = await openGame(built.browser, built.url);
    const axe: string[] = [];
    const check = async (name: string, full = false) => {
      axe.push(...(await axeProblems(page)).map((p) => `${name}: ${p}`));
      await shot(page, `ru-${name}`, full);
    };
    await tabTo(page, 'language');
    await page.keyboard.press('ArrowDown');
    await page.waitForFunction(() => document.documentElement.lang === 'ru');
    expect(await page.locator('h1').textContent()).toMatch(/Центральная Азия/);
    await check('title');
    await tabTo(page, 'new-game');
    await page.keyboard.press('Enter');
    await page.waitForSelector('body[data-screen=setup]');
    await tabTo(page, 'scenario');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await tabTo(page, 'state-KAZ');
    await page.keyboard.press('ArrowDown');
    await check('setup', true);
    await tabTo(page, 'start');
    await page.keyboard.press('Enter');
    await page.waitForSelector('body[data-screen=planning]');
    await page.waitForFunction(() => window.__c5plus?.map()?.drawn === true);
    await check('planning');
    const game = await page.evaluate(() => ({
      id: window.__c5plus?.app.session?.game.scenario.id,
      player: window.__c5plus?.app.session?.player,
    }));
    expect(game).toEqual({ id: 'war-2022', player: 'KGZ' });
    const scenario = getScenario('war-2022')!;
    for (let turn = scenario.startYear; turn <= scenario.endYear; turn++) {
      if (turn === scenario.startYear) {
        await tabTo(page, 'add-engagement');
        await page.keyboard.press('Enter');
        await tabTo(page, 'e0-points');
        await page.keyboard.press('Control+A');
        await page.keyboard.type('3');
        await tabTo(page, 'submit');
        await page.keyboard.press('Enter');
        await page.waitForSelector('body[data-screen=result]');
        await check('result', true);
        await tabTo(page, 'next');
        await page.keyboard.press('Enter');
        continue;
      }
      await keyboardTurn(page);
    }
    await page.waitForSelector('body[data-screen=debrief]');
    await page.waitForSelector('[data-testid=paths][data-ready=true]', { timeout: 60_000 });
    await check('debrief', true);
    expect(await page.locator('h1').textContent()).toMatch(/Итоги/);
    // war-2022's diversification objective reads its share as a percentage, as its text states it.
    expect(await page.getByTestId('objectives').textContent()).toMatch(/\(\d+%\)/);
    expect(await missing(page)).toEqual([]);
    expect(axe).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  }, 240_000);
});
