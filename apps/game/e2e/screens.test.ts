/**
 * Every screen, looked at: the map's labels never overlap nor leave the map
 * at 1366×768, 1280×720 and 1920×1080; a partner's label opens the causes of
 * its attention and suspicion (cited where the sim cites); the debrief draws
 * the player's path beside the historical line and every strategy, as charts
 * and as a table; and every screen (title, setup, planning, resolution with
 * its events, causes, dashboard, debrief and the classroom's screens), in
 * English and Russian, at 1920×1080, 1366×768 and 1280×720 and at a true 200%
 * zoom of 1366×768 and 1280×720 (683×384 and 640×360 CSS pixels, device scale
 * 2): no text wider than its box or cut off (./support/overflow.ts), nothing
 * serious for axe, and a screenshot saved as
 * e2e/artifacts/screens-{lang}-{size}-{screen}.png.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, launchBrowser } from './support/browser';
import { overflowingBoxes } from './support/overflow';
import { axeProblems, DIST, openGame, shot } from './support/play';
import { type StaticServer, serveStatic } from './support/static-server';

let server: StaticServer;
let browser: Browser;
let zoomed: Browser;

beforeAll(async () => {
  server = await serveStatic(DIST);
  browser = await launchBrowser();
  zoomed = await launchBrowser({ deviceScaleFactor: 2 });
});

afterAll(async () => {
  await browser?.close();
  await zoomed?.close();
  await server?.close();
});

const AI = 'ai=KGZ:multiVector,TJK:multiVector,TKM:historical,UZB:greedy';
const link = (lang: string, seed: string) =>
  `${server.url}?scenario=roadmap-2015&seed=${seed}&state=KAZ&lang=${lang}&${AI}`;

/** The map labels' boxes, and the overlay's. */
const labelBoxes = (page: Page) =>
  page.evaluate(() => {
    const overlay = (document.getElementById('map-labels') as HTMLElement).getBoundingClientRect();
    const boxes = [...document.querySelectorAll<HTMLElement>('#map-labels .map-label')].map((n) => {
      const r = n.getBoundingClientRect();
      return { id: n.dataset.testid ?? '', x: r.x, y: r.y, w: r.width, h: r.height };
    });
    return { overlay: { x: overlay.x, y: overlay.y, w: overlay.width, h: overlay.height }, boxes };
  });

/** Waits for a resized page to lay out again (the map re-places its labels on the next frames). */
const settle = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<void>((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 100))),
      ),
  );

/** Plays the year with the multi-vector advice. */
async function adviceTurn(page: Page): Promise<void> {
  await page.locator('.advice-box > summary').click();
  await page.getByTestId('advice-strategy').selectOption('multiVector');
  await page.getByTestId('ask').click();
  await page.getByTestId('use-advice').click();
  await page.getByTestId('submit').click();
  await page.waitForSelector('body[data-screen=result]');
}

describe('the map labels', () => {
  // Russian's longer words at every size; English at the tightest common one.
  for (const [width, height, lang] of [
    [1366, 768, 'ru'],
    [1280, 720, 'ru'],
    [1920, 1080, 'ru'],
    [1366, 768, 'en'],
  ] as const)
    it(`neither overlap nor leave the map at ${width}×${height} (${lang})`, async () => {
      const { page, errors } = await openGame(browser, link(lang, 'labels'), { width, height });
      await page.getByTestId('start').click();
      await page.waitForFunction(() => window.__c5plus?.map()?.drawn === true);
      await adviceTurn(page);
      await page.waitForFunction(
        () => document.querySelectorAll('#map-labels .map-label.partner').length === 7,
      );
      const { overlay, boxes } = await labelBoxes(page);
      expect(boxes).toHaveLength(12);
      for (const b of boxes) {
        expect(b.x, b.id).toBeGreaterThanOrEqual(overlay.x - 0.5);
        expect(b.y, b.id).toBeGreaterThanOrEqual(overlay.y - 0.5);
        expect(b.x + b.w, b.id).toBeLessThanOrEqual(overlay.x + overlay.w + 0.5);
        expect(b.y + b.h, b.id).toBeLessThanOrEqual(overlay.y + overlay.h + 0.5);
      }
      const overlaps: string[] = [];
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i];
          const b = boxes[j];
          if (!a || !b) continue;
          const w = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
          const h = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
          if (w > 0.5 && h > 0.5) overlaps.push(`${a.id} × ${b.id}`);
        }
      expect(overlaps).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    }, 120_000);
});

