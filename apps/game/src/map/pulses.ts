/**
 * How the turn's flows look and move: one style per kind (colour, width and,
 * for the animation, how many pulses run along the line and how far), and
 * where a pulse is at a given time. Held meetings and deals carry pulses from
 * the partner to the state; a failed meeting's pulses leave the state and
 * stop halfway, never reaching the partner.
 */
import type { FlowKind } from './flows';

/** How long a turn's pulses run, in milliseconds. */
export const FLOWS_DURATION = 3600;
/** How long one pulse takes to run its course, in milliseconds. */
export const PULSE_PERIOD = 1200;

export interface FlowStyle {
  readonly colour: number;
  /** Line width (for dotted lines, the dot radius). */
  readonly width: number;
  readonly pulses: number;
  readonly radius: number;
  /** The share of the line a pulse covers before it vanishes. */
  readonly reach: number;
  /** True when pulses run from the partner to the state. */
  readonly inward: boolean;
}

export const FLOW_STYLE: Readonly<Record<FlowKind, FlowStyle>> = {
  meeting: { colour: 0x1f5fa8, width: 2.5, pulses: 3, radius: 3.5, reach: 1, inward: true },
  summit: { colour: 0x1f5fa8, width: 4, pulses: 3, radius: 4.5, reach: 1, inward: true },
  deal: { colour: 0x8a5a00, width: 2, pulses: 2, radius: 3, reach: 1, inward: true },
  failed: { colour: 0x6b6b6b, width: 1.5, pulses: 2, radius: 3, reach: 0.5, inward: false },
};

/**
 * Where a pulse is along the line from the partner (0) to the state (1), or
 * -1 when it has gone past its reach and is not drawn.
 */
export function pulseAt(elapsed: number, offset: number, style: FlowStyle): number {
  const phase = (((elapsed / PULSE_PERIOD + offset) % 1) + 1) % 1;
  if (phase > style.reach) return -1;
  return style.inward ? phase : 1 - phase;
}
