import type { Priority } from '../types';

/** The dataset's `priorities` collection. */
export const priorities: readonly Priority[] = [];
