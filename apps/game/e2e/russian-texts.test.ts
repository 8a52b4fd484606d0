/**
 * Russian is really Russian: on setup, on a turn's result with its event
 * cards and causes opened, and on the debrief, no visible text is English
 * unless it is marked `lang="en"` (a document's own words, a title only the
 * documents give), and every translated quote is said to be a translation.
 */
import { describe, expect, it } from 'vitest';
import { useBuiltGame } from './support/built-game';
import { openGame, shot } from './support/play';

const game = useBuiltGame();

type Page = import('playwright-core').Page;

/**
 * Visible text outside any `lang="en"` element that has a Latin word (an
 * English sentence, or an id leaking into a Russian sentence). Names written
 * in Latin in Russian too, and codes, are allowed.
 */
const englishOutsideLangEn = (page: Page) =>
  page.evaluate(() => {
    const allowed =
      /C5\+1?|CA\+JAD|JICA|Boeing|COVID-19|MIT|Natural Earth|world-atlas|JSON|CSV|PDF|Tab|Enter|Esc/g;
    const leaks: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('script, style, code, [aria-hidden="true"]')) continue;
      const text = node.textContent?.trim() ?? '';
      if (!text) continue;
      const isOption = parent instanceof HTMLOptionElement;
      if (!isOption && !parent.checkVisibility()) continue;
      if (parent.closest('[lang]')?.getAttribute('lang') === 'en') continue;
      const rest = text.replace(allowed, '');
      if (/[A-Za-z]{3,}/.test(rest)) leaks.push(text);
    }
    return leaks;
  });

/** Opens every disclosure, so causes and quotes inside them are checked too. */
const openAll = (page: Page) =>
  page.evaluate(() => {
    for (const d of document.querySelectorAll('details')) d.open = true;
  });

/** Translated quotes that are not marked as such, or lack their English original. */
const unmarkedTranslations = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('blockquote[lang="ru"]')]
      .filter((q) => {
        const box = q.closest('.quotation[data-translated="true"]');
        return !box?.querySelector('details.original blockquote[lang="en"]');
      })
      .map((q) => q.textContent ?? ''),
  );

describe('the game in Russian', () => {
  it('shows scenario and dataset texts in Russian, and English only where marked', async () => {
    const { page, errors } = await openGame(game.browser, `${game.url}?lang=ru`);
    await page.waitForFunction(() => document.documentElement.lang === 'ru');
    await page.getByTestId('new-game').click();
    await page.getByTestId('scenario').selectOption('roadmap-2015');
    await page.getByTestId('seed').fill('russian-texts');
    await shot(page, 'ru-texts-setup', true);
    expect(await englishOutsideLangEn(page)).toEqual([]);
    expect(await page.locator('.briefing p').first().getAttribute('lang')).toBe('ru');

    await page.getByTestId('start').click();
    await page.waitForFunction(() => window.__c5plus?.map()?.drawn === true);
    await shot(page, 'ru-texts-planning');
    expect(await englishOutsideLangEn(page)).toEqual([]);

    // 2015: Abe's tour and the US C5+1 are historical cards with quoted passages.
    let sawQuote = false;
    for (let turn = 0; turn < 5; turn++) {
      await page.locator('.advice-box > summary').click();
      await page.getByTestId('advice-strategy').selectOption('multiVector');
      await page.getByTestId('ask').click();
      await page.getByTestId('use-advice').click();
      await page.getByTestId('submit').click();
      await page.waitForSelector('body[data-screen=result]');
      await openAll(page);
      if (turn === 0) await shot(page, 'ru-texts-result', true);
      expect(await englishOutsideLangEn(page)).toEqual([]);
      expect(await unmarkedTranslations(page)).toEqual([]);
      sawQuote ||= (await page.locator('[data-testid=events] .quotation').count()) > 0;
      await page.getByTestId('next').click();
    }
    expect(sawQuote).toBe(true);

    await page.waitForSelector('body[data-screen=debrief]');
    await page.getByTestId('path-table').waitFor();
    await openAll(page);
    await shot(page, 'ru-texts-debrief', true);
    expect(await englishOutsideLangEn(page)).toEqual([]);
    expect(await unmarkedTranslations(page)).toEqual([]);
    expect(await page.locator('.lessons li[lang="ru"]').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-testid=objectives] span[lang="ru"]').count()).toBeGreaterThan(
      0,
    );
    expect(errors).toEqual([]);
    await page.close();
  }, 240_000);
});
