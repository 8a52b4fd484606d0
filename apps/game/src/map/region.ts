/**
 * The map's geography: the committed region asset, cut and projected at build
 * time by scripts/cut-region.ts (outlines and capitals in the projection's
 * unit frame), and the fit that scales and moves it onto the canvas.
 */
import type { StateId } from '@c5plus/sim';
import region from './region.json';

export const FIVE: readonly StateId[] = ['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB'];

/** A point in the projection's unit frame, or on the canvas. */
export type Point = readonly [number, number];

/** One country: its polygons, each an outer ring then its holes, every ring closed. */
export interface Country {
  readonly id: string;
  readonly polygons: readonly (readonly (readonly Point[])[])[];
}

/** A ring of the asset: grid points, the first absolute and each next one a step from the last. */
function decodeRing(steps: readonly number[]): Point[] {
  const ring: Point[] = [];
  let x = 0;
  let y = 0;
  for (let i = 0; i < steps.length; i += 2) {
    x += steps[i] as number;
    y += steps[i + 1] as number;
    ring.push([x * region.grid, y * region.grid]);
  }
  return ring;
}

export const countries: readonly Country[] = region.countries.map((c) => ({
  id: c.id,
  polygons: c.polygons.map((polygon) => polygon.map(decodeRing)),
}));

/** Each capital, projected. */
export const CAPITALS = region.capitals as unknown as Readonly<Record<StateId, Point>>;

/** Where a projected point falls on the canvas. */
export type MapFit = (point: Point) => [number, number];

/**
 * The fit of the five states into the box, with room left around them for
 * the partners: d3's `fitExtent`, on the bounds measured at build time.
 */
export function fitFor(width: number, height: number, margin: { x: number; y: number }): MapFit {
  const [x0, y0, x1, y1] = region.bounds as [number, number, number, number];
  const w = width - 2 * margin.x;
  const h = height - 2 * margin.y;
  const k = Math.min(w / (x1 - x0), h / (y1 - y0));
  const dx = margin.x + (w - k * (x1 + x0)) / 2;
  const dy = margin.y + (h - k * (y1 + y0)) / 2;
  return ([x, y]) => [dx + k * x, dy + k * y];
}
