/**
 * Simulated colour blindness for screenshots: an SVG `feColorMatrix` filter
 * applied to the whole page through CSS, with the matrices of Machado,
 * Oliveira and Fernandes (2009) at full severity. Also a luminance-contrast
 * measure of a region of a screenshot, decoded in the page itself (no image
 * library needed).
 */
import type { Page } from 'playwright-core';

/** The two common red-green deficiencies, as 3×3 RGB matrices (row-major). */
export const DEFICIENCIES = {
  protanopia: [
    0.152286, 1.052583, -0.204868, 0.114503, 0.786281, 0.099216, -0.003882, -0.048116, 1.051998,
  ],
  deuteranopia: [
    0.367322, 0.860646, -0.227968, 0.280085, 0.672501, 0.047413, -0.01182, 0.04294, 0.968881,
  ],
} as const;

export type Deficiency = keyof typeof DEFICIENCIES;

/** Applies (or with `undefined`, removes) a simulated deficiency to the whole page. */
export async function simulate(page: Page, deficiency: Deficiency | undefined): Promise<void> {
  const matrix = deficiency ? DEFICIENCIES[deficiency] : undefined;
  await page.evaluate(
    ({ name, values }) => {
      document.getElementById('c5-cvd-filters')?.remove();
      document.documentElement.style.filter = '';
      if (!name || !values) return;
      const ns = 'http://www.w3.org/2000/svg';
      const svg = document.createElementNS(ns, 'svg');
      svg.id = 'c5-cvd-filters';
      svg.setAttribute('aria-hidden', 'true');
      svg.setAttribute('width', '0');
      svg.setAttribute('height', '0');
      svg.style.position = 'absolute';
      const filter = document.createElementNS(ns, 'filter');
      filter.id = `c5-cvd-${name}`;
      filter.setAttribute('color-interpolation-filters', 'linearRGB');
      const m = values;
      const fe = document.createElementNS(ns, 'feColorMatrix');
      fe.setAttribute('type', 'matrix');
      fe.setAttribute(
        'values',
        `${m[0]} ${m[1]} ${m[2]} 0 0 ${m[3]} ${m[4]} ${m[5]} 0 0 ${m[6]} ${m[7]} ${m[8]} 0 0 0 0 0 1 0`,
      );
      filter.append(fe);
      svg.append(filter);
      document.body.append(svg);
      document.documentElement.style.filter = `url(#c5-cvd-${name})`;
    },
    { name: deficiency, values: matrix ? [...matrix] : undefined },
  );
}

/** A rectangle in CSS pixels. */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/**
 * The spread of relative luminance (0–1) inside each box of a PNG
 * screenshot: the 95th minus the 5th percentile. Text that stays readable
 * keeps a wide spread; text whose colour merges with its background does not.
 */
export async function luminanceSpread(
  page: Page,
  png: Buffer,
  boxes: readonly Box[],
  scale = 1,
): Promise<number[]> {
  return page.evaluate(
    async ({ data, regions, ratio }) => {
      const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d');
      if (!context) throw new Error('no 2d context');
      context.drawImage(bitmap, 0, 0);
      const linear = (v: number) => {
        const c = v / 255;
        return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      };
      return regions.map((r) => {
        const x = Math.max(0, Math.floor(r.x * ratio));
        const y = Math.max(0, Math.floor(r.y * ratio));
        const w = Math.max(1, Math.min(bitmap.width - x, Math.floor(r.width * ratio)));
        const h = Math.max(1, Math.min(bitmap.height - y, Math.floor(r.height * ratio)));
        const pixels = context.getImageData(x, y, w, h).data;
        const values: number[] = [];
        for (let i = 0; i < pixels.length; i += 4)
          values.push(
            0.2126 * linear(pixels[i] ?? 0) +
              0.7152 * linear(pixels[i + 1] ?? 0) +
              0.0722 * linear(pixels[i + 2] ?? 0),
          );
        values.sort((a, b) => a - b);
        const at = (q: number) =>
          values[Math.min(values.length - 1, Math.floor(q * values.length))] ?? 0;
        return at(0.95) - at(0.05);
      });
    },
    { data: png.toString('base64'), regions: [...boxes], ratio: scale },
  );
}
