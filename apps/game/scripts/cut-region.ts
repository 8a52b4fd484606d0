/**
 * Cuts Natural Earth's countries (world-atlas countries-50m) to Central Asia:
 * the five states and their neighbours, clipped to a box around the region and
 * quantized, written as a small TopoJSON asset the game imports. Run with
 * `npm run cut-region -w apps/game`; the output is committed, the world file
 * never ships.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';

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
/** The box kept, in degrees: [west, south, east, north]. */
const BOX = [44, 31, 92, 57] as const;
/** Grid steps across the box; about 2.5 km at this latitude. */
const QUANTIZATION = 2000;

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

const [w, s, e, n] = BOX;
const kx = (e - w) / (QUANTIZATION - 1);
const ky = (n - s) / (QUANTIZATION - 1);
const arcs: [number, number][][] = [];
const geometries: { type: 'MultiPolygon'; id: string; arcs: number[][][] }[] = [];

/** One ring as a delta-encoded arc of grid points, repeated points dropped; its index, or -1 if it vanished. */
function addArc(ring: Ring): number {
  const points: [number, number][] = [];
  for (const [x, y] of ring) {
    const q: [number, number] = [Math.round((x - w) / kx), Math.round((y - s) / ky)];
    const last = points[points.length - 1];
    if (!last || last[0] !== q[0] || last[1] !== q[1]) points.push(q);
  }
  if (points.length < 3) return -1;
  points.push(points[0] as [number, number]);
  const deltas = points.map(
    (p, i) =>
      (i === 0
        ? p
        : [
            p[0] - (points[i - 1] as [number, number])[0],
            p[1] - (points[i - 1] as [number, number])[1],
          ]) as [number, number],
  );
  arcs.push(deltas);
  return arcs.length - 1;
}

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
  for (const polygon of polygons) {
    const rings: number[][] = [];
    for (const ring of polygon) {
      const clipped = clipRing(ring as Ring);
      if (clipped.length < 3) continue;
      clipped.push(clipped[0] as [number, number]);
      const index = addArc(clipped);
      if (index >= 0) rings.push([index]);
    }
    if (rings.length > 0) kept.push(rings);
  }
  if (kept.length > 0) geometries.push({ type: 'MultiPolygon', id, arcs: kept });
}

const topology = {
  type: 'Topology',
  transform: { scale: [kx, ky], translate: [w, s] },
  objects: { region: { type: 'GeometryCollection', geometries } },
  arcs,
};
const text = JSON.stringify(topology);
const out = join(here, '..', 'src', 'map', 'region.topo.json');
writeFileSync(out, `${text}\n`);
console.log(
  `${out}: ${geometries.length} countries, ${(text.length / 1024).toFixed(1)} KiB raw, ${(gzipSync(text).length / 1024).toFixed(1)} KiB gzip`,
);
