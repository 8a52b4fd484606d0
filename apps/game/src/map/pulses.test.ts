import { describe, expect, it } from 'vitest';
import { FLOW_STYLE, PULSE_PERIOD, pulseAt } from './pulses';

describe('a pulse along a flow', () => {
  it('runs from the partner to the state for a held meeting', () => {
    const s = FLOW_STYLE.meeting;
    expect(pulseAt(0, 0, s)).toBe(0);
    expect(pulseAt(PULSE_PERIOD / 4, 0, s)).toBeCloseTo(0.25);
    expect(pulseAt(PULSE_PERIOD / 4, 0.5, s)).toBeCloseTo(0.75);
    expect(pulseAt(PULSE_PERIOD * 1.5, 0, s)).toBeCloseTo(0.5);
  });

  it('leaves the state for a failed meeting and vanishes halfway', () => {
    const s = FLOW_STYLE.failed;
    expect(pulseAt(0, 0, s)).toBe(1);
    expect(pulseAt(PULSE_PERIOD * 0.4, 0, s)).toBeCloseTo(0.6);
    expect(pulseAt(PULSE_PERIOD * 0.7, 0, s)).toBe(-1);
  });

  it('differs by pattern and colour between held, failed and deals', () => {
    const colours = new Set(Object.values(FLOW_STYLE).map((s) => s.colour));
    expect(colours.size).toBeGreaterThanOrEqual(3);
    expect(FLOW_STYLE.summit.width).toBeGreaterThan(FLOW_STYLE.meeting.width);
  });
});
