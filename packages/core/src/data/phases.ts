import type { Phase } from '../types';

/** The dataset's `phases` collection. */
export const phases: readonly Phase[] = [];