/** The sizes each screen is looked at: common windows, and 200% zoom of 1366×768 and 1280×720. */
const SIZES = {
  window: ['1920x1080', '1366x768', '1280x720'],
  zoom: ['683x384@2x', '640x360@2x'],
} as const;

const viewportOf = (size: string) => {
  const [width = 0, height = 0] = size.replace('@2x', '').split('x').map(Number);
  return { width, height };
};

describe('every screen, in both languages, at every size', () => {
  for (const lang of ['en', 'ru'] as const)
    for (const group of ['window', 'zoom'] as const)
      it(`${lang} ${SIZES[group].join(', ')}: partner causes, the debrief's paths, no overflow, screenshots`, async () => {
        const sizes = SIZES[group];
        const { page, errors } = await openGame(
          group === 'zoom' ? zoomed : browser,
          link(lang, 'screens'),
          viewportOf(sizes[0]),
        );
        const axe: string[] = [];
        const overflow: string[] = [];
        // Each screen at each size, then back to the first size to play on.
        const look = async (name: string, full = true) => {
          for (const size of sizes) {
            await page.setViewportSize(viewportOf(size));
            await settle(page);
            axe.push(...(await axeProblems(page)).map((p) => `${size} ${name}: ${p}`));
            overflow.push(...(await overflowingBoxes(page)).map((p) => `${size} ${name}: ${p}`));
            await shot(page, `screens-${lang}-${size}-${name}`, full);
          }
          await page.setViewportSize(viewportOf(sizes[0]));
          await settle(page);
        };
        await page.goto(`${server.url}?lang=${lang}`);
        await page.waitForSelector('body[data-ready=true]');
        await look('title');
        await page.goto(link(lang, 'screens'));
        await page.waitForSelector('body[data-screen=setup]');
        await look('setup');
        await page.getByTestId('start').click();
        await page.waitForFunction(() => window.__c5plus?.map()?.drawn === true);
        await look('planning', false);
        await adviceTurn(page);
        await look('resolution', false);
        await page.locator('[data-testid=indicator-changes] summary').first().click();
        await look('causes', false);

        // A partner's label opens the dashboard on its causes, focused.
        await page.getByTestId('map-china').click();
        await page.waitForSelector('body[data-screen=dashboard]');
        const attention = page.getByTestId('attention-causes-china');
        const suspicion = page.getByTestId('suspicion-causes-china');
        expect(await attention.isVisible()).toBe(true);
        expect(await suspicion.isVisible()).toBe(true);
        expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
          'attention-causes-china-toggle',
        );
        expect(
          await page.getByTestId('attention-causes-china-toggle').getAttribute('aria-expanded'),
        ).toBe('true');
        // The causes read across the whole table, not squeezed into the number's cell.
        const widths = await page.evaluate(() => ({
          causes:
            document.querySelector('[data-testid=attention-causes-china]')?.getBoundingClientRect()
              .width ?? 0,
          table:
            document.querySelector('[data-testid=partner-table]')?.getBoundingClientRect().width ??
            1,
        }));
        expect(widths.causes / widths.table).toBeGreaterThan(0.8);
        const expected = await page.evaluate(() => {
          const effects = window.__c5plus?.app.session?.lastReport?.effects ?? [];
          const mine = effects.filter(
            (e) => e.target.kind === 'attention' && e.target.partner === 'china',
          );
          return { count: mine.length, cited: mine.filter((e) => e.citation).length };
        });
        expect(expected.count).toBeGreaterThan(0);
        expect(await attention.locator('ul.causes > li').count()).toBe(expected.count);
        expect(await attention.locator('ul.causes .citation').count()).toBe(expected.cited);
        // Every other partner's numbers open too, by keyboard, and close again.
        const japan = page.getByTestId('suspicion-causes-japan');
        expect(await japan.isVisible()).toBe(false);
        await page.getByTestId('suspicion-causes-japan-toggle').focus();
        await page.keyboard.press('Enter');
        expect(await japan.isVisible()).toBe(true);
        await page.keyboard.press('Enter');
        expect(await japan.isVisible()).toBe(false);
        await page.keyboard.press('Enter');
        // Ties and exposure open too, each to the sim's effects on it.
        for (const kind of ['ties', 'exposure'] as const) {
          const count = await page.evaluate((kind) => {
            const session = window.__c5plus?.app.session;
            return (session?.lastReport?.effects ?? []).filter(
              (e) =>
                e.target.kind === kind &&
                e.target.partner === 'china' &&
                e.target.state === session?.player,
            ).length;
          }, kind);
          expect(count).toBeGreaterThan(0);
          await page.getByTestId(`${kind}-causes-china-toggle`).click();
          const causes = page.getByTestId(`${kind}-causes-china`);
          expect(await causes.isVisible()).toBe(true);
          expect(await causes.locator('ul.causes > li').count()).toBe(count);
        }
        await look('partner-causes', false);
        // Beside the map, in a window, every column of the partner table shows without scrolling sideways.
        if (group === 'window')
          for (const size of sizes) {
            await page.setViewportSize(viewportOf(size));
            await settle(page);
            const { table, box } = await page.evaluate(() => {
              const element = document.querySelector('[data-testid=partner-table]') as HTMLElement;
              return {
                table: element.scrollWidth,
                box: (element.parentElement as HTMLElement).clientWidth,
              };
            });
            expect(table, `${size}: the partner table is wider than its box`).toBeLessThanOrEqual(
              box + 1,
            );
          }
        await page.setViewportSize(viewportOf(sizes[0]));
        await settle(page);
        await page.getByTestId('chart').locator('canvas').waitFor();
        await page.evaluate(() => document.getElementById('screen')?.scrollTo(0, 0));
        await look('dashboard', false);
        await page.getByTestId('close-dashboard').click();

        while ((await page.evaluate(() => document.body.dataset.screen)) !== 'debrief') {
          if ((await page.evaluate(() => document.body.dataset.screen)) === 'result')
            await page.getByTestId('next').click();
          else await adviceTurn(page);
        }
        await page.waitForSelector('[data-testid=paths][data-ready=true]', { timeout: 90_000 });
        const table = page.getByTestId('path-table');
        const ids = await table
          .locator('tr[data-path]')
          .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-path')));
        expect(ids).toEqual([
          'you',
          'historical',
          'multiVector',
          'neutral',
          'russiaLeaning',
          'chinaLeaning',
          'westLeaning',
          'greedy',
          'lookahead',
        ]);
        // Six years (the start and five turns), each "welfare / autonomy".
        const you = await table.locator('tr[data-path=you] td').allTextContents();
        expect(you).toHaveLength(6);
        for (const cell of you) expect(cell).toMatch(/^\d+\.\d \/ \d+\.\d$/);
        const final = await page.evaluate(() => {
          const s = window.__c5plus?.app.session;
          if (!s) return 0;
          const i = s.game.states.KAZ.indicators;
          return (i.prosperity + i.security + i.autonomy + i.connectivity + i.humanCapital) / 5;
        });
        expect(Number(you.at(-1)?.split(' / ')[0])).toBeCloseTo(final, 1);
        expect(await page.getByTestId('path-welfare').getAttribute('data-series')).toBe('9');
        expect(await page.getByTestId('path-welfare').locator('canvas').count()).toBe(1);
        expect(await page.getByTestId('path-autonomy').locator('canvas').count()).toBe(1);
        await look('debrief');
        // The classroom's screens, from the title.
        for (const [entry, name] of [
          ['title-hot-seat', 'hot-seat'],
          ['title-import-scenario', 'scenario-import'],
          ['title-review-replay', 'replay-review'],
          ['title-class-results', 'class-results'],
        ] as const) {
          await page.goto(`${server.url}?lang=${lang}`);
          await page.waitForSelector('body[data-ready=true]');
          await page.getByTestId(entry).click();
          await page.waitForSelector(`body[data-screen=${name}]`);
          await look(name);
        }
        expect(overflow).toEqual([]);
        expect(axe).toEqual([]);
        expect(errors).toEqual([]);
        await page.close();
      }, 300_000);
});
