/**
 * Hot-seat steps the classroom browser tests share: start a game and hand a
 * plan in, by keyboard only, and read what the page keeps in localStorage.
 */
import type { Page } from 'playwright-core';

/** Everything in the page's localStorage. */
export const stored = (page: Page): Promise<Record<string, string>> =>
  page.evaluate(() => ({ ...window.localStorage }) as Record<string, string>);

/**
 * From the title to the first handover of war-2022, by keyboard: the
 * students' names typed in, the second student on Uzbekistan (the others
 * keep the setup's states: Kazakhstan, then Tajikistan).
 */
export async function startByKeyboard(
  page: Page,
  options: { readonly seed: string; readonly students: readonly string[] },
): Promise<void> {
  await page.getByTestId('title-hot-seat').focus();
  await page.keyboard.press('Enter');
  await page.getByTestId('hot-seat-setup').waitFor();
  await page.locator('#c5-hot-seat-scenario').selectOption('war-2022');
  await page.locator('#c5-hot-seat-seed').fill(options.seed);
  for (const [i, name] of options.students.entries()) {
    await page.locator(`#c5-player-name-${i}`).focus();
    await page.keyboard.type(name);
  }
  await page.locator('#c5-player-state-1').selectOption('UZB');
  await page.getByTestId('hot-seat-start').focus();
  await page.keyboard.press('Enter');
}

/** At a handover: take the seat, put `points` into consultation and hand in, by keyboard. */
export async function handInByKeyboard(page: Page, points: number): Promise<void> {
  await page.getByTestId('take-seat').waitFor();
  await page.getByTestId('take-seat').focus();
  await page.keyboard.press('Enter');
  await page.getByTestId('plan-form').waitFor();
  await page.getByTestId('planning').locator('input[type=number]').last().focus();
  await page.keyboard.press('Control+a');
  await page.keyboard.type(String(points));
  await page.getByTestId('hand-in').focus();
  await page.keyboard.press('Enter');
}
