/**
 * A polygon's rings ready to fill as one canvas path. Filled one triangle at
 * a time, a canvas smooths every triangle's edges on its own and leaves faint
 * seams across the country; one path has no inner edges. The canvas fills by
 * the nonzero rule, so a hole (an enclave) stays empty only when it winds
 * against its outer ring: the holes are turned to wind so.
 */
export type Ring = readonly (readonly [number, number])[];

/** Twice the ring's signed area (the shoelace sum): its sign is the ring's winding. */
export function signedArea(ring: Ring): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as readonly [number, number];
    const [xj, yj] = ring[j] as readonly [number, number];
    sum += xj * yi - xi * yj;
  }
  return sum;
}

/** The outer ring as it is, then each hole wound against it. */
export function fillRings(rings: readonly Ring[]): Ring[] {
  const [outer, ...holes] = rings;
  if (!outer) return [];
  const outerSign = Math.sign(signedArea(outer));
  return [
    outer,
    ...holes.map((hole) =>
      Math.sign(signedArea(hole)) === outerSign ? [...hole].reverse() : hole,
    ),
  ];
}
