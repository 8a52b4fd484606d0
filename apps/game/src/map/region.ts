/**
 * The map's geography: the committed region asset (cut by
 * scripts/cut-region.ts), projected to the canvas with d3-geo, and the
 * capitals' coordinates (the dataset names them; their places are geography).
 */
import type { StateId } from '@c5plus/sim';
import { type GeoProjection, geoConicConformal } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import topology from './region.topo.json';

export const FIVE: readonly StateId[] = ['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB'];

/** Longitude and latitude of each capital. */
export const CAPITALS: Readonly<Record<StateId, [number, number]>> = {
  KAZ: [71.43, 51.13],
  KGZ: [74.59, 42.87],
  TJK: [68.78, 38.56],
  TKM: [58.38, 37.95],
  UZB: [69.24, 41.3],
};

export type Country = GeoJSON.Feature<GeoJSON.MultiPolygon, null> & { id: string };

const topo = topology as unknown as Topology<{ region: GeometryCollection }>;
export const countries: readonly Country[] = (
  feature(topo, topo.objects.region) as unknown as GeoJSON.FeatureCollection<
    GeoJSON.MultiPolygon,
    null
  >
).features as Country[];

/** A projection fitting the five states into the box, with room left around them for the partners. */
export function projectionFor(
  width: number,
  height: number,
  margin: { x: number; y: number },
): GeoProjection {
  const five = {
    type: 'FeatureCollection',
    features: countries.filter((c) => FIVE.includes(c.id as StateId)),
  } as GeoJSON.FeatureCollection;
  return geoConicConformal()
    .parallels([38, 50])
    .rotate([-66, 0])
    .fitExtent(
      [
        [margin.x, margin.y],
        [width - margin.x, height - margin.y],
      ],
      five,
    );
}
