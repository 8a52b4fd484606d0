import { describe, expect, it } from 'vitest';
import { Bus } from './bus';

describe('Bus', () => {
  it('delivers to subscribers until they unsubscribe', () => {
    const bus = new Bus<{ year: number }>();
    const seen: number[] = [];
    const off = bus.on('year', (y) => seen.push(y));
    bus.emit('year', 2004);
    off();
    bus.emit('year', 2005);
    expect(seen).toEqual([2004]);
  });
});
