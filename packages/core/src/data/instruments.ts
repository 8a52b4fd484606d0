import type { Instrument } from '../types';

/** The dataset's `instruments` collection. */
export const instruments: readonly Instrument[] = [];
