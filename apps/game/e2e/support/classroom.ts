/**
 * Shared steps of the classroom browser tests: open the built game on a
 * fresh page that records every console error and page error, and run axe.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import type { Browser } from './browser';
import { type GamePage, openGame as openPlayPage } from './play';

/** A page and the errors it reported (the same as play.ts's `GamePage`). */
export type WatchedPage = GamePage;

/**
 * A new page of the game at `url`, ready, with its errors collected: play.ts's
 * `openGame` at the browser's own window size, which the classroom's
 * screenshots and colour measures were taken at.
 */
export function openGame(browser: Browser, url: string): Promise<WatchedPage> {
  return openPlayPage(browser, url, { width: 1280, height: 800 });
}

/** The serious and critical axe violations on the page (or inside `include`). */
export async function seriousViolations(page: Page, include?: string): Promise<string[]> {
  let builder = new AxeBuilder({ page });
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** Saves a screenshot when C5PLUS_SCREENSHOTS names a folder. */
export async function screenshot(page: Page, name: string): Promise<void> {
  const folder = process.env.C5PLUS_SCREENSHOTS;
  if (folder) await page.screenshot({ path: `${folder}/${name}.png`, fullPage: true });
}
