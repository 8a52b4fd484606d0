import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { regionProjection } from './projection';
import { CAPITALS, countries, FIVE, fitFor } from './region';

/** Longitude and latitude of each capital, as scripts/cut-region.ts projects them. */
const PLACES = {
  KAZ: [71.43, 51.13],
  KGZ: [74.59, 42.87],
  TJK: [68.78, 38.56],
  TKM: [58.38, 37.95],
  UZB: [69.24, 41.3],
} as const;

describe('the region asset', () => {
  it('holds the five states and their neighbours, small', () => {
    const ids = countries.map((c) => c.id);
    for (const id of [...FIVE, 'RUS', 'CHN', 'AFG', 'IRN']) expect(ids).toContain(id);
    const text = readFileSync(new URL('./region.json', import.meta.url));
    expect(gzipSync(text).length).toBeLessThan(12 * 1024);
  });

  it('holds every ring closed', () => {
    for (const country of countries)
      for (const polygon of country.polygons)
        for (const ring of polygon) {
          expect(ring.length).toBeGreaterThanOrEqual(4);
          expect(ring[ring.length - 1]).toEqual(ring[0]);
        }
  });

  it('fits every capital inside the canvas', () => {
    const fit = fitFor(800, 600, { x: 120, y: 60 });
    for (const id of FIVE) {
      const [x, y] = fit(CAPITALS[id]);
      expect(x).toBeGreaterThan(0);
      expect(x).toBeLessThan(800);
      expect(y).toBeGreaterThan(0);
      expect(y).toBeLessThan(600);
    }
  });

  it("places things where d3's fitExtent of the five outlines puts them", () => {
    // The outlines back in longitude and latitude, fitted by d3 as the game once did at run time.
    const unit = regionProjection();
    const five = {
      type: 'FeatureCollection',
      features: countries
        .filter((c) => FIVE.includes(c.id as (typeof FIVE)[number]))
        .map((c) => ({
          type: 'Feature',
          properties: null,
          geometry: {
            type: 'MultiPolygon',
            coordinates: c.polygons.map((polygon) =>
              polygon.map((ring) => ring.map((p) => unit.invert?.([p[0], p[1]]) ?? [0, 0])),
            ),
          },
        })),
    } as GeoJSON.FeatureCollection;
    for (const [width, height, margin] of [
      [800, 600, { x: 200, y: 84 }],
      [759, 680, { x: 190, y: 95 }],
      [1066, 992, { x: 267, y: 139 }],
    ] as const) {
      const d3 = regionProjection().fitExtent(
        [
          [margin.x, margin.y],
          [width - margin.x, height - margin.y],
        ],
        five,
      );
      const fit = fitFor(width, height, margin);
      for (const id of FIVE) {
        const [x, y] = fit(CAPITALS[id]);
        const [ex, ey] = d3(PLACES[id] as unknown as [number, number]) ?? [0, 0];
        expect(Math.abs(x - ex)).toBeLessThan(0.5);
        expect(Math.abs(y - ey)).toBeLessThan(0.5);
      }
    }
  });
});
