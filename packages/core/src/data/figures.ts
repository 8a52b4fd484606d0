import type { Figure } from '../types';

/** The dataset's `figures` collection. */
export const figures: readonly Figure[] = [];
