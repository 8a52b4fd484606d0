/**
 * The map under simulated deuteranopia and protanopia: every partner marker
 * keeps its own label (name, attention, suspicion shown as ▲ marks, format
 * open or not), so partners are told apart without colour, and each label's
 * text keeps its contrast against the map once the colours are filtered.
 * Screenshots of both simulations are saved as test artifacts.
 */
import { PARTNER_IDS } from '@c5plus/core';
import { describe, expect, it } from 'vitest';
import { useBuiltGame } from './support/built-game';
import { openGame, screenshot } from './support/classroom';
import { type Box, type Deficiency, luminanceSpread, simulate } from './support/colour-vision';

const game = useBuiltGame();

/** Text on a background keeps at least this luminance spread (about a 3:1 contrast). */
const READABLE_SPREAD = 0.2;

describe('colour vision', () => {
  it('partner markers stay distinguishable by label under deuteranopia and protanopia', async () => {
    const { page, errors } = await openGame(
      game.browser,
      `${game.url}?scenario=war-2022&seed=class-7b&lang=en`,
    );
    await page.getByTestId('start').click();
    const labels = PARTNER_IDS.map((p) => page.getByTestId(`map-${p}`));
    await labels[0]?.waitFor();
    const texts = await Promise.all(labels.map((l) => l.textContent()));
    const names = await Promise.all(labels.map((l) => l.locator('strong').textContent()));
    // Each marker is named in words and carries its readings as text and shapes.
    expect(new Set(names).size).toBe(PARTNER_IDS.length);
    for (const text of texts) expect(text).toMatch(/\d/);
    const boxes = (await Promise.all(labels.map((l) => l.boundingBox()))).filter(
      (b): b is Box => b !== null,
    );
    expect(boxes).toHaveLength(PARTNER_IDS.length);

    const plain = await luminanceSpread(page, await page.screenshot(), boxes);
    for (const deficiency of ['deuteranopia', 'protanopia'] as Deficiency[]) {
      await simulate(page, deficiency);
      const png = await page.screenshot();
      await screenshot(page, `classroom-map-${deficiency}`);
      const filtered = await luminanceSpread(page, png, boxes);
      filtered.forEach((spread, i) => {
        expect(spread, `${PARTNER_IDS[i]} under ${deficiency}`).toBeGreaterThan(READABLE_SPREAD);
        // The filter must not wash the label out compared with normal vision.
        expect(spread, `${PARTNER_IDS[i]} under ${deficiency}`).toBeGreaterThan(
          (plain[i] ?? 0) * 0.8,
        );
      });
      // The labels are the same words as before: nothing was told by colour alone.
      expect(await Promise.all(labels.map((l) => l.textContent()))).toEqual(texts);
    }
    await simulate(page, undefined);
    expect(errors).toEqual([]);
    await page.close();
  });
});
