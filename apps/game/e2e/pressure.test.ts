/**
 * A pressure event says why: a state that takes the Russia-leaning advice
 * year after year is pressed by the West, and the turn's result names the
 * suspicion that ran past the threshold, the year the partner may press again
 * and the partner of its bloc that pressed with it, in both languages. A
 * chance card's passage is shown as evidence of its kind, not of its date;
 * the next year's plan names the partners waiting out their respite.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBuiltGame } from './support/built-game';
import { adviceTurn, axeProblems, openGame, shot } from './support/play';

const built = useBuiltGame();

/** Plays Russia-leaning years until a pressure event shows (at most five); returns its card's text. */
async function leanUntilPressed(page: Page): Promise<string> {
  await page.getByTestId('start').click();
  for (let year = 0; year < 5; year++) {
    await adviceTurn(page, 'russiaLeaning');
    const card = page.locator('li.event.pressure:has(p.why)');
    if ((await card.count()) > 0) return ((await card.first().textContent()) ?? '').trim();
    await page.getByTestId('next').click();
    await page.waitForSelector('body[data-screen=planning]');
  }
  throw new Error('no pressure event in five Russia-leaning years');
}

describe('a pressure event', () => {
  // launch-2004, seed press-11: the USA presses Kazakhstan in 2005 (found by playing the sim).
  const url = (lang: string) =>
    `${built.url}?scenario=launch-2004&seed=press-11&state=KAZ&lang=${lang}&ai=KGZ:multiVector,TJK:multiVector,TKM:multiVector,UZB:multiVector`;

  it('names the suspicion, the threshold, the next possible year and the bloc', async () => {
    const { page, errors } = await openGame(built.browser, url('en'));
    const text = await leanUntilPressed(page);
    expect(text).toMatch(/Why: its suspicion of Kazakhstan had reached \d+, past the \d+/);
    expect(text).toMatch(/will not press Kazakhstan again before 2009/);
    expect(text).toMatch(/Its bloc partner, European Union, acted with it as one sanctions regime/);
    // The same year's chance card with a passage says the passage shows its kind, not its date.
    expect(await page.locator('li.event.card p.why').first().textContent()).toMatch(
      /A chance event, drawn in any year/,
    );
    expect(await axeProblems(page)).toEqual([]);
    await shot(page, 'en-pressure-why', true);
    // The next year's plan names who is waiting out its respite, the bloc partner too.
    await page.getByTestId('next').click();
    await page.waitForSelector('body[data-screen=planning]');
    expect(await page.getByTestId('pressure-wait-usa').textContent()).toBe(
      'United States pressed you in 2005 and may not press you again before 2009.',
    );
    expect(await page.getByTestId('pressure-wait-eu').textContent()).toMatch(/before 2009/);
    await shot(page, 'en-pressure-wait');
    expect(await axeProblems(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('says it in Russian', async () => {
    const { page, errors } = await openGame(built.browser, url('ru'));
    const text = await leanUntilPressed(page);
    expect(text).toMatch(/Почему: подозрение партнёра/);
    expect(text).toMatch(/не раньше 2009 года/);
    await shot(page, 'ru-pressure-why', true);
    await page.getByTestId('next').click();
    await page.waitForSelector('body[data-screen=planning]');
    expect(await page.getByTestId('pressure-wait-usa').textContent()).toMatch(
      /давление в 2005 году и не сможет повторить его раньше 2009 года/,
    );
    expect(await axeProblems(page)).toEqual([]);
    await shot(page, 'ru-pressure-wait');
    expect(errors).toEqual([]);
    await page.close();
  });
});
