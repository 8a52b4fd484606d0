/**
 * The one source of chance: seedrandom's alea generator, whose whole state is
 * four numbers kept inside the game state. Restoring it resumes the sequence
 * exactly, in Node and in a browser.
 */
import seedrandom from 'seedrandom';
import type { GameState } from '../model';

/** The generator's saved state. */
export type RngState = GameState['rng'];

/** A generator that can report its state. */
export interface Generator {
  (): number;
  state(): RngState;
}

/** A new generator from a seed string. */
export function seededGenerator(seed: string): Generator {
  return seedrandom.alea(seed, { state: true }) as unknown as Generator;
}

/** A generator that continues from a saved state. */
export function restoreGenerator(state: RngState): Generator {
  return seedrandom.alea('', { state: { ...state } }) as unknown as Generator;
}

/** Shuffles indices 0..n-1 with the generator (Fisher–Yates). */
export function shuffledIndices(n: number, random: () => number): number[] {
  const order: number[] = [];
  for (let i = 0; i < n; i++) order.push(i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const held = order[i] as number;
    order[i] = order[j] as number;
    order[j] = held;
  }
  return order;
}
