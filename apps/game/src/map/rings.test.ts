import { describe, expect, it } from 'vitest';
import { fillRings, type Ring, signedArea } from './rings';

const square = (x: number, y: number, size: number): Ring => [
  [x, y],
  [x + size, y],
  [x + size, y + size],
  [x, y + size],
];

describe('fillRings', () => {
  it('measures the winding of a ring by the sign of its area', () => {
    expect(signedArea(square(0, 0, 2))).toBe(8);
    expect(signedArea([...square(0, 0, 2)].reverse())).toBe(-8);
  });

  it('turns a hole that winds like its outer ring, and keeps one that winds against it', () => {
    const outer = square(0, 0, 10);
    const same = square(2, 2, 2);
    const against = [...square(6, 6, 2)].reverse();
    const [kept, first, second] = fillRings([outer, same, against]);
    expect(kept).toBe(outer);
    expect(Math.sign(signedArea(first as Ring))).toBe(-1);
    expect(first).toEqual([...same].reverse());
    expect(second).toBe(against);
  });

  it('leaves a polygon without holes as it is', () => {
    const outer = square(0, 0, 3);
    expect(fillRings([outer])).toEqual([outer]);
    expect(fillRings([])).toEqual([]);
  });
});
