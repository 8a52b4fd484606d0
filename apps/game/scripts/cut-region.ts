/**
 * Cuts Natural Earth's countries (world-atlas countries-50m) to Central Asia:
 * the five states and their neighbours, clipped to a box around the region,
 * projected with the map's projection (src/map/projection.ts) and quantized,
 * written as a small asset the game imports, with the capitals projected and
 * the five states' bounds. The game then only scales and moves what is already
 * projected: neither d3-geo nor topojson-client ships. Run with
 * `npm run cut-region -w apps/game`; the output is committed, the world file
 * never ships.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { regionProjection } from '../src/map/projection';

/** ISO 3166 numeric code → the id the game uses (the five by their sim ids). */
const COUNTRIES: Record<string, string> = {
  '398': 'KAZ',
  '417': 'KGZ',
  '762': 'TJK',
  '795': 'TKM',
  '860': 'UZB',
  '643': 'RUS',
  '156': 'CHN',
  '004': 'AFG',
  '364': 'IRN',
  '496': 'MNG',
  '586': 'PAK',
  '031': 'AZE',
  '268': 'GEO',
  '051': 'ARM',
  '356': 'IND',
};
/** The five states, drawn apart and fitted into the map. */
const FIVE = ['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB'];
/** Longitude and latitude of each capital (the dataset names them; their places are geography). */
const CAPITALS: Record<string, [number, number]> = {
  KAZ: [71.43, 51.13],
  KGZ: [74.59, 42.87],
  TJK: [68.78, 38.56],
  TKM: [58.38, 37.95],
  UZB: [69.24, 41.3],
};
/** The box kept, in degrees: [west, south, east, north]. */
const BOX = [44, 31, 92, 57] as const;
/** The grid the projected outlines are rounded to, in the projection's units: about 1.7 km. */
const GRID = 0.04;

type Ring = [number, number][];

/** Sutherland–Hodgman clipping of one ring against one edge of the box. */
function clipEdge(
  ring: Ring,
  inside: (p: [number, number]) => boolean,
  cut: (a: [number, number], b: [number, number]) => [number, number],
): Ring {
  const out: Ring = [];
  for (let i = 0; i < ring.length; i++) {
    const current = ring[i] as [number, number];
    const previous = ring[(i + ring.length - 1) % ring.length] as [number, number];
    if (inside(current)) {
      if (!inside(previous)) out.push(cut(previous, current));
      out.push(current);
    } else if (inside(previous)) out.push(cut(previous, current));
  }
  return out;
}

function clipRing(ring: Ring): Ring {
  const [w, s, e, n] = BOX;
  const atX =
    (x: number) =>
    (a: [number, number], b: [number, number]): [number, number] => [
      x,
      a[1] + ((b[1] - a[1]) * (x - a[0])) / (b[0] - a[0]),
    ];
  const atY =
    (y: number) =>
    (a: [number, number], b: [number, number]): [number, number] => [
      a[0] + ((b[0] - a[0]) * (y - a[1])) / (b[1] - a[1]),
      y,
    ];
  let r = ring.slice(0, -1);
  r = clipEdge(r, (p) => p[0] >= w, atX(w));
  r = clipEdge(r, (p) => p[0] <= e, atX(e));
  r = clipEdge(r, (p) => p[1] >= s, atY(s));
  r = clipEdge(r, (p) => p[1] <= n, atY(n));
  return r;
}

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const world = JSON.parse(
  readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8'),
) as Topology;
const countries = feature(
  world,
  world.objects.countries as never,
) as unknown as GeoJSON.FeatureCollection;

const projection = regionProjection();
const project = (point: [number, number]): [number, number] =>
  projection(point) ?? [Number.NaN, Number.NaN];
/** Three decimals: far below a pixel at any canvas size. */
const fixed = (value: number) => Math.round(value * 1000) / 1000;

/** One ring, projected, as grid points: the first absolute, then each step from the last, flattened; empty if it vanished. */
function encodeRing(ring: Ring): number[] {
  const points: [number, number][] = [];
  for (const point of ring) {
    const [x, y] = project(point);
    const q: [number, number] = [Math.round(x / GRID), Math.round(y / GRID)];
    const last = points[points.length - 1];
    if (!last || last[0] !== q[0] || last[1] !== q[1]) points.push(q);
  }
  if (points.length < 3) return [];
  points.push(points[0] as [number, number]);
  return points.flatMap((p, i) => {
    const previous = points[i - 1];
    return previous ? [p[0] - previous[0], p[1] - previous[1]] : p;
  });
}

const shapes: { id: string; polygons: number[][][] }[] = [];
const fiveClipped: GeoJSON.Feature[] = [];

for (const f of countries.features) {
  const id = COUNTRIES[String(f.id)];
  if (!id || !f.geometry) continue;
  const polygons =
    f.geometry.type === 'Polygon'
      ? [f.geometry.coordinates]
      : f.geometry.type === 'MultiPolygon'
        ? f.geometry.coordinates
        : [];
  const kept: number[][][] = [];
  const clippedPolygons: Ring[][] = [];
  for (const polygon of polygons) {
    const rings: number[][] = [];
    const clippedRings: Ring[] = [];
    for (const ring of polygon) {
      const clipped = clipRing(ring as Ring);
      if (clipped.length < 3) continue;
      clipped.push(clipped[0] as [number, number]);
      const encoded = encodeRing(clipped);
      if (encoded.length > 0) {
        rings.push(encoded);
        clippedRings.push(clipped);
      }
    }
    if (rings.length > 0) {
      kept.push(rings);
      clippedPolygons.push(clippedRings);
    }
  }
  if (kept.length === 0) continue;
  shapes.push({ id, polygons: kept });
  if (FIVE.includes(id))
    fiveClipped.push({
      type: 'Feature',
      properties: null,
      geometry: { type: 'MultiPolygon', coordinates: clippedPolygons },
    });
}

// What d3's fitExtent measures before it scales and moves the projection: the five's projected bounds.
const [[x0, y0], [x1, y1]] = geoPath(projection).bounds({
  type: 'FeatureCollection',
  features: fiveClipped,
});
const asset = {
  grid: GRID,
  bounds: [x0, y0, x1, y1].map(fixed),
  capitals: Object.fromEntries(
    Object.entries(CAPITALS).map(([id, place]) => [id, project(place).map(fixed)]),
  ),
  countries: shapes,
};
const text = JSON.stringify(asset);
const out = join(here, '..', 'src', 'map', 'region.json');
writeFileSync(out, `${text}\n`);
console.log(
  `${out}: ${shapes.length} countries, ${(text.length / 1024).toFixed(1)} KiB raw, ${(gzipSync(text).length / 1024).toFixed(1)} KiB gzip`,
);
