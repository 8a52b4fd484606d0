/**
 * Class results in the browser: several students' replays, made by the sim
 * in Node with different seeds and strategies, one of them tampered, are
 * loaded into the game's class results screen, some by the file chooser
 * (several at once) and some dropped on it. The screen shows one row a
 * student, names the tampered file, and says who balanced, who leaned and
 * what it cost, the same as `c5sim class` on the same files.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { comparison as cliComparison, classRows as cliRows } from '../../../packages/sim/cli/class';
import { useBuiltGame } from './support/built-game';
import { fileText, type Student, studentReplay, tampered } from './support/class-files';
import { openGame, screenshot, seriousViolations } from './support/classroom';

const game = useBuiltGame();

const STUDENTS: readonly Student[] = [
  { name: 'Aigerim', state: 'KAZ', strategy: 'multiVector', seed: 'class-7b-1' },
  { name: 'Timur', state: 'UZB', strategy: 'greedy', seed: 'class-7b-2' },
  { name: 'Bekzat', state: 'TJK', strategy: 'russiaLeaning', seed: 'class-7b-3' },
  { name: 'Dana', state: 'KGZ', strategy: 'chinaLeaning', seed: 'class-7b-4' },
];
const FILES = STUDENTS.map((s) => {
  const replay = studentReplay(s);
  return {
    name: `${s.name}.replay.json`,
    text: fileText(s.name === 'Dana' ? tampered(replay, s.state) : replay),
  };
});
const folder = mkdtempSync(join(tmpdir(), 'c5-class-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** `c5sim class` on the same files, through the CLI's own code. */
function cliReading() {
  const paths = FILES.map((f) => {
    const path = join(folder, f.name);
    writeFileSync(path, f.text);
    return path;
  });
  const lines = cliComparison(paths.flatMap(cliRows));
  const labels = (prefix: string) => {
    const line = lines.find((l) => l.trim().startsWith(prefix)) ?? '';
    return [...line.matchAll(/(?:: |; )([A-Za-z]+) \(/g)].map((m) => m[1]).sort();
  };
  const cost = lines.find((l) => l.includes('what it cost')) ?? '';
  return { balanced: labels('balanced'), leaned: labels('leaned'), cost: numbers(cost) };
}

const numbers = (text: string) => [...text.matchAll(/-?\d+\.\d/g)].map((m) => m[0]);

/** Drops files on the screen's drop zone, as a teacher dragging them from a folder would. */
async function drop(page: Page, files: readonly { name: string; text: string }[]) {
  const transfer = await page.evaluateHandle((list) => {
    const data = new DataTransfer();
    for (const f of list) data.items.add(new File([f.text], f.name, { type: 'application/json' }));
    return data;
  }, files);
  await page.getByTestId('class-drop').dispatchEvent('drop', { dataTransfer: transfer });
}

const labelsIn = async (page: Page, testId: string) =>
  [...((await page.getByTestId(testId).textContent()) ?? '').matchAll(/(?:: |; )([A-Za-z]+) \(/g)]
    .map((m) => m[1])
    .sort();

describe('class results', () => {
  it('merges several replays into one row a student, flags the tampered one, and compares', async () => {
    const { page, errors } = await openGame(game.browser, `${game.url}?lang=en`);
    await page.getByTestId('title-class-results').focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('class-results').waitFor();
    expect(await seriousViolations(page, '[data-testid=class-results]')).toEqual([]);

    // Two files at once through the chooser, then two dropped.
    await page.getByTestId('class-files').setInputFiles(
      FILES.slice(0, 2).map((f) => ({
        name: f.name,
        mimeType: 'application/json',
        buffer: Buffer.from(f.text),
      })),
    );
    await page.getByText('2 files read.').waitFor();
    await drop(page, FILES.slice(2));
    await page.getByText('4 files read.').waitFor();

    const rows = page.getByTestId('class-table').locator('tbody tr');
    expect(await rows.count()).toBe(4);
    const students = await page.getByTestId('class-table').locator('tbody th').allTextContents();
    expect(students).toEqual(['Aigerim', 'Timur', 'Bekzat', 'Dana']);
    const checks = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-check')));
    expect(checks).toEqual(['verified', 'verified', 'verified', 'tampered']);
    const states = await rows.evaluateAll((trs) =>
      trs.map((tr) => tr.querySelector('[data-state]')?.getAttribute('data-state')),
    );
    expect(states).toEqual(['KAZ', 'UZB', 'TJK', 'KGZ']);
    await expect(rows.nth(0).textContent()).resolves.toContain('class-7b-1');

    // The tampered file is named, with the hash it reaches and the one it records.
    const flagged = page.getByTestId('class-flagged');
    const recorded = JSON.parse(FILES[3]?.text ?? '{}').hash as string;
    await expect(flagged.textContent()).resolves.toMatch(
      new RegExp(
        `Dana\\.replay\\.json: altered\\. Its plans reach hash [0-9a-f]{16}, not the recorded ${recorded}`,
      ),
    );
    await expect(page.getByTestId('left-out').textContent()).resolves.toBe(
      'Left out of the comparison: Dana.replay.json.',
    );

    // Who balanced, who leaned, what it cost: the same reading as `c5sim class`.
    const cli = cliReading();
    expect(cli.balanced.length + cli.leaned.length).toBe(3);
    expect(await labelsIn(page, 'balanced')).toEqual(cli.balanced);
    expect(await labelsIn(page, 'leaned')).toEqual(cli.leaned);
    const cost = (await page.getByTestId('cost').textContent()) ?? '';
    expect(cost).toMatch(/^What it cost \(balanced vs leaned, means\): Prosperity /);
    expect(numbers(cost)).toEqual(cli.cost);
    expect(cli.cost).toHaveLength(6);
    expect(await page.getByTestId('balanced').textContent()).toMatch(/most exposed to/);

    expect(await seriousViolations(page, '[data-testid=class-results]')).toEqual([]);
    await screenshot(page, 'classroom-class-results');

    // The same file chosen again replaces its row; clearing empties the class.
    await page.getByTestId('class-files').setInputFiles({
      name: FILES[0]?.name ?? '',
      mimeType: 'application/json',
      buffer: Buffer.from(FILES[0]?.text ?? ''),
    });
    await page.getByText('4 files read.').waitFor();
    expect(await rows.count()).toBe(4);
    await page.getByRole('button', { name: 'Clear the class' }).focus();
    await page.keyboard.press('Enter');
    await page.getByText('No file read yet.').waitFor();
    expect(await page.getByTestId('class-table').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
