/**
 * Hot-seat in the browser: three students play war-2022 to the debrief by
 * keyboard, each handover hides the plans, and the debrief compares them.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBuiltGame } from './support/built-game';
import { openGame, screenshot, seriousViolations } from './support/classroom';

const game = useBuiltGame();

const STUDENTS = ['Aigerim', 'Timur', 'Bekzat'];

describe('hot-seat', () => {
  it('three students play to the debrief by keyboard, and no plan shows at a handover', async () => {
    const { page, errors } = await openGame(game.browser, `${game.url}?lang=en`);
    await page.getByTestId('title-hot-seat').focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('hot-seat-setup').waitFor();
    expect(await seriousViolations(page, '[data-testid=hot-seat-setup]')).toEqual([]);
    await screenshot(page, 'classroom-hot-seat-setup');

    // Starting without names names the problem.
    await page.getByTestId('hot-seat-start').click();
    await expect(page.getByTestId('setup-problems').textContent()).resolves.toMatch(
      /Player 1: type a name/,
    );

    await page.locator('#c5-hot-seat-scenario').selectOption('war-2022');
    await page.locator('#c5-hot-seat-seed').fill('class-7b');
    for (const [i, name] of STUDENTS.entries()) {
      await page.locator(`#c5-player-name-${i}`).focus();
      await page.keyboard.type(name);
    }
    await page.locator('#c5-player-state-1').selectOption('UZB');
    await page.locator('#c5-ai-TKM').selectOption('neutral');
    await page.getByTestId('hot-seat-start').focus();
    await page.keyboard.press('Enter');

    let years = 0;
    for (;;) {
      for (const [i, name] of STUDENTS.entries()) {
        const handover = page.getByTestId('handover');
        await handover.waitFor();
        const text = (await handover.textContent()) ?? '';
        expect(text).toContain(`Pass the device to ${name}`);
        expect(text).toContain(`${i} of 3 plans handed in`);
        // Nothing of anyone's plan is on the page while the seat is empty, nor the map.
        expect(await page.getByTestId('plan-form').count()).toBe(0);
        expect(await page.evaluate(() => document.body.classList.contains('with-map'))).toBe(false);
        if (years === 0 && i === 1) {
          expect(await seriousViolations(page, '[data-testid=handover]')).toEqual([]);
          await screenshot(page, 'classroom-handover');
        }
        // The handover button has the focus: Enter takes the seat.
        await expect(
          page.evaluate(() => document.activeElement?.getAttribute('data-testid')),
        ).resolves.toBe('take-seat');
        await page.keyboard.press('Enter');
        await page.getByTestId('plan-form').waitFor();
        await expect(page.getByTestId('planning').locator('h2').textContent()).resolves.toContain(
          name,
        );
        // The map is beside the plan, from this student's side; the handover hid it.
        await page.waitForSelector('body.with-map');
        await expect(page.evaluate(() => window.__c5plus?.app.mapView?.player)).resolves.toBe(
          ['KAZ', 'UZB', 'TJK'][i],
        );
        await expect(page.getByTestId('open-formats').textContent()).resolves.toMatch(
          /C5\+|format/i,
        );
        if (years === 0 && i === 0) {
          expect(await seriousViolations(page, '[data-testid=planning]')).toEqual([]);
          // The advice of a strategy, with its preview, fills the form by keyboard.
          await page.locator('.advice-box > summary').focus();
          await page.keyboard.press('Enter');
          await page.getByTestId('advice-strategy').focus();
          await page.getByTestId('advice-strategy').selectOption('multiVector');
          await page.getByTestId('ask').focus();
          await page.keyboard.press('Enter');
          await expect(page.getByTestId('advice').textContent()).resolves.toContain('Multi-vector');
          expect(await page.getByTestId('advice').locator('.preview li').count()).toBeGreaterThan(
            1,
          );
          const before = await page.getByTestId('capital-left').textContent();
          await page.getByTestId('use-advice').focus();
          await page.keyboard.press('Enter');
          await expect(
            page.evaluate(() => document.activeElement?.getAttribute('data-testid')),
          ).resolves.toBe('hand-in');
          expect(await page.getByTestId('capital-left').textContent()).not.toBe(before);
          expect(await seriousViolations(page, '[data-testid=planning]')).toEqual([]);
          await screenshot(page, 'classroom-planning');
        } else {
          await page.getByTestId('planning').locator('input[type=number]').last().focus();
          await page.keyboard.press('Control+a');
          await page.keyboard.type(String(i + 1));
        }
        await page.getByTestId('hand-in').focus();
        await page.keyboard.press('Enter');
      }
      const resolved = page.getByTestId('resolved');
      await resolved.waitFor();
      await page.getByTestId('turn-report').waitFor();
      years++;
      await page.getByTestId('next-year').focus();
      const last = ((await page.getByTestId('next-year').textContent()) ?? '').includes('debrief');
      await page.keyboard.press('Enter');
      if (last) break;
    }
    expect(years).toBe(5);

    const debrief = page.getByTestId('hot-seat-debrief');
    await debrief.waitFor();
    const rows = page.getByTestId('comparison').locator('tbody tr');
    expect(await rows.count()).toBe(3);
    const names = await page.getByTestId('comparison').locator('tbody th').allTextContents();
    expect([...names].sort()).toEqual([...STUDENTS].sort());
    const lines = await page.getByTestId('comparison-lines').locator('tbody th').allTextContents();
    expect(lines).toContain('Historical line');
    expect(lines).toContain('Multi-vector balancer');
    expect(await seriousViolations(page, '[data-testid=hot-seat-debrief]')).toEqual([]);
    await screenshot(page, 'classroom-hot-seat-debrief');

    // The summary export gives a CSV with a row for each student's state.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-summary-csv').click(),
    ]);
    const path = await download.path();
    const csv = await readFile(path, 'utf8');
    const [header, ...students] = csv.trimEnd().split('\n');
    expect(header).toMatch(/^label,scenario,seed,state/);
    const states = students.map((line) => /,war-2022,class-7b,([A-Z]{3}),/.exec(line)?.[1]);
    expect(states).toEqual(['KAZ', 'TJK', 'UZB']);
    expect(students[0]).toMatch(/^"Aigerim, Timur, Bekzat",/);
    expect(download.suggestedFilename()).toMatch(/\.war-2022\.class-7b\.summary\.csv$/);
    expect(errors).toEqual([]);
    await page.close();
    // Five years of three students on a shared machine take a while.
  }, 240_000);

  it('speaks Russian with no missing key, and fits the width at 200% zoom', async () => {
    const { page, errors } = await openGame(game.browser, `${game.url}?lang=ru`);
    // 200% zoom of a 1280×800 window: the page gets half the CSS pixels.
    await page.setViewportSize({ width: 640, height: 400 });
    for (const [button, screen] of [
      ['title-hot-seat', 'hot-seat-setup'],
      ['title-import-scenario', 'scenario-import'],
      ['title-review-replay', 'replay-review'],
    ] as const) {
      await page.getByTestId(button).click();
      const shown = page.getByTestId(screen);
      await shown.waitFor();
      expect(await shown.locator('h2').first().textContent()).toMatch(/[а-яё]/i);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, `${screen} overflows at 200%`).toBeLessThanOrEqual(0);
      await screenshot(page, `classroom-${screen}-ru-200`);
      await shown.getByRole('button', { name: 'На титульный экран' }).click();
    }
    const missing = await page.evaluate(() => window.__c5plus?.missingKeys ?? []);
    expect(missing).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('is saved after every change: a reload continues from the title, a broken save is kept aside', async () => {
    const { page, errors } = await openGame(game.browser, `${game.url}?lang=en`);
    await startByKeyboard(page, 'reload-7b');
    for (const [i] of STUDENTS.entries()) await handInByKeyboard(page, i + 1);
    await page.getByTestId('resolved').waitFor();
    await page.getByTestId('next-year').focus();
    await page.keyboard.press('Enter');
    // Year two: Aigerim hands in, Timur sits down, and the page reloads.
    await handInByKeyboard(page, 4);
    await page.getByTestId('take-seat').waitFor();
    await page.keyboard.press('Enter');
    await page.getByTestId('plan-form').waitFor();
    await page.reload();

    const resume = page.getByTestId('title-hot-seat-continue');
    await expect(resume.textContent()).resolves.toBe(
      'Continue the hot-seat game: Aigerim, Timur, Bekzat, 2023',
    );
    await resume.focus();
    await page.keyboard.press('Enter');
    // Timur's turn starts again at the handover, with Aigerim's plan kept and hidden.
    const handover = page.getByTestId('handover');
    await handover.waitFor();
    await expect(handover.textContent()).resolves.toContain('Pass the device to Timur');
    await expect(handover.textContent()).resolves.toContain('1 of 3 plans handed in');
    expect(await page.getByTestId('plan-form').count()).toBe(0);
    expect(await seriousViolations(page, '[data-testid=handover]')).toEqual([]);
    await handInByKeyboard(page, 5);
    await handInByKeyboard(page, 6);
    await page.getByTestId('resolved').waitFor();
    await expect(page.getByTestId('resolved').locator('h2').textContent()).resolves.toContain(
      '2023',
    );
    const saved = JSON.parse((await stored(page))[HOT_SEAT_KEY] ?? '{}');
    const { game: played } = JSON.parse(saved.game);
    expect(played.log).toHaveLength(2);
    expect(['KAZ', 'UZB', 'TJK'].map((s) => played.log[1].plans[s].consultation)).toEqual([
      4, 5, 6,
    ]);

    // A save that no longer reads is named on the title and kept, byte for byte.
    await page.evaluate((key) => window.localStorage.setItem(key, '{ half a save'), HOT_SEAT_KEY);
    await page.reload();
    const broken = page.getByTestId('hot-seat-save-broken');
    await expect(broken.textContent()).resolves.toMatch(
      /^The saved hot-seat game could not be read \(not valid JSON.*\)\. It was kept under the key “c5plus\.hotseat\.broken\.\d+”/,
    );
    const after = await stored(page);
    expect(after[HOT_SEAT_KEY]).toBeUndefined();
    const aside = Object.entries(after).filter(([k]) => k.startsWith('c5plus.hotseat.broken.'));
    expect(aside.map(([, v]) => v)).toEqual(['{ half a save']);
    expect(await page.getByTestId('title-hot-seat-continue').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  }, 240_000);
});

const HOT_SEAT_KEY = 'c5plus.hotseat.v1';

const stored = (page: Page) =>
  page.evaluate(() => ({ ...window.localStorage }) as Record<string, string>);

/** From the title to the first handover of war-2022 with the three students, by keyboard. */
async function startByKeyboard(page: Page, seed: string): Promise<void> {
  await page.getByTestId('title-hot-seat').focus();
  await page.keyboard.press('Enter');
  await page.getByTestId('hot-seat-setup').waitFor();
  await page.locator('#c5-hot-seat-scenario').selectOption('war-2022');
  await page.locator('#c5-hot-seat-seed').fill(seed);
  for (const [i, name] of STUDENTS.entries()) {
    await page.locator(`#c5-player-name-${i}`).focus();
    await page.keyboard.type(name);
  }
  await page.locator('#c5-player-state-1').selectOption('UZB');
  await page.getByTestId('hot-seat-start').focus();
  await page.keyboard.press('Enter');
}

/** At a handover: take the seat, put `points` into consultation and hand in, by keyboard. */
async function handInByKeyboard(page: Page, points: number): Promise<void> {
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
