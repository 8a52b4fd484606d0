/**
 * Where things sit on the map at a given canvas size: the capitals projected,
 * the partners' discs around the region (radius grows with attention). Pure,
 * so the label layout can be tested at any size without a browser.
 */
import { PARTNER_IDS, type PartnerId } from '@c5plus/core';
import type { StateId } from '@c5plus/sim';
import { CAPITALS, FIVE, fitFor, type MapFit } from './region';

/** Where each partner sits, as fractions of the canvas: roughly where it lies from the region. */
export const PARTNER_PLACES: Readonly<Record<PartnerId, [number, number]>> = {
  russia: [0.5, 0.07],
  usa: [0.09, 0.14],
  eu: [0.09, 0.46],
  italy: [0.09, 0.78],
  japan: [0.91, 0.14],
  'south-korea': [0.91, 0.46],
  china: [0.91, 0.78],
};

/** Suspicion shown as 0–3 triangles, so it reads without colour. */
export const suspicionLevel = (value: number): number =>
  value >= 60 ? 3 : value >= 40 ? 2 : value >= 20 ? 1 : 0;

/** A partner's disc radius for its attention (0–100). */
export const discRadius = (attention: number): number => 8 + attention * 0.22;

export interface MapGeometry {
  readonly capitals: Record<StateId, [number, number]>;
  /** Centre and radius of each partner's disc. */
  readonly partners: Record<PartnerId, [number, number, number]>;
}

/** The fit for a canvas size, leaving room around the five for the partners. */
export function mapFit(width: number, height: number): MapFit {
  return fitFor(width, height, { x: Math.max(110, width * 0.25), y: Math.max(40, height * 0.14) });
}

export function mapGeometry(
  width: number,
  height: number,
  attention: (partner: PartnerId) => number,
): MapGeometry {
  const fit = mapFit(width, height);
  const capitals = {} as Record<StateId, [number, number]>;
  for (const id of FIVE) capitals[id] = fit(CAPITALS[id]);
  const partners = {} as Record<PartnerId, [number, number, number]>;
  for (const p of PARTNER_IDS) {
    const [fx, fy] = PARTNER_PLACES[p];
    partners[p] = [fx * width, fy * height, discRadius(attention(p))];
  }
  return { capitals, partners };
}
