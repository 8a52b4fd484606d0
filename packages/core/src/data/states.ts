import type { State } from '../types';

/** The dataset's `states` collection. */
export const states: readonly State[] = [];
