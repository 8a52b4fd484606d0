import type { Principle } from '../types';

/** The dataset's `principles` collection. */
export const principles: readonly Principle[] = [];
