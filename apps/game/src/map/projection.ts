/**
 * The map's projection, used at build time only: scripts/cut-region.ts
 * projects the outlines and capitals with it, at d3's unit frame (scale 150,
 * no translation), and the game scales and moves them to fit the canvas
 * (region.ts), which is what d3's `fitExtent` does to this projection.
 */
import { type GeoProjection, geoConicConformal } from 'd3-geo';

/** Lambert conformal conic, standard parallels 38° and 50° N, centred on 66° E. */
export function regionProjection(): GeoProjection {
  return geoConicConformal().parallels([38, 50]).rotate([-66, 0]).scale(150).translate([0, 0]);
}
