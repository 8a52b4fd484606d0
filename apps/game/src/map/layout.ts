/**
 * Placing the map's labels so that none covers another, a partner's disc or
 * a capital, and none leaves the map. Each label has a few candidate places
 * around what it names, in order of preference; labels are placed one by one
 * (the player's state first, then the other states, then the partners) in the
 * first candidate that fits, else in the one that overlaps least, kept inside.
 */

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

export interface LabelRequest {
  readonly id: string;
  readonly w: number;
  readonly h: number;
  /** Top-left corners to try, best first. */
  readonly candidates: readonly (readonly [number, number])[];
}

/** How much two boxes overlap, in square pixels (0 when they only touch). */
export function overlap(a: Box, b: Box): number {
  const w = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/** The box moved inside the bounds (as far as it fits). */
function inside(box: Box, width: number, height: number): Box {
  return {
    ...box,
    x: Math.max(0, Math.min(box.x, width - box.w)),
    y: Math.max(0, Math.min(box.y, height - box.h)),
  };
}

/** Places every label; returns their boxes by id, in the requests' order. */
export function layoutLabels(
  requests: readonly LabelRequest[],
  obstacles: readonly Box[],
  width: number,
  height: number,
  gap = 2,
): Map<string, Box> {
  const placed: Box[] = [];
  const out = new Map<string, Box>();
  const cost = (box: Box): number => {
    const grown = { x: box.x - gap, y: box.y - gap, w: box.w + 2 * gap, h: box.h + 2 * gap };
    let total = 0;
    for (const p of placed) total += overlap(grown, p) * 4;
    for (const o of obstacles) total += overlap(box, o);
    return total;
  };
  for (const r of requests) {
    let best: Box | undefined;
    let bestCost = Number.POSITIVE_INFINITY;
    for (const [x, y] of r.candidates) {
      const raw = { x, y, w: r.w, h: r.h };
      const box = inside(raw, width, height);
      // Moving a label back inside is fine; moving it far from its place is a cost of its own.
      const c = cost(box) + (Math.abs(box.x - x) + Math.abs(box.y - y)) * 2;
      if (c < bestCost) {
        best = box;
        bestCost = c;
        if (c === 0) break;
      }
    }
    const chosen = best ?? inside({ x: 0, y: 0, w: r.w, h: r.h }, width, height);
    placed.push(chosen);
    out.set(r.id, chosen);
  }
  return out;
}

/** Candidate corners around a point (a capital): below, above, right, left, then the diagonals. */
export function aroundPoint(x: number, y: number, w: number, h: number, d = 7) {
  return [
    [x - w / 2, y + d],
    [x - w / 2, y - d - h],
    [x + d, y - h / 2],
    [x - d - w, y - h / 2],
    [x + d, y + d],
    [x - d - w, y + d],
    [x + d, y - d - h],
    [x - d - w, y - d - h],
    [x - w / 2, y + d + 14],
    [x - w / 2, y - d - h - 14],
  ] as const;
}

/**
 * Candidate corners around a partner's disc: below it (clear of the
 * suspicion triangles), flush with its outer side first, then above, then
 * beside it on the inner side.
 */
export function aroundDisc(x: number, y: number, r: number, w: number, h: number, left: boolean) {
  const below = y + r + 18;
  const above = y - r - 6 - h;
  const outer = left ? x - r : x + r - w;
  const inner = left ? x + r + 6 : x - r - 6 - w;
  const beyond = left ? x - r - 6 - w : x + r + 6;
  return [
    [outer, below],
    [x - w / 2, below],
    [outer, above],
    [inner, y - h / 2],
    [inner, y - r],
    [inner, y + r - h],
    [inner, below],
    [inner, above],
    [beyond, y - h / 2],
    [beyond, y - r],
    [x - w / 2, above],
  ] as const;
}
