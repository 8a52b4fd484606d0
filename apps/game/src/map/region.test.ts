import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { CAPITALS, countries, FIVE, projectionFor } from './region';

describe('the region asset', () => {
  it('holds the five states and their neighbours, small', () => {
    const ids = countries.map((c) => c.id);
    for (const id of [...FIVE, 'RUS', 'CHN', 'AFG', 'IRN']) expect(ids).toContain(id);
    const text = readFileSync(new URL('./region.topo.json', import.meta.url));
    expect(gzipSync(text).length).toBeLessThan(20 * 1024);
  });

  it('projects every capital inside the canvas', () => {
    const projection = projectionFor(800, 600, { x: 120, y: 60 });
    for (const id of FIVE) {
      const [x, y] = projection(CAPITALS[id]) ?? [-1, -1];
      expect(x).toBeGreaterThan(0);
      expect(x).toBeLessThan(800);
      expect(y).toBeGreaterThan(0);
      expect(y).toBeLessThan(600);
    }
  });
});
