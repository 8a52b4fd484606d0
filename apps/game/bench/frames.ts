/**
 * The bench's frame figures, measured in a page of the built game: every
 * interval between two animation frames is recorded, and the longest one in a
 * window is the figure.
 */
import type { BrowserContext, Page } from 'playwright-core';

/** Starts recording the intervals between animation frames in the page. */
async function recordFrames(page: Page): Promise<void> {
  // A string, not a function: the bundler's helpers must not leak into the page.
  await page.evaluate(`
    window.__frames = [];
    let last = performance.now();
    const tick = (now) => {
      window.__frames.push(now - last);
      last = now;
      if (window.__frames.length < 5000) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  `);
}

const longestRecorded = (page: Page) =>
  page.evaluate(() => Math.max(...(window as unknown as { __frames: number[] }).__frames));

/** Opens the game's setup link and starts the game, with the map drawn and settled. */
async function started(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(url);
  await page.getByTestId('start').click();
  await page.waitForFunction(() => window.__c5plus?.map()?.drawn === true);
  await page.waitForTimeout(600);
  return page;
}

/** The longest frame from the click on "end the year" until the result has been shown for a while. */
export async function longestTurnFrame(context: BrowserContext, url: string): Promise<number> {
  const page = await started(context, url);
  await recordFrames(page);
  await page.getByTestId('submit').click();
  await page.waitForSelector('body[data-screen=result]');
  await page.waitForTimeout(800);
  const ms = await longestRecorded(page);
  await page.close();
  return ms;
}

/**
 * Plays every year but the last with the plan as it stands, then the longest
 * frame from the last year's "end the year" until the debrief's path charts
 * are drawn with every strategy's run.
 */
export async function longestDebriefFrame(context: BrowserContext, url: string): Promise<number> {
  const page = await started(context, url);
  const lastTurn = () =>
    page.evaluate(() => {
      const game = window.__c5plus?.app.session?.game;
      return game !== undefined && game.year === game.endYear;
    });
  while (!(await lastTurn())) {
    await page.getByTestId('submit').click();
    await page.waitForSelector('body[data-screen=result]');
    await page.getByTestId('next').click();
    await page.waitForSelector('body[data-screen=planning]');
  }
  await page.waitForTimeout(600);
  await recordFrames(page);
  await page.getByTestId('submit').click();
  await page.waitForSelector('body[data-screen=result]');
  await page.getByTestId('next').click();
  await page.waitForSelector('[data-testid=paths][data-ready=true]', { timeout: 120_000 });
  // The last path's charts are drawn in the frame after they land.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done(null))));
  const ms = await longestRecorded(page);
  await page.close();
  return ms;
}
