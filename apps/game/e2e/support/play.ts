/**
 * Driving the game in a page: open it while recording console and page
 * errors, play turns by keyboard or by mouse, and check a screen with axe.
 */
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import type { Browser } from './browser';

export const ARTIFACTS = join(dirname(fileURLToPath(import.meta.url)), '..', 'artifacts');
export const DIST = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist');

/** A page and every error it reported. */
export interface GamePage {
  readonly page: Page;
  readonly errors: string[];
}

export async function openGame(
  browser: Browser,
  url: string,
  viewport = { width: 1366, height: 768 },
): Promise<GamePage> {
  const page = await browser.context.newPage();
  await page.setViewportSize(viewport);
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`page: ${e.message}`));
  await page.goto(url);
  await page.waitForSelector('body[data-ready=true]');
  return { page, errors };
}

/** The current screen's name. */
export const screenOf = (page: Page) => page.evaluate(() => document.body.dataset.screen);

/** Presses Tab until the element with this test id has focus. */
export async function tabTo(page: Page, testId: string, limit = 120): Promise<void> {
  for (let i = 0; i < limit; i++) {
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-testid'));
    if (focused === testId) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached "${testId}"`);
}

/** One turn by keyboard only: one engagement, some consultation, end the year, continue. */
export async function keyboardTurn(page: Page): Promise<void> {
  await tabTo(page, 'add-engagement');
  await page.keyboard.press('Enter');
  await tabTo(page, 'e0-points');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('3');
  await tabTo(page, 'consultation');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('2');
  await tabTo(page, 'submit');
  await page.keyboard.press('Enter');
  await page.waitForSelector('body[data-screen=result]');
  await tabTo(page, 'next');
  await page.keyboard.press('Enter');
}

/** By mouse: take a strategy's advice and end the year, up to the turn's result. */
export async function adviceTurn(page: Page, strategy: string): Promise<void> {
  await page.locator('.advice-box > summary').click();
  await page.getByTestId('advice-strategy').selectOption(strategy);
  await page.getByTestId('ask').click();
  await page.getByTestId('use-advice').click();
  await page.getByTestId('submit').click();
  await page.waitForSelector('body[data-screen=result]');
}

/** One turn by mouse only: take the multi-vector advice, end the year, continue. */
export async function mouseTurn(page: Page): Promise<void> {
  await adviceTurn(page, 'multiVector');
  await page.getByTestId('next').click();
}

/** Serious or critical axe violations on the page as it is. */
export async function axeProblems(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id}: ${v.help} (${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join('; ')})`,
    );
}

/** Saves a screenshot under e2e/artifacts/. */
export async function shot(page: Page, name: string, fullPage = false): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage });
}
