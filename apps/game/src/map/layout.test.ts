import { PARTNER_IDS } from '@c5plus/core';
import { describe, expect, it } from 'vitest';
import { mapGeometry } from './geometry';
import { aroundDisc, aroundPoint, type Box, layoutLabels, overlap } from './layout';
import { FIVE } from './region';

/** Label sizes as the overlay draws them (0.75rem Noto Sans, 1.2 line height), a little generous. */
const size = (lines: readonly string[]) => ({
  w: Math.max(...lines.map((l) => l.length)) * 7 + 10,
  h: lines.length * 15 + 4,
});
const STATE_LINES = ['Turkmenistan', 'Ashgabat'];
const PARTNER_NAMES: Record<string, string> = {
  russia: 'Russia',
  usa: 'United States',
  eu: 'European Union',
  italy: 'Italy',
  japan: 'Japan',
  'south-korea': 'Republic of Korea (South Korea)',
  china: 'China',
};
const partnerLines = (p: string) => [
  PARTNER_NAMES[p] ?? p,
  'attention 100',
  'suspicion 100 ▲▲▲',
  'no C5+ format yet',
];

/** The map's box at each window size the game is read at (the map takes ~55% of the width, less the legend). */
const MAPS = [
  { name: '1366×768', width: 759, height: 680 },
  { name: '1280×720', width: 711, height: 632 },
  { name: '1920×1080', width: 1066, height: 992 },
];

describe('the map labels’ layout', () => {
  it('measures overlap', () => {
    expect(overlap({ x: 0, y: 0, w: 10, h: 10 }, { x: 5, y: 5, w: 10, h: 10 })).toBe(25);
    expect(overlap({ x: 0, y: 0, w: 10, h: 10 }, { x: 10, y: 0, w: 10, h: 10 })).toBe(0);
  });

  for (const { name, width, height } of MAPS)
    for (const attention of [0, 50, 100])
      it(`places every label clear of the others and inside the map at ${name} (attention ${attention})`, () => {
        const g = mapGeometry(width, height, () => attention);
        const state = size(STATE_LINES);
        const requests = [
          ...FIVE.map((id) => {
            const [x, y] = g.capitals[id];
            return { id, ...state, candidates: aroundPoint(x, y, state.w, state.h) };
          }),
          ...PARTNER_IDS.map((p) => {
            const [x, y, r] = g.partners[p];
            const partner = size(partnerLines(p));
            return {
              id: p,
              ...partner,
              candidates: aroundDisc(x, y, r, partner.w, partner.h, x < width / 2),
            };
          }),
        ];
        const discs: Box[] = PARTNER_IDS.map((p) => {
          const [x, y, r] = g.partners[p];
          return { x: x - r, y: y - r, w: 2 * r, h: 2 * r };
        });
        const boxes = [...layoutLabels(requests, discs, width, height).values()];
        expect(boxes).toHaveLength(FIVE.length + PARTNER_IDS.length);
        for (const b of boxes) {
          expect(b.x).toBeGreaterThanOrEqual(0);
          expect(b.y).toBeGreaterThanOrEqual(0);
          expect(b.x + b.w).toBeLessThanOrEqual(width);
          expect(b.y + b.h).toBeLessThanOrEqual(height);
        }
        for (let i = 0; i < boxes.length; i++)
          for (let j = i + 1; j < boxes.length; j++)
            expect(overlap(boxes[i] as Box, boxes[j] as Box)).toBe(0);
        for (const b of boxes) for (const d of discs) expect(overlap(b, d)).toBe(0);
      });

  it('keeps a label where it asked to be when that place is free', () => {
    const boxes = layoutLabels([{ id: 'a', w: 50, h: 20, candidates: [[10, 10]] }], [], 200, 200);
    expect(boxes.get('a')).toEqual({ x: 10, y: 10, w: 50, h: 20 });
  });
});
