/**
 * The turn's flows on the map: after a turn resolves, pulses run along the
 * lines from the partners to the states (the canvas changes between two
 * frames), then the static lines stay; with reduced motion only the static
 * lines are drawn; a failed meeting says why in words on the map.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBuiltGame } from './support/built-game';
import { axeProblems, openGame, shot } from './support/play';

const built = useBuiltGame();

/**
 * Starts roadmap-2015 as Kazakhstan and plays one turn (a C5+ engagement with
 * Japan). Watches from the click on, in the page, since on a slow machine the
 * pulses may be over before the panel is drawn: whether they ran, and whether
 * the canvas along the flows changed between two moments 250 ms apart.
 */
async function playOneTurn(page: Page): Promise<{ pulsed: boolean; moved: boolean }> {
  await page.getByTestId('start').click();
  await page.waitForFunction(() => window.__c5plus?.map()?.drawn === true);
  await page.getByTestId('add-engagement').click();
  await page.getByTestId('e0-partner').selectOption('japan');
  await page.getByTestId('e0-format').selectOption('c5plus');
  await page.getByTestId('e0-issue').selectOption('water');
  await page.getByTestId('e0-points').fill('2');
  const watch = page.evaluate(async () => {
    const scene = () => window.__c5plus?.map();
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    const sample = () => {
      const s = scene();
      const canvas = document.querySelector('#map-canvas canvas') as HTMLCanvasElement;
      const copy = document.createElement('canvas');
      copy.width = canvas.width;
      copy.height = canvas.height;
      const ctx = copy.getContext('2d') as CanvasRenderingContext2D;
      ctx.drawImage(canvas, 0, 0);
      const ratio = canvas.width / (s?.scale.width ?? canvas.width);
      const e = s?.flowEnds ?? new Float32Array(0);
      let text = '';
      for (let i = 0; i + 3 < e.length; i += 4)
        for (let k = 10; k <= 90; k += 2) {
          const x =
            ((e[i] as number) + (((e[i + 2] as number) - (e[i] as number)) * k) / 100) * ratio;
          const y =
            ((e[i + 1] as number) + (((e[i + 3] as number) - (e[i + 1] as number)) * k) / 100) *
            ratio;
          text += ctx.getImageData(Math.round(x), Math.round(y), 1, 1).data.join(',');
        }
      return text;
    };
    const until = performance.now() + 8000;
    while (!scene()?.animating) {
      if (performance.now() > until) return { pulsed: false, moved: false };
      await frame();
    }
    await frame();
    const first = sample();
    await new Promise((resolve) => setTimeout(resolve, 250));
    await frame();
    return { pulsed: true, moved: sample() !== first };
  });
  await page.getByTestId('submit').click();
  const seen = await watch;
  await page.waitForSelector('body[data-screen=result]');
  return seen;
}

/** The flows the scene drew, with their ends in canvas pixels. */
const flowsOf = (page: Page) =>
  page.evaluate(() => {
    const scene = window.__c5plus?.map();
    if (!scene) return [];
    return scene.flows.map((f, i) => ({
      ...f,
      ends: Array.from(scene.flowEnds.slice(i * 4, i * 4 + 4)),
    }));
  });

/** The canvas's pixels along a segment (sampled), as RGB triples. */
const pixelsAlong = (page: Page, ends: number[]) =>
  page.evaluate((e) => {
    const canvas = document.querySelector('#map-canvas canvas') as HTMLCanvasElement;
    const scene = window.__c5plus?.map();
    const ratio = canvas.width / (scene?.scale.width ?? canvas.width);
    const copy = document.createElement('canvas');
    copy.width = canvas.width;
    copy.height = canvas.height;
    const ctx = copy.getContext('2d') as CanvasRenderingContext2D;
    ctx.drawImage(canvas, 0, 0);
    const out: number[][] = [];
    const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = e;
    // Inside the line only: away from the partner's disc and the capital's dot.
    for (let k = 20; k <= 80; k += 2) {
      const x = Math.round((x0 + ((x1 - x0) * k) / 100) * ratio);
      const y = Math.round((y0 + ((y1 - y0) * k) / 100) * ratio);
      const d = ctx.getImageData(x, y, 1, 1).data;
      out.push([d[0] ?? 0, d[1] ?? 0, d[2] ?? 0]);
    }
    return out;
  }, ends);

/** Near the meeting blue (#1f5fa8). */
const blue = ([r = 0, g = 0, b = 0]: number[]) =>
  Math.abs(r - 0x1f) < 40 && Math.abs(g - 0x5f) < 40 && Math.abs(b - 0xa8) < 40;

describe('the turn’s flows on the map', () => {
  it('animate the meetings, then leave their lines, with no error', async () => {
    const { page, errors } = await openGame(
      built.browser,
      `${built.url}?scenario=roadmap-2015&seed=flows-1&state=KAZ&lang=en&ai=KGZ:multiVector,TJK:multiVector,TKM:multiVector,UZB:multiVector`,
    );
    // The pulses ran and moved: the same lines read differently 250 ms apart.
    expect(await playOneTurn(page)).toEqual({ pulsed: true, moved: true });
    const flows = await flowsOf(page);
    const held = flows.filter((f) => f.kind === 'meeting');
    expect(held.length).toBeGreaterThanOrEqual(3);
    expect(held.some((f) => f.partner === 'japan' && f.state === 'KAZ')).toBe(true);
    const japan = held.find((f) => f.partner === 'japan' && f.state === 'KAZ');
    await shot(page, 'en-resolution-flows');
    await page.waitForFunction(() => window.__c5plus?.map()?.animating === false, undefined, {
      timeout: 10_000,
    });
    const frames = await page.evaluate(() => window.__c5plus?.map()?.pulseFrames ?? 0);
    expect(frames).toBeGreaterThan(5);
    // Once still, the line itself stays drawn in the meeting's blue.
    const still = await pixelsAlong(page, japan?.ends ?? []);
    expect(still.filter(blue).length).toBeGreaterThan(still.length / 2);
    expect(await axeProblems(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('with reduced motion draw static lines only; a failed meeting says why', async () => {
    const { page, errors } = await openGame(
      built.browser,
      `${built.url}?scenario=roadmap-2015&seed=flows-1&state=KAZ&lang=ru&ai=KGZ:greedy,TJK:greedy,TKM:greedy,UZB:greedy`,
    );
    await page.emulateMedia({ reducedMotion: 'reduce' });
    expect((await playOneTurn(page)).pulsed).toBe(false);
    expect(await page.evaluate(() => window.__c5plus?.map()?.pulseFrames)).toBe(0);
    const flows = await flowsOf(page);
    expect(flows).toContainEqual(
      expect.objectContaining({ partner: 'japan', state: 'KAZ', kind: 'failed' }),
    );
    expect(flows.filter((f) => f.kind === 'deal').length).toBeGreaterThan(0);
    const failed = page.getByTestId('map-failed-japan');
    await expect.poll(() => failed.textContent()).toContain('Встреча С5+ не состоялась');
    expect(await failed.textContent()).toContain('слишком мало');
    const deal = flows.find((f) => f.kind === 'deal');
    const line = await pixelsAlong(page, deal?.ends ?? []);
    // A dashed line in the deals' brown (#8a5a00): some of it drawn, some gaps.
    const brown = line.filter(
      ([r = 0, g = 0, b = 0]) => Math.abs(r - 0x8a) < 45 && Math.abs(g - 0x5a) < 45 && b < 70,
    );
    expect(brown.length).toBeGreaterThan(3);
    expect(brown.length).toBeLessThan(line.length);
    expect(errors).toEqual([]);
    await page.close();
  });
});
